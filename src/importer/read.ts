import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AgencyMatcher } from "../domain/agency/matcher.js";
import { cleanCell, fold } from "../domain/text.js";
import { shippedJurisdictions } from "../directory/index.js";
import type { Jurisdiction } from "../directory/types.js";
import { assemblePlan, type PlanImport } from "./assemble.js";
import { docxText, isZip, refusePdf } from "./docx.js";
import { isHcmTable, parseHcmTable } from "./hcm-tsv.js";
import { isMarkdownTable, parseMarkdownPlan } from "./markdown.js";
import { parseOcrText } from "./ocr.js";
import { PlanFormatError } from "./types.js";

export const MAX_PLAN_BYTES = 20 * 1024 * 1024;
const OPENING_CHARS = 300_000;

/** Decodes a plan file, refusing what is not text: a clear reason, never a half import. */
export function decodePlan(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new PlanFormatError("tệp rỗng", file);
  if (bytes.length > MAX_PLAN_BYTES)
    throw new PlanFormatError(`tệp quá lớn (${bytes.length} byte, tối đa ${MAX_PLAN_BYTES})`, file);
  if (bytes.includes(0)) throw new PlanFormatError("tệp nhị phân, không phải văn bản", file);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new PlanFormatError("tệp không phải văn bản UTF-8", file);
  }
  text = text.replace(/^\uFEFF/, "").normalize("NFC");
  if (!text.trim()) throw new PlanFormatError("tệp không có nội dung", file);
  return text;
}

function detectJurisdiction(folded: string, file: string, jurisdictions: Jurisdiction[]): Jurisdiction {
  const scored = jurisdictions
    .map((j) => ({
      j,
      hits: [j.name, ...j.suffixes.slice(0, 3)].reduce((n, s) => n + folded.split(fold(s)).length - 1, 0),
    }))
    .sort((a, b) => b.hits - a.hits);
  if (!scored[0] || scored[0].hits === 0)
    throw new PlanFormatError(
      "không xác định được kế hoạch của tỉnh/thành phố nào (chưa có danh bạ cơ quan cho nơi này)",
      file,
    );
  return scored[0].j;
}

function titleAndYear(lines: string[], folded: string, file: string): { title: string; year: number } {
  const at = lines.findIndex((l) => fold(l.replace(/\*/g, "")) === "ke hoach");
  const next = at >= 0 ? lines.slice(at + 1).find((l) => l.trim()) : undefined;
  const title = next
    ? `Kế hoạch ${cleanCell(next).replace(/^./, (c) => c.toLowerCase())}`
    : "Kế hoạch cải cách hành chính";
  const inTitle = /\bnam (\d{4})\b/.exec(fold(title));
  if (inTitle) return { title, year: Number(inTitle[1]) };
  const counts = new Map<number, number>();
  for (const m of folded.matchAll(/\b(20\d{2})\b/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const year = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!year) throw new PlanFormatError("không xác định được năm của kế hoạch", file);
  return { title, year };
}

export function planIdFromFile(file: string): string {
  return (
    fold(path.basename(file).replace(/\.[^.]+$/, ""))
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "plan"
  );
}

/**
 * Reads and understands one plan file, with the directories loaded (the shipped ones by default: the tests').
 * Throws PlanFormatError when it cannot.
 */
export function parsePlanText(
  text: string,
  file: string,
  bytes: Uint8Array = Buffer.from(text),
  jurisdictions: Jurisdiction[] = shippedJurisdictions(),
): PlanImport {
  const lines = text.split(/\r?\n/);
  // Who issued the plan and for which year show in its opening pages (real plans are
  // about 100 KB); folding a runaway 15 MB file whole cost seconds and 400 MB.
  const folded = fold(text.slice(0, OPENING_CHARS));
  const jurisdiction = detectJurisdiction(folded, file, jurisdictions);
  const { title, year } = titleAndYear(lines, folded, file);
  const matcher = new AgencyMatcher(jurisdiction);
  const raw = isHcmTable(lines)
    ? parseHcmTable(lines, file)
    : isMarkdownTable(lines)
      ? parseMarkdownPlan(lines, file)
      : parseOcrText(lines, matcher, year, file);
  if (raw.tasks.length === 0) throw new PlanFormatError("không tìm thấy bảng nhiệm vụ nào trong tệp", file);
  const hash = createHash("sha256").update(bytes).digest("hex");
  return assemblePlan(raw, { id: planIdFromFile(file), title, year, file, hash, jurisdiction }, matcher);
}

export async function readPlanFile(file: string, jurisdictions?: Jurisdiction[]): Promise<PlanImport> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new PlanFormatError(`không đọc được tệp (${(err as NodeJS.ErrnoException).code ?? "lỗi"})`, file);
  }
  return parsePlanBytes(bytes, file, jurisdictions);
}

/** A plan as sent (a file read, a document from the chat): Word, or text; a PDF is refused with what to send. */
export async function parsePlanBytes(
  bytes: Uint8Array,
  file: string,
  jurisdictions?: Jurisdiction[],
): Promise<PlanImport> {
  if (bytes.length > MAX_PLAN_BYTES)
    throw new PlanFormatError(`tệp quá lớn (${bytes.length} byte, tối đa ${MAX_PLAN_BYTES})`, file);
  if (isZip(bytes)) return parsePlanText(await docxText(bytes, file), file, bytes, jurisdictions);
  if (Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-") refusePdf(bytes, file);
  return parsePlanText(decodePlan(bytes, file), file, bytes, jurisdictions);
}
