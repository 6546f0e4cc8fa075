import { addDays, epochDay, type IsoDate } from "./calendar.js";
import { localDate, VN_OFFSET_MS as OFFSET_MS } from "./clock.js";

/** When pushes may be sent: working hours on working days, Vietnam time. */
export interface WorkCalendar {
  holidays: Set<IsoDate>;
  /** Minutes after midnight. */
  startMinute: number;
  endMinute: number;
  /** ISO weekdays that are working days (1 = Monday). */
  weekdays: number[];
}

export function parseWorkHours(text: string): { startMinute: number; endMinute: number } | null {
  const m = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const start = Number(m[1]) * 60 + Number(m[2]);
  const end = Number(m[3]) * 60 + Number(m[4]);
  return start < end && end <= 24 * 60 ? { startMinute: start, endMinute: end } : null;
}

export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDay(date) + 3) % 7) + 7) % 7) + 1;
}

export function isWorkingDay(cal: WorkCalendar, date: IsoDate): boolean {
  return cal.weekdays.includes(isoWeekday(date)) && !cal.holidays.has(date);
}

/** The instant of a local date and minute of day (Vietnam has no daylight saving). */
export function localInstant(date: IsoDate, minute: number): Date {
  return new Date(epochDay(date) * 86_400_000 + minute * 60_000 - OFFSET_MS);
}

function minuteOfDay(at: Date): number {
  const local = new Date(at.getTime() + OFFSET_MS);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** The first working day on or after `date`. */
export function workingDayOnOrAfter(cal: WorkCalendar, date: IsoDate): IsoDate {
  let d = date;
  for (let i = 0; i < 60 && !isWorkingDay(cal, d); i++) d = addDays(d, 1);
  return d;
}

/** `at` if it is inside working hours, else the start of the next working period: moved, never dropped. */
export function nextSlot(cal: WorkCalendar, at: Date): Date {
  const day = localDate(at);
  const minute = minuteOfDay(at);
  if (isWorkingDay(cal, day) && minute >= cal.startMinute && minute < cal.endMinute) return at;
  const from = isWorkingDay(cal, day) && minute < cal.startMinute ? day : addDays(day, 1);
  return localInstant(workingDayOnOrAfter(cal, from), cal.startMinute);
}

const slots = new WeakMap<WorkCalendar, Map<IsoDate, Date>>();

/**
 * The working-hours start of a day, moved to the next working day if needed. Remembered per calendar: a
 * tick asks it for every stage of every occurrence of every task (millions of times on a city's plans).
 */
export function slotOn(cal: WorkCalendar, date: IsoDate): Date {
  const byDay = slots.get(cal) ?? new Map<IsoDate, Date>();
  slots.set(cal, byDay);
  const at = byDay.get(date) ?? nextSlot(cal, localInstant(date, cal.startMinute));
  byDay.set(date, at);
  // A copy: a caller may keep or change the Date it is given.
  return new Date(at.getTime());
}
