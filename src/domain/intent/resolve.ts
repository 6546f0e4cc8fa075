import { addDays, endOfMonth, isoDate, isValidIsoDate, parseIso, type IsoDate } from "../calendar.js";
import { isoWeekday } from "../workcal.js";
import type { DayRef, QuarterRef, Window } from "./types.js";
import type { Quarter } from "../quarter.js";

// Turns what people say ("tháng sau", "thứ 6", "đến 1/3") into dates against today.
// A date that has already passed is reported as such, never moved to next year:
// the caller asks the person what they meant.

export type Resolved = { from: IsoDate; to: IsoDate } | { past: IsoDate } | { invalid: true };

function monthStart(day: IsoDate, offset: number): { year: number; month: number } {
  const { year, month } = parseIso(day);
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The next date (today included) falling on an ISO weekday. */
function nextWeekday(day: IsoDate, weekday: number): IsoDate {
  return addDays(day, (weekday - isoWeekday(day) + 7) % 7);
}

/** A named day: the date, or `past` when it is before today. */
export function resolveDay(ref: DayRef, day: IsoDate): { date: IsoDate } | { past: IsoDate } | { invalid: true } {
  if (ref.kind === "weekday") return { date: nextWeekday(day, ref.day) };
  const year = ref.year ?? parseIso(day).year;
  const date = isoDate(year, ref.month, ref.day);
  if (!isValidIsoDate(date)) return { invalid: true };
  return date < day ? { past: date } : { date };
}

/** The span of days a window names, from today on. */
export function resolveWindow(w: Window, day: IsoDate): Resolved {
  switch (w.kind) {
    case "today":
      return { from: day, to: day };
    case "tomorrow":
      return { from: addDays(day, 1), to: addDays(day, 1) };
    case "week": {
      const monday = addDays(day, 1 - isoWeekday(day) + 7 * w.offset);
      return { from: w.offset === 0 ? day : monday, to: addDays(monday, 6) };
    }
    case "month": {
      const m = monthStart(day, w.offset);
      const first = isoDate(m.year, m.month, 1);
      return { from: w.offset === 0 ? day : first, to: endOfMonth(m.year, m.month) };
    }
    case "months": {
      const m = monthStart(day, w.n);
      const { day: d } = parseIso(day);
      const end = isoDate(m.year, m.month, Math.min(d, Number(endOfMonth(m.year, m.month).slice(8))));
      return { from: day, to: end };
    }
    case "weekday": {
      const date = nextWeekday(day, w.day);
      return { from: day, to: date };
    }
    case "weekend": {
      const saturday = nextWeekday(day, 6);
      return { from: day, to: addDays(saturday, 1) };
    }
    case "until": {
      const r = resolveDay({ kind: "date", day: w.day, month: w.month, ...(w.year ? { year: w.year } : {}) }, day);
      return "date" in r ? { from: day, to: r.date } : r;
    }
  }
}

/** A quarter people name ("quý này", "quý 2", "quý 1/2024"), in the year given or today's. */
export function resolveQuarter(ref: QuarterRef | undefined, day: IsoDate, year?: number): Quarter {
  const now = parseIso(day);
  const current = Math.floor((now.month - 1) / 3) + 1;
  if (ref === undefined || ref === "this") return { year: year ?? now.year, quarter: current };
  if (ref === "next")
    return current === 4 ? { year: now.year + 1, quarter: 1 } : { year: now.year, quarter: current + 1 };
  return { year: year ?? now.year, quarter: ref };
}
