import { getOrInsert } from "../collections.js";
import { daysInMonth, endOfMonth, isoDate, type IsoDate } from "../calendar.js";
import type { Deadline, Period } from "./types.js";

function periodDues(period: Period, year: number): IsoDate[] {
  const months = (step: number) => Array.from({ length: 12 / step }, (_, i) => endOfMonth(year, (i + 1) * step));
  switch (period) {
    case "monthly":
      return months(1);
    case "bimonthly":
      return months(2);
    case "quarterly":
      return months(3);
    case "half-yearly":
      return months(6);
    case "yearly":
      return months(12);
    case "twice-monthly":
      return Array.from({ length: 12 }, (_, i) => [
        isoDate(year, i + 1, 15),
        isoDate(year, i + 1, daysInMonth(year, i + 1)),
      ]).flat();
  }
}

// Deadlines are immutable values read on every message: their dates are
// computed once per deadline object and horizon.
const memo = new WeakMap<Deadline, Map<number, IsoDate[]>>();

/** Every concrete due date of a deadline, ascending (open-ended recurrences up to `horizonYear`). Do not mutate. */
export function dueDates(deadline: Deadline, horizonYear: number): IsoDate[] {
  const byHorizon = getOrInsert(memo, deadline, () => new Map<number, IsoDate[]>());
  return getOrInsert(byHorizon, horizonYear, () => computeDueDates(deadline, horizonYear));
}

function computeDueDates(deadline: Deadline, horizonYear: number): IsoDate[] {
  switch (deadline.kind) {
    case "date":
      return [deadline.due];
    case "milestones":
      return [...new Set(deadline.steps.flatMap((s) => (s.due ? [s.due] : [])))].sort();
    case "recurring": {
      const last = deadline.untilYear ?? Math.max(horizonYear, deadline.fromYear);
      const all = new Set<IsoDate>();
      for (let y = deadline.fromYear; y <= last; y++)
        for (const p of deadline.periods) for (const d of periodDues(p, y)) all.add(d);
      return [...all].sort();
    }
    default:
      return [];
  }
}

export type DueStatus = "upcoming" | "overdue" | "undated";

export interface NextDue {
  /** The next due date on or after `today`; for a deadline wholly in the past, its last date. */
  due: IsoDate | null;
  status: DueStatus;
}

export function nextDue(deadline: Deadline, today: IsoDate): NextDue {
  const dates = dueDates(deadline, Number(today.slice(0, 4)) + 1);
  if (dates.length === 0) return { due: null, status: "undated" };
  const next = dates.find((d) => d >= today);
  if (next) return { due: next, status: "upcoming" };
  return { due: dates.at(-1)!, status: "overdue" };
}
