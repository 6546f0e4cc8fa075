// Tables reviewers hand to their leaders: CSV that Excel opens with Vietnamese intact, and workbooks with real
// date and percentage cells, a frozen header row, widths fitted to the content and a filter on every column.
import { stringify } from "csv-stringify/sync";
import { formatVnDateTime } from "../../domain/clock.js";

export type Cell = string | number | Date | null;

export interface Column {
  header: string;
  /** How the column's numbers show: a date and time (Vietnam time), or a share as a percentage. */
  format?: "datetime" | "percent";
}

export interface Sheet {
  name: string;
  columns: Column[];
  rows: Cell[][];
}

const VN_OFFSET_MS = 7 * 3600_000;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function text(cell: Cell, column: Column | undefined): string {
  if (cell === null) return "";
  if (cell instanceof Date) return formatVnDateTime(cell);
  if (typeof cell === "number" && column?.format === "percent") return `${Math.round(cell * 100)}%`;
  return String(cell);
}

/** One sheet as CSV: UTF-8 with a byte-order mark, CRLF lines, dates as Vietnam time ("20/03/2024 09:30"). */
export function csvOf(sheet: Sheet): Buffer {
  const rows = sheet.rows.map((r) => r.map((c, k) => text(c, sheet.columns[k])));
  return Buffer.concat([
    Buffer.from("\uFEFF", "utf8"),
    Buffer.from(stringify([sheet.columns.map((c) => c.header), ...rows], { record_delimiter: "windows" }), "utf8"),
  ]);
}

/** Sheets as one workbook. Excel has no time zones: a date cell holds the Vietnam wall-clock time. */
export async function xlsxOf(sheets: Sheet[]): Promise<Buffer> {
  // Loaded on demand: the spreadsheet library is large and only exports need it.
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(s.columns.map((c) => c.header)).font = { bold: true };
    for (const r of s.rows) sheet.addRow(r.map((c) => (c instanceof Date ? new Date(c.getTime() + VN_OFFSET_MS) : c)));
    s.columns.forEach((c, k) => {
      const column = sheet.getColumn(k + 1);
      if (c.format === "datetime") column.numFmt = "dd/mm/yyyy hh:mm";
      if (c.format === "percent") column.numFmt = "0%";
      const longest = Math.max(c.header.length, ...s.rows.map((r) => text(r[k] ?? null, c).length));
      column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
    });
    if (s.columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.columns.length } };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
