import { daysBetween, type IsoDate } from "./calendar.js";
import { dueDates, nextDue } from "./deadline/next.js";
import type { Deadline } from "./deadline/types.js";
import { isOpen, occurrencesOf, taskProgress, type ReportMark, type ReportingPeriod } from "./progress.js";

/**
 * Where a task stands on an agenda: its next date to meet, one missed, none set, everything reported, or — for a
 * task the agency only supports — its date gone by (the lead's to meet: a contribution is not owed).
 */
export type DueStatus = "upcoming" | "overdue" | "undated" | "done" | "past";

/** How occurrences are counted on an agenda. */
export interface AgendaRules {
  soonDays: number;
  continuous: ReportingPeriod;
}

export const defaultAgendaRules: AgendaRules = { soonDays: 14, continuous: "quarterly" };

export type AssignmentRole = "lead" | "support";

/** A task as one agency sees it. */
export interface AgencyTask {
  taskId: number;
  planId: string;
  planTitle: string;
  planYear: number;
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
    planYear: t.planYear,
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

/**
 * A task on `today`. One the agency leads is placed by its occurrences: the earliest missed one while it is
 * not reported (nothing rolls forward), else the next one still owed, else done. One it supports shows its
 * next date (a contribution, not owed). `reports` are the agency's on this task.
 */
export function agendaItem(
  t: AgencyTask,
  today: IsoDate,
  reports: ReportMark[] = [],
  rules: AgendaRules = defaultAgendaRules,
): AgendaItem {
  const occurrences = t.role === "lead" ? occurrencesOf(t.deadline, t.planYear, rules.continuous) : [];
  if (occurrences.length === 0) {
    const { due, status } = nextDue(t.deadline, today);
    const shown = status === "overdue" && t.role === "support" ? "past" : status;
    return item(t, due, shown, due ? daysBetween(today, due) : null);
  }
  const progress = taskProgress(occurrences, reports, today, rules.soonDays);
  const open = progress.find((p) => isOpen(p.status));
  if (!open) {
    const last = progress.at(-1)!;
    return item(t, last.due, "done", last.daysLeft);
  }
  return item(t, open.due, open.daysLeft < 0 ? "overdue" : "upcoming", open.daysLeft);
}

/** A task with a due date inside [from, to] (e.g. a quarter), shown with its first date there; null if none. */
export function agendaItemBetween(
  t: AgencyTask,
  today: IsoDate,
  from: IsoDate,
  to: IsoDate,
  reports: ReportMark[] = [],
  rules: AgendaRules = defaultAgendaRules,
): AgendaItem | null {
  if (t.role === "lead") {
    const occurrences = occurrencesOf(t.deadline, t.planYear, rules.continuous).filter((o) => o.due >= from);
    const inside = taskProgress(occurrences, reports, today, rules.soonDays).filter((o) => o.due <= to);
    if (inside.length) {
      const open = inside.find((o) => isOpen(o.status));
      const shown = open ?? inside[0]!;
      const status = !open ? "done" : open.daysLeft < 0 ? "overdue" : "upcoming";
      return item(t, shown.due, status, shown.daysLeft);
    }
    if (occurrences.length || dueDates(t.deadline, Number(to.slice(0, 4))).length === 0) return null;
  }
  const due = dueDates(t.deadline, Number(to.slice(0, 4))).find((d) => d >= from && d <= to);
  const gone = t.role === "support" ? "past" : "overdue";
  return due ? item(t, due, due < today ? gone : "upcoming", daysBetween(today, due)) : null;
}

// Compared on every sort step of every list: plain comparisons, no lookups.
const lastRank = (s: DueStatus) => (s === "done" ? 2 : s === "past" ? 1 : 0);

/**
 * Soonest first: overdue, then upcoming by date; undated (event-driven) next; then supported tasks whose date has
 * gone, and done last; ties in plan order. In place.
 */
export function sortAgenda(items: AgendaItem[]): AgendaItem[] {
  return items.sort((a, b) => {
    const lastA = lastRank(a.status);
    const lastB = lastRank(b.status);
    if (lastA !== lastB) return lastA - lastB;
    if (a.due !== b.due) {
      if (a.due === null) return 1;
      if (b.due === null) return -1;
      return a.due < b.due ? -1 : 1;
    }
    return byPlanOrder(a, b);
  });
}

export function buildAgenda(
  tasks: AgencyTask[],
  today: IsoDate,
  reports: Map<number, ReportMark[]> = new Map(),
  rules: AgendaRules = defaultAgendaRules,
): AgendaItem[] {
  return sortAgenda(tasks.map((t) => agendaItem(t, today, reports.get(t.taskId), rules)));
}

export function agendaBetween(
  tasks: AgencyTask[],
  today: IsoDate,
  from: IsoDate,
  to: IsoDate,
  reports: Map<number, ReportMark[]> = new Map(),
  rules: AgendaRules = defaultAgendaRules,
): AgendaItem[] {
  const items = tasks.map((t) => agendaItemBetween(t, today, from, to, reports.get(t.taskId), rules));
  return sortAgenda(items.filter((i): i is AgendaItem => i !== null));
}

// Plain code-unit order: plan ids are ASCII slugs, and localeCompare is slow on hot paths.
function byPlanOrder(a: AgencyTask, b: AgencyTask): number {
  return a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : a.ordinal - b.ordinal;
}

export type Urgency = "overdue" | "soon" | "later" | "undated" | "past" | "done";

export function urgencyOf(item: AgendaItem, soonDays: number): Urgency {
  if (item.status === "overdue" || item.status === "done" || item.status === "past") return item.status;
  if (item.due === null) return "undated";
  return (item.daysLeft ?? 0) <= soonDays ? "soon" : "later";
}
