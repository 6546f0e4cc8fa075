import type { IsoDate } from "./calendar.js";

// Public holidays in Vietnam (Labour Code 2019, art. 112): New Year (1/1),
// Tết (lunar, the government announces the days each year), Hùng Kings'
// day (10/3 lunar), 30/4, 1/5, National Day (2/9 and one day next to it).
// Lunar-calendar dates are given per year as data; extend with HOLIDAYS.

const FIXED = ["01-01", "04-30", "05-01", "09-02"];

const LUNAR_AND_BRIDGES: Record<number, IsoDate[]> = {
  2024: [
    "2024-02-08",
    "2024-02-09",
    "2024-02-10",
    "2024-02-11",
    "2024-02-12",
    "2024-02-13",
    "2024-02-14",
    "2024-04-18",
    "2024-09-03",
  ],
  2025: [
    "2025-01-25",
    "2025-01-26",
    "2025-01-27",
    "2025-01-28",
    "2025-01-29",
    "2025-01-30",
    "2025-01-31",
    "2025-02-01",
    "2025-02-02",
    "2025-04-07",
    "2025-09-01",
  ],
  2026: [
    "2026-02-14",
    "2026-02-15",
    "2026-02-16",
    "2026-02-17",
    "2026-02-18",
    "2026-02-19",
    "2026-02-20",
    "2026-02-21",
    "2026-02-22",
    "2026-04-26",
    "2026-09-01",
  ],
};

export function vietnamHolidays(years: number[], extra: IsoDate[] = []): Set<IsoDate> {
  const out = new Set<IsoDate>(extra);
  for (const y of years) {
    for (const md of FIXED) out.add(`${y}-${md}`);
    for (const d of LUNAR_AND_BRIDGES[y] ?? []) out.add(d);
  }
  return out;
}
