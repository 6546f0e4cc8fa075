import { daysBetween, type IsoDate } from "./calendar.js";
import { dueDates, nextDue, type DueStatus } from "./deadline/next.js";
import type { Deadline } from "./deadline/types.js";

export type Role = "lead" | "support";

/** A task as one agency sees it. */
export interface AgencyTask {
  taskId: number;
  planId: string;
  planTitle: string;
  code: string;
  key: string;
  title: string;
  role: Role;
  deadline: Deadline;
  ordinal: number;
}

export interface AgendaItem extends AgencyTask {
  due: IsoDate | null;
  status: DueStatus;
  /** Days from today to `due` (negative when overdue). */
  daysLeft: number | null;
}

// Built field by field: one object shape, much faster than spreading on this hot path.
function item(t: AgencyTask, due: IsoDate | null, status: DueStatus, daysLeft: number | null): AgendaItem {
  return { taskId: t.taskId, planId: t.planId, planTitle: t.planTitle, code: t.code, key: t.key, title: t.title, role: t.role, deadline: t.deadline, ordinal: t.ordinal, due, status, daysLeft };
}

/** Soonest first: overdue, then upcoming by date; undated (event, continuous) last, in plan order. */
export function buildAgenda(tasks: AgencyTask[], today: IsoDate): AgendaItem[] {
  const items = tasks.map((t) => {
    const { due, status } = nextDue(t.deadline, today);
    return item(t, due, status, due ? daysBetween(today, due) : null);
  });
  return items.sort((a, b) => {
    if (a.due !== b.due) {
      if (a.due === null) return 1;
      if (b.due === null) return -1;
      return a.due < b.due ? -1 : 1;
    }
    return byPlanOrder(a, b);
  });
}

// Plain code-unit order: plan ids are ASCII slugs, and localeCompare is slow on hot paths.
function byPlanOrder(a: AgencyTask, b: AgencyTask): number {
  return a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : a.ordinal - b.ordinal;
}

/** Tasks with a due date inside [from, to] (e.g. a quarter), each shown with its first date there. */
export function agendaBetween(tasks: AgencyTask[], today: IsoDate, from: IsoDate, to: IsoDate): AgendaItem[] {
  const horizon = Number(to.slice(0, 4));
  const items: AgendaItem[] = [];
  for (const t of tasks) {
    const due = dueDates(t.deadline, horizon).find((d) => d >= from && d <= to);
    if (!due) continue;
    items.push(item(t, due, due < today ? "overdue" : "upcoming", daysBetween(today, due)));
  }
  return items.sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : byPlanOrder(a, b)));
}

export type Urgency = "overdue" | "soon" | "later" | "undated";

export function urgencyOf(item: AgendaItem, soonDays: number): Urgency {
  if (item.status === "overdue") return "overdue";
  if (item.due === null) return "undated";
  return (item.daysLeft ?? 0) <= soonDays ? "soon" : "later";
}
