import type { Db } from "../../db/client.js";
import { LIVE_STATUSES, quarterArticles, submissionsWhere } from "../../db/submission-repo.js";
import { quarterDue, quarterId, type Quarter } from "../../domain/quarter.js";
import type { I18n, Locale } from "../../i18n.js";
import type { RankedAgency } from "../ranking.js";
import type { ArticleCycle } from "./cycle.js";
import type { Cell, Sheet } from "./spreadsheet.js";

export type Outcome = "on_time" | "late" | "returned" | "missing" | "pending";

export interface QuarterStanding {
  agencyId: string;
  agency: string;
  outcome: Outcome;
  /** A reviewer accepted one of its live submissions. */
  accepted: boolean;
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
      accepted: mine.some((r) => r.status === "accepted"),
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

/** What a spreadsheet's words are in the reader's language: messages, and internal values (statuses, kinds). */
export interface Labels {
  t(id: string, args?: Record<string, string | number>): string;
  word(group: string, value: string): string;
}

/** Labels from the message catalogue: an internal value is cli-word's "<group>-<value>". */
export function labelsIn(i18n: I18n, locale: Locale): Labels {
  const t = (id: string, args?: Record<string, string | number>) => i18n.plain(locale, id, args);
  return { t, word: (group, value) => t("cli-word", { word: `${group}-${value}` }) };
}

const QUARTER_COLUMNS = [
  "receipt",
  "agency",
  "kind",
  "task",
  "quarter",
  "received",
  "on-time",
  "status",
  "reviewer",
  "sha256",
  "file-name",
  "content",
  "title",
] as const;

/**
 * A quarter's submissions (every status) and, below them, the agencies of the article cycle that have sent
 * nothing for it: the table a reviewer hands on, in the reader's language.
 */
export async function quarterSheet(db: Db, q: Quarter, standings: QuarterStanding[], labels: Labels): Promise<Sheet> {
  const rows = await submissionsWhere(db, { year: q.year, quarter: q.quarter });
  const quarter = quarterId(q);
  const sent: Cell[][] = rows.map((r) => [
    r.receipt,
    r.agency.name,
    labels.word("kind", r.kind),
    r.task?.code ?? "",
    quarter,
    r.receivedAt,
    labels.word("time", r.onTime ? "on_time" : "late"),
    labels.word("sub", r.status),
    r.reviewer?.displayName ?? "",
    r.sha256 ?? "",
    r.fileName ?? "",
    r.contentType === "link" || r.contentType === "text" ? (r.body ?? "") : labels.word("content", r.contentType),
    r.title ?? "",
  ]);
  const owed: Cell[][] = standings
    .filter((s) => s.outcome === "missing" || s.outcome === "pending")
    .map((s) => ["", s.agency, labels.word("kind", "article"), "", quarter, null, "", labels.word("sub", s.outcome)]);
  return {
    name: labels.t("export-sheet-quarter", {
      quarter: ROMAN[q.quarter - 1]!,
      number: String(q.quarter),
      year: String(q.year),
    }),
    columns: QUARTER_COLUMNS.map((c) => ({
      header: labels.t(`export-col-${c}`),
      ...(c === "received" ? { format: "datetime" as const } : {}),
    })),
    rows: [...sent, ...owed],
  };
}

const ROMAN = ["I", "II", "III", "IV"];

/** Each plan's agencies by the ranking rules: due, on time, late, missing, accepted and the on-time rate. */
export function rankingSheet(
  plans: { plan: string; title: string; ranking: RankedAgency[] }[],
  labels: Labels,
  name = labels.t("export-sheet-summary"),
): Sheet {
  const columns = ["plan", "rank", "agency", "due", "on-time", "late", "missing", "accepted", "rate"] as const;
  return {
    name,
    columns: columns.map((c) => ({
      header: labels.t(`export-col-${c}`),
      ...(c === "rate" ? { format: "percent" as const } : {}),
    })),
    rows: plans.flatMap((p) =>
      p.ranking.map((r) => [
        p.title,
        r.rank,
        r.agency,
        r.due,
        r.onTime,
        r.late,
        r.missing,
        r.accepted,
        r.onTimeRate ?? 0,
      ]),
    ),
  };
}
