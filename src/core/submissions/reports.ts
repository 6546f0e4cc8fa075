import { stringify } from "csv-stringify/sync";
import type { Db } from "../../db/client.js";
import { LIVE_STATUSES, quarterArticles, submissionsWhere } from "../../db/submission-repo.js";
import { localIso } from "../../domain/clock.js";
import { quarterDue, quarterId, type Quarter } from "../../domain/quarter.js";
import type { ArticleCycle } from "./cycle.js";

export type Outcome = "on_time" | "late" | "returned" | "missing" | "pending";

export interface QuarterStanding {
  agencyId: string;
  agency: string;
  outcome: Outcome;
  receipts: string[];
}

/** How an agency stands for one quarter's article: its best live submission decides. */
function outcomeOf(rows: { status: string; onTime: boolean }[], due: string, today: string): Outcome {
  const live = rows.filter((r) => LIVE_STATUSES.includes(r.status));
  const counted = live.filter((r) => r.status !== "returned");
  if (counted.some((r) => r.onTime)) return "on_time";
  if (counted.length) return "late";
  if (live.length) return "returned";
  return today > due ? "missing" : "pending";
}

export async function quarterStandings(
  db: Db,
  cycle: ArticleCycle,
  q: Quarter,
  today: string,
): Promise<QuarterStanding[]> {
  const rows = await quarterArticles(db, q.year, q.quarter);
  const due = quarterDue(q);
  return cycle.agencies.map((a) => {
    const mine = rows.filter((r) => r.agencyId === a.id);
    return {
      agencyId: a.id,
      agency: a.name,
      outcome: outcomeOf(mine, due, today),
      receipts: mine.filter((r) => LIVE_STATUSES.includes(r.status)).map((r) => r.receipt),
    };
  });
}

export interface QuarterSummary {
  quarter: string;
  due: string;
  onTime: number;
  late: number;
  returned: number;
  /** Agencies that have sent nothing yet (overdue or not). */
  missing: { id: string; name: string }[];
}

export function summarise(q: Quarter, standings: QuarterStanding[]): QuarterSummary {
  const count = (o: Outcome) => standings.filter((s) => s.outcome === o).length;
  return {
    quarter: quarterId(q),
    due: quarterDue(q),
    onTime: count("on_time"),
    late: count("late"),
    returned: count("returned"),
    missing: standings
      .filter((s) => s.outcome === "missing" || s.outcome === "pending")
      .map((s) => ({ id: s.agencyId, name: s.agency })),
  };
}

const COLUMNS = [
  "receipt",
  "agency",
  "kind",
  "task",
  "quarter",
  "received_at",
  "on_time",
  "status",
  "reviewer",
  "sha256",
  "file_name",
  "content",
  "title",
];

/** One row per submission of the quarter (every status), for spreadsheets. */
export async function exportRows(db: Db, q: Quarter): Promise<string[][]> {
  const rows = await submissionsWhere(db, { year: q.year, quarter: q.quarter });
  return rows.map((r) => [
    r.receipt,
    r.agency.name,
    r.kind,
    r.task?.code ?? "",
    quarterId(q),
    localIso(r.receivedAt).replace("T", " "),
    r.onTime ? "yes" : "no",
    r.status,
    r.reviewer?.displayName ?? "",
    r.sha256 ?? "",
    r.fileName ?? "",
    r.contentType === "link" || r.contentType === "text" ? (r.body ?? "") : r.contentType,
    r.title ?? "",
  ]);
}

/** CSV that Excel opens with Vietnamese intact: UTF-8 with a byte-order mark, CRLF lines. */
export function toCsv(rows: string[][], columns: string[] = COLUMNS): Buffer {
  return Buffer.concat([
    Buffer.from("\uFEFF", "utf8"),
    Buffer.from(stringify([columns, ...rows], { record_delimiter: "windows" }), "utf8"),
  ]);
}

export async function toXlsx(
  rows: string[][],
  columns: string[] = COLUMNS,
  sheetName = "submissions",
): Promise<Buffer> {
  // Loaded on demand: the spreadsheet library is large and only exports need it.
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow(columns).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  for (const c of sheet.columns) c.width = 22;
  return Buffer.from(await book.xlsx.writeBuffer());
}
