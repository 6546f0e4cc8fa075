import { formatVnDate, isValidIsoDate, type IsoDate } from "./calendar.js";

export const TIME_ZONE = "Asia/Ho_Chi_Minh";
/** Vietnam keeps UTC+7 all year (no daylight saving). */
export const VN_OFFSET_MS = 7 * 3600_000;

/** Every use of "now" goes through a clock, so tests and `--now` can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}

/**
 * The calendar day in Ho Chi Minh City at that instant. By arithmetic, not Intl (UTC+7 all year): a tick
 * asks it a million times, and Intl's formatter took a seventh of the tick's time.
 */
export function localDate(at: Date): IsoDate {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export function today(clock: Clock): IsoDate {
  return localDate(clock.now());
}

/**
 * Parses `--now`: "2024-03-01" (08:00 local time, the start of a working day)
 * or "2024-03-17T08:00" (local time). Vietnam has no daylight saving: UTC+7.
 */
export function parseNow(text: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!m || !isValidIsoDate(m[1]!)) return null;
  const [hh, mm, ss] = [m[2] ?? "08", m[3] ?? "00", m[4] ?? "00"].map(Number) as [number, number, number];
  if (hh > 23 || mm > 59 || ss > 59) return null;
  const at = new Date(
    `${m[1]}T${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}:${String(ss).padStart(2, "0")}+07:00`,
  );
  return Number.isNaN(at.getTime()) ? null : at;
}

/** "2024-03-20T09:30:00" in Vietnam time. */
export function localIso(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 19);
}

/** "20/03/2024 09:30", as shown to people. */
export function formatVnDateTime(at: Date): string {
  return `${formatVnDate(localDate(at))} ${localIso(at).slice(11, 16)}`;
}
