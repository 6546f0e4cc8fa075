// The progress model: what an agency owes (occurrences) and where each stands (status), from a task's deadline,
// the plan's year and the reports made against it. Pure: every feature — lists, reports, reminders, rankings —
// reads the same answer.
import { getOrInsert } from "./collections.js";
import { daysBetween, endOfMonth, endOfQuarter, quarterOf, type IsoDate } from "./calendar.js";
import { dueDates } from "./deadline/next.js";
import type { Deadline, Period } from "./deadline/types.js";

/** One thing an agency owes by one date. Its key is the due date: unique within a task. */
export interface Occurrence {
  due: IsoDate;
  /** What the plan calls it: "Quý I" of a milestone; empty for a plain date or a period's end. */
  note: string;
}

/** How often a continuous ("thường xuyên") task is reported on. */
export type ReportingPeriod = Extract<Period, "monthly" | "quarterly" | "half-yearly" | "yearly">;

function periodEnds(period: ReportingPeriod, year: number): IsoDate[] {
  const step = { monthly: 1, quarterly: 3, "half-yearly": 6, yearly: 12 }[period];
  return Array.from({ length: 12 / step }, (_, i) => endOfMonth(year, (i + 1) * step));
}

// Deadlines are shared immutable values read on every list: their occurrences are made once per plan year.
const memo = new WeakMap<Deadline, Map<string, Occurrence[]>>();

/**
 * Every occurrence of a task in its plan's year, soonest first: a dated task has one; a recurrence one per
 * period of the year; milestones one each; a continuous task one progress report per reporting period.
 * Event-driven and unspecified tasks have none (reports are accepted any time). Do not mutate.
 */
export function occurrencesOf(
  deadline: Deadline,
  planYear: number,
  continuous: ReportingPeriod = "quarterly",
): Occurrence[] {
  const byYear = getOrInsert(memo, deadline, () => new Map<string, Occurrence[]>());
  return getOrInsert(byYear, `${planYear}|${continuous}`, () => computeOccurrences(deadline, planYear, continuous));
}

function computeOccurrences(deadline: Deadline, planYear: number, continuous: ReportingPeriod): Occurrence[] {
  switch (deadline.kind) {
    case "date":
      return [{ due: deadline.due, note: deadline.note ?? "" }];
    case "milestones": {
      const seen = new Map<IsoDate, string>();
      for (const s of deadline.steps) if (s.due && !seen.has(s.due)) seen.set(s.due, s.note);
      return [...seen].sort(([a], [b]) => (a < b ? -1 : 1)).map(([due, note]) => ({ due, note }));
    }
    case "recurring": {
      // A recurrence that starts after the plan's year is owed from its first year.
      const year = Math.max(planYear, deadline.fromYear);
      return dueDates(deadline, year)
        .filter((d) => d.startsWith(`${year}-`))
        .map((due) => ({ due, note: "" }));
    }
    case "continuous":
      return periodEnds(continuous, planYear).map((due) => ({ due, note: "" }));
    default:
      return [];
  }
}

/** The quarter an occurrence falls in (receipts and "quý I" labels use it). */
export const occurrenceQuarter = (o: Pick<Occurrence, "due">) => quarterOf(o.due);

/** A report made against an occurrence, as far as progress is concerned. */
export interface ReportMark {
  /** The occurrence's due date; null for a report on a task with none scheduled. */
  due: IsoDate | null;
  status: "submitted" | "accepted" | "returned";
  onTime: boolean;
  receipt: string;
  comment?: string | null;
  receivedAt: Date;
}

export type ProgressStatus = "upcoming" | "due_soon" | "overdue" | "on_time" | "late" | "accepted" | "returned";

/** Open: still owed (nothing reported, or the report was returned). */
export const isOpen = (s: ProgressStatus) =>
  s === "upcoming" || s === "due_soon" || s === "overdue" || s === "returned";

export interface OccurrenceProgress extends Occurrence {
  status: ProgressStatus;
  /** Days from today to the due date (negative when past). */
  daysLeft: number;
  /** The report that decides the status, if any (the latest live one). */
  report: ReportMark | null;
}

/**
 * Where one occurrence stands today: accepted, reported (on time or late), returned (owed again, with the
 * reviewer's comment), or still owed — overdue once its date has passed, and overdue until reported.
 */
export function progressOf(o: Occurrence, reports: ReportMark[], today: IsoDate, soonDays: number): OccurrenceProgress {
  const mine = reports.filter((r) => r.due === o.due).sort((a, b) => +b.receivedAt - +a.receivedAt);
  const daysLeft = daysBetween(today, o.due);
  const decided =
    mine.find((r) => r.status === "accepted") ?? mine.find((r) => r.status === "submitted") ?? mine[0] ?? null;
  let status: ProgressStatus;
  if (decided?.status === "accepted") status = "accepted";
  else if (decided?.status === "submitted") status = decided.onTime ? "on_time" : "late";
  else if (decided?.status === "returned") status = "returned";
  else if (daysLeft < 0) status = "overdue";
  else status = daysLeft <= soonDays ? "due_soon" : "upcoming";
  return { ...o, status, daysLeft, report: decided };
}

/** A task's occurrences for one agency, each with its status. */
export function taskProgress(
  occurrences: Occurrence[],
  reports: ReportMark[],
  today: IsoDate,
  soonDays: number,
): OccurrenceProgress[] {
  return occurrences.map((o) => progressOf(o, reports, today, soonDays));
}

/**
 * The occurrence a new report is for, unless the person picks another: the earliest still open — so an
 * overdue one comes first — or, when everything due is reported, the next one; null when there is none.
 */
export function reportTarget(progress: OccurrenceProgress[]): OccurrenceProgress | null {
  return progress.find((p) => isOpen(p.status)) ?? null;
}

/** Completion figures over a set of occurrences: what the rankings and the progress summary count. */
export interface Completion {
  /** Occurrences whose date has come (due today or earlier). */
  due: number;
  onTime: number;
  late: number;
  /** Due and not reported (or returned and not sent again). */
  missing: number;
  accepted: number;
  /** On time ÷ due, 0–1; null when nothing was due. */
  onTimeRate: number | null;
}

/** Occurrences due by `today` among `occurrences` with no report at all: each is due and missing. */
export function unreportedDue(occurrences: Occurrence[], today: IsoDate, from?: IsoDate, to?: IsoDate): number {
  let n = 0;
  for (const o of occurrences) if (o.due <= today && (!from || o.due >= from) && (!to || o.due <= to)) n++;
  return n;
}

export function completionOf(progress: OccurrenceProgress[]): Completion {
  const due = progress.filter((p) => p.daysLeft <= 0 || !isOpen(p.status));
  const reportedOnTime = (p: OccurrenceProgress) => p.report?.status !== "returned" && p.report?.onTime === true;
  const onTime = due.filter((p) => !isOpen(p.status) && reportedOnTime(p)).length;
  const late = due.filter((p) => !isOpen(p.status) && !reportedOnTime(p)).length;
  const missing = due.filter((p) => isOpen(p.status) && p.daysLeft <= 0).length;
  return {
    due: due.length,
    onTime,
    late,
    missing,
    accepted: due.filter((p) => p.status === "accepted").length,
    onTimeRate: due.length ? onTime / due.length : null,
  };
}

/** Quarter ends of a year, for the article cycle (one article per quarter). */
export const quarterEnds = (year: number): IsoDate[] => [1, 2, 3, 4].map((q) => endOfQuarter(year, q));
