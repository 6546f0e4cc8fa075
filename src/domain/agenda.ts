import { daysBetween, type IsoDate } from "./calendar.js";
import { dueDates, nextDue, type DueStatus } from "./deadline/next.js";
import type { Deadline } from "./deadline/types.js";

export type AssignmentRole = "lead" | "support";

/** A task as one agency sees it. */
export interface AgencyTask {
  taskId: number;
  planId: string;
  planTitle: string;
  code: string;
  key: string;
  title: string;
  role: AssignmentRole;
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
  return {
    taskId: t.taskId,
    planId: t.planId,
    planTitle: t.planTitle,
    code: t.code,
    key: t.key,
    title: t.title,
    role: t.role,
    deadline: t.deadline,
    ordinal: t.ordinal,
    due,
    status,
    daysLeft,
  };
}

/** A task on `today`: its next due date (or, for a deadline wholly past, its last) and how far away. */
export function agendaItem(t: AgencyTask, today: IsoDate): AgendaItem {
  const { due, status } = nextDue(t.deadline, today);
  return item(t, due, status, due ? daysBetween(today, due) : null);
}

/** A task with a due date inside [from, to] (e.g. a quarter), shown with its first date there; null if none. */
export function agendaItemBetween(t: AgencyTask, today: IsoDate, from: IsoDate, to: IsoDate): AgendaItem | null {
  const due = dueDates(t.deadline, Number(to.slice(0, 4))).find((d) => d >= from && d <= to);
  return due ? item(t, due, due < today ? "overdue" : "upcoming", daysBetween(today, due)) : null;
}

/** Soonest first: overdue, then upcoming by date; undated (event, continuous) last, in plan order. Sorts in place. */
export function sortAgenda(items: AgendaItem[]): AgendaItem[] {
  return items.sort((a, b) => {
    if (a.due !== b.due) {
      if (a.due === null) return 1;
      if (b.due === null) return -1;
      return a.due < b.due ? -1 : 1;
    }
    return byPlanOrder(a, b);
  });
}

export function buildAgenda(tasks: AgencyTask[], today: IsoDate): AgendaItem[] {
  return sortAgenda(tasks.map((t) => agendaItem(t, today)));
}

export function agendaBetween(tasks: AgencyTask[], today: IsoDate, from: IsoDate, to: IsoDate): AgendaItem[] {
  return sortAgenda(tasks.map((t) => agendaItemBetween(t, today, from, to)).filter((i): i is AgendaItem => i !== null));
}

// Plain code-unit order: plan ids are ASCII slugs, and localeCompare is slow on hot paths.
function byPlanOrder(a: AgencyTask, b: AgencyTask): number {
  return a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : a.ordinal - b.ordinal;
}

export type Urgency = "overdue" | "soon" | "later" | "undated";

export function urgencyOf(item: AgendaItem, soonDays: number): Urgency {
  if (item.status === "overdue") return "overdue";
  if (item.due === null) return "undated";
  return (item.daysLeft ?? 0) <= soonDays ? "soon" : "later";
}
