import { readFile } from "node:fs/promises";
import path from "node:path";
import { csvCells } from "../directory/shipped.js";
import { isZip } from "./docx.js";

/** A directory file that cannot be read as a table: the reason is a locale message id with its arguments. */
export class DirectoryFileError extends Error {
  constructor(
    readonly code: string,
    readonly args: Record<string, string> = {},
  ) {
    super(code);
    this.name = "DirectoryFileError";
  }
}

// A province has a few thousand units at most: a directory file larger than this is not one.
const MAX_DIRECTORY_BYTES = 5 * 1024 * 1024;

/** The cells of a directory spreadsheet: CSV (UTF-8) or the first sheet of an Excel workbook. */
export async function readDirectoryCells(file: string): Promise<string[][]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new DirectoryFileError("directory-file-unreadable", { why: (err as NodeJS.ErrnoException).code ?? "" });
  }
  return directoryCells(bytes, path.extname(file).toLowerCase());
}

export async function directoryCells(bytes: Buffer, ext: string): Promise<string[][]> {
  if (bytes.length === 0) throw new DirectoryFileError("directory-file-empty");
  if (bytes.length > MAX_DIRECTORY_BYTES)
    throw new DirectoryFileError("directory-file-too-big", { max: String(MAX_DIRECTORY_BYTES / 1024 / 1024) });
  if (isZip(bytes)) return xlsxCells(bytes);
  if (ext === ".xlsx" || ext === ".xls") throw new DirectoryFileError("directory-file-not-xlsx");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DirectoryFileError("directory-file-not-utf8");
  }
  try {
    return csvCells(text.normalize("NFC"));
  } catch (err) {
    throw new DirectoryFileError("directory-file-bad-csv", { why: (err as Error).message.slice(0, 120) });
  }
}

async function xlsxCells(bytes: Buffer): Promise<string[][]> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DirectoryFileError("directory-file-not-xlsx");
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new DirectoryFileError("directory-file-empty");
  const width = sheet.getRow(1).cellCount;
  const cells: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    cells.push(Array.from({ length: width }, (_, c) => row.getCell(c + 1).text.normalize("NFC")));
  }
  return cells;
}
