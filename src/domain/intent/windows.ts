import type { DayRef, Window } from "./types.js";

// Spans of days and named days in normalised text ("thang sau", "3 thang toi",
// "thu 6", "den 15/3", "next week"), kept relative: the clock resolves them.

const WEEKDAY_WORDS: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };
const EN_WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** "thu 6", "thu sau", "chu nhat", "friday": an ISO weekday (Monday 1 … Sunday 7). */
export function weekdayIn(t: string): number | null {
  if (/\bchu nhat\b/.test(t)) return 7;
  const vi = /\bthu (2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)\b/.exec(t);
  if (vi) return /\d/.test(vi[1]!) ? Number(vi[1]) - 1 : WEEKDAY_WORDS[vi[1]!]!;
  const en = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.exec(t);
  return en ? EN_WEEKDAYS[en[1]!]! : null;
}

/** "15/3", "15-3", "15.3", "30/6/2024" */
export function dateIn(t: string): { day: number; month: number; year?: number } | null {
  const m = /\b(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2,4}))?\b/.exec(t);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const year = m[3] ? (Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3])) : undefined;
  return year ? { day, month, year } : { day, month };
}

/** The day someone is back ("đến 15/3", "đến thứ 6"). */
export function dayRefIn(t: string): DayRef | null {
  const d = dateIn(t);
  if (d) return { kind: "date", ...d };
  const w = weekdayIn(t);
  return w ? { kind: "weekday", day: w } : null;
}

/** A span of days the message names, or days ahead ("trong 30 ngày"), or null. */
export function windowIn(t: string): { window?: Window; days?: number } | null {
  const days = /\b(?:trong|con|toi|trong vong|within|next)?\s*(\d{1,3})\s*(?:ngay|days?)\b(?: toi| nua)?/.exec(t);
  if (days && !/\b(?:sau|nhac)\b.*\bngay\b/.test(t) && Number(days[1]) > 0)
    return { days: Math.min(Number(days[1]), 366) };
  const months = /\b(?:trong\s*)?(\d{1,2})\s*thang\s*(?:toi|nua|sap toi)\b|\bnext (\d{1,2}) months\b/.exec(t);
  if (months) return { window: { kind: "months", n: Math.min(Number(months[1] ?? months[2]), 12) } };
  if (/\b(?:hom nay|today)\b/.test(t)) return { window: { kind: "today" } };
  if (/\b(?:ngay mai|tomorrow)\b/.test(t)) return { window: { kind: "tomorrow" } };
  if (/\b(?:tuan nay|trong tuan|this week)\b/.test(t)) return { days: 7 };
  if (/\b(?:tuan sau|tuan toi|next week)\b/.test(t)) return { window: { kind: "week", offset: 1 } };
  if (/\b(?:thang nay|trong thang|this month)\b/.test(t)) return { window: { kind: "month", offset: 0 } };
  if (/\b(?:thang sau|thang toi|next month)\b/.test(t)) return { window: { kind: "month", offset: 1 } };
  if (/\b(?:cuoi tuan|weekend)\b/.test(t)) return { window: { kind: "weekend" } };
  const until = /\b(?:den|truoc|toi|den het|until|by|before)\s+(?:ngay\s+)?(\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?)\b/.exec(
    t,
  );
  if (until) {
    const d = dateIn(until[1]!);
    if (d) return { window: { kind: "until", ...d } };
  }
  const w = weekdayIn(t);
  if (w) return { window: { kind: "weekday", day: w } };
  return null;
}
