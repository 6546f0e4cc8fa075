import { endOfQuarter, quarterOf, type IsoDate } from "./calendar.js";
import { fold } from "./text.js";

export interface Quarter {
  year: number;
  quarter: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * "2024-Q1", "Q1/2024", "quý 1", "quý I năm 2024", "I/2024", "1/2024": the
 * quarter meant, with the current year when none is written. Null if unreadable.
 */
export function parseQuarter(text: string, today: IsoDate): Quarter | null {
  const t = fold(text).replace(/\s+/g, " ").trim();
  const current = quarterOf(today);
  if (!t) return current;
  if (/^(?:quy )?(?:nay|hien tai)$/.test(t)) return current;
  if (/^(?:quy )?(?:truoc)$/.test(t))
    return current.quarter === 1
      ? { year: current.year - 1, quarter: 4 }
      : { year: current.year, quarter: current.quarter - 1 };
  const patterns = [
    /^(\d{4})\s*-?\s*q([1-4])$/,
    /^q([1-4])\s*[/-]?\s*(\d{4})$/,
    /^(?:quy\s*)?(iv|i{1,3}|[1-4])(?:\s*(?:\/|nam|-)\s*(\d{4}))?$/,
  ];
  let m = patterns[0]!.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]));
  m = patterns[1]!.exec(t);
  if (m) return valid(Number(m[2]), Number(m[1]));
  m = patterns[2]!.exec(t);
  if (m) return valid(m[2] ? Number(m[2]) : current.year, ROMAN[m[1]!] ?? Number(m[1]));
  return null;
}

function valid(year: number, quarter: number): Quarter | null {
  return year >= 2000 && year <= 2100 && quarter >= 1 && quarter <= 4 ? { year, quarter } : null;
}

export function quarterDue(q: Quarter): IsoDate {
  return endOfQuarter(q.year, q.quarter);
}

/** "2024-Q1", as the CLI and exports write it. */
export function quarterId(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}

/** "I/2024", as Vietnamese documents write it. */
export function quarterLabel(q: Quarter): string {
  return `${["I", "II", "III", "IV"][q.quarter - 1]}/${q.year}`;
}
