// Calendar arithmetic on ISO dates ("YYYY-MM-DD"): no time zones involved.
// Which day "today" is in Asia/Ho_Chi_Minh is the clock's business (clock.ts).

export type IsoDate = string;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseIso(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

export function isValidIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const { year, month, day } = parseIso(text);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

export function endOfQuarter(year: number, quarter: number): IsoDate {
  return endOfMonth(year, quarter * 3);
}

export function endOfYear(year: number): IsoDate {
  return isoDate(year, 12, 31);
}

export function quarterOf(date: IsoDate): { year: number; quarter: number } {
  const { year, month } = parseIso(date);
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

export function quarterStart(year: number, quarter: number): IsoDate {
  return isoDate(year, (quarter - 1) * 3 + 1, 1);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parseIso(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

// Due dates repeat (a few hundred distinct days), and this runs for every task shown.
const epochDays = new Map<IsoDate, number>();

/** Days since 1970-01-01. */
export function epochDay(date: IsoDate): number {
  let days = epochDays.get(date);
  if (days === undefined) {
    const { year, month, day } = parseIso(date);
    days = Date.UTC(year, month - 1, day) / 86_400_000;
    if (epochDays.size < 100_000) epochDays.set(date, days);
  }
  return days;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

/** dd/mm/yyyy, as Vietnamese documents write dates. */
export function formatVnDate(date: IsoDate): string {
  const { year, month, day } = parseIso(date);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}
