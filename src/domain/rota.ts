// A posting rota (Sa Đéc's "lịch đăng tin") schedules one task month by month: the unit whose month it is owes
// that month's post. As that unit sees the task, its deadline is its months, each due at the month's end.
import { endOfMonth } from "./calendar.js";
import type { Deadline } from "./deadline/types.js";

export interface RotaMonth {
  year: number;
  month: number;
  /** The plan's words for the slot ("đăng tin tháng 01 năm 2024"); may be empty. */
  wording: string;
}

/** The rota task's deadline for one unit: one milestone per month it is on the rota. */
export function rotaDeadline(base: Deadline, months: RotaMonth[]): Deadline {
  const sorted = [...months].sort((a, b) => a.year - b.year || a.month - b.month);
  const words = [...new Set(sorted.map((m) => m.wording).filter(Boolean))];
  return {
    kind: "milestones",
    steps: sorted.map((m) => ({ due: endOfMonth(m.year, m.month), note: m.wording })),
    label: words.length ? words.join("; ") : base.label,
  };
}
