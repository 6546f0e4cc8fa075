import { addDays, endOfMonth, isoDate, quarterOf, quarterStart, type IsoDate } from "./calendar.js";
import { localDate } from "./clock.js";
import type { Deadline } from "./deadline/types.js";
import { occurrencesOf, type ReportingPeriod } from "./progress.js";
import { quarterDue, type Quarter } from "./quarter.js";
import { slotOn, type WorkCalendar } from "./workcal.js";

/** When to remind, in days relative to a due date. */
export interface ReminderPolicy {
  /** Days before a task's due date (default 14, 7, 3, 1). */
  beforeDays: number[];
  /** Weekly overdue reminders after the first (T+1). */
  overdueWeeks: number;
  /** Days before the quarter's end for the article cycle. */
  articleBeforeDays: number[];
  /** Days late after which an agency's leaders and the reviewers are told. */
  escalateAfterDays: number;
  /** Days before a rota month ends for its second reminder. */
  rotationBeforeEndDays: number;
  /** How often a continuous task is reported on (each report is an occurrence with its reminders). */
  continuousReports: ReportingPeriod;
}

export const defaultPolicy: ReminderPolicy = {
  beforeDays: [14, 7, 3, 1],
  overdueWeeks: 4,
  articleBeforeDays: [14, 7, 3, 1],
  escalateAfterDays: 7,
  rotationBeforeEndDays: 5,
  continuousReports: "quarterly",
};

export type ReminderKind = "task" | "article" | "rotation" | "escalation" | "deadline-report";
export type Audience = "focal" | "leaders" | "reviewers";

export interface PlannedReminder {
  /** Identifies the reminder (not yet its recipient): the outbox dedupe key starts with it. */
  key: string;
  /** What it is about (task:12, article:2024-1, rotation:2024-03): for muting and superseding. */
  subject: string;
  kind: ReminderKind;
  /** "open", "T-14" … "T-1", "T0", "T+1", "T+8" …, "escalate", "month-start", "month-end", "report". */
  stage: string;
  /** Position of the stage in its sequence: a later one supersedes an earlier one not yet sent. */
  order: number;
  agencyId: string | null;
  audience: Audience;
  due: IsoDate;
  /** When to send: already moved into working hours. */
  at: Date;
  taskId?: number;
  year?: number;
  quarter?: number;
}

export interface TaskForReminders {
  taskId: number;
  code: string;
  deadline: Deadline;
  /** Agencies to remind (the lead agencies, groups expanded). */
  agencyIds: string[];
  /** The plan's year, whose occurrences are owed (default: the year planned for). */
  planYear?: number;
}

function inRange(r: PlannedReminder, from: Date, to: Date): boolean {
  return r.at >= from && r.at <= to;
}

function stages(
  due: IsoDate,
  before: number[],
  overdueWeeks: number,
  withOverdue: boolean,
): { stage: string; day: IsoDate; order: number }[] {
  const out = [...before].sort((a, b) => b - a).map((n, i) => ({ stage: `T-${n}`, day: addDays(due, -n), order: i }));
  out.push({ stage: "T0", day: due, order: out.length });
  if (withOverdue)
    for (let k = 0; k <= overdueWeeks; k++)
      out.push({ stage: `T+${1 + 7 * k}`, day: addDays(due, 1 + 7 * k), order: out.length });
  return out;
}

/**
 * Deadline pushes for every occurrence of a task (progress.ts: dated, each period of a recurrence, each
 * milestone, each report of a continuous task), for every lead agency. An occurrence stays owed until it is
 * reported, so each has its overdue pushes; the dispatcher drops those of occurrences already reported.
 */
export function planTaskReminders(
  tasks: TaskForReminders[],
  from: Date,
  to: Date,
  cal: WorkCalendar,
  policy: ReminderPolicy = defaultPolicy,
): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  const fallbackYear = Number(localDate(from).slice(0, 4));
  for (const t of tasks) {
    const year = t.planYear ?? fallbackYear;
    for (const { due } of occurrencesOf(t.deadline, year, policy.continuousReports)) {
      for (const s of stages(due, policy.beforeDays, policy.overdueWeeks, true)) {
        const at = slotOn(cal, s.day);
        if (at < from || at > to) continue;
        for (const agencyId of t.agencyIds) {
          out.push({
            key: `task:${t.taskId}:${due}:${s.stage}:${agencyId}`,
            subject: `task:${t.taskId}:${due}`,
            kind: "task",
            stage: s.stage,
            order: s.order,
            agencyId,
            audience: "focal",
            due,
            at,
            taskId: t.taskId,
          });
        }
      }
    }
  }
  return out;
}

export function quartersBetween(from: IsoDate, to: IsoDate): Quarter[] {
  const out: Quarter[] = [];
  let q = quarterOf(from);
  const last = quarterOf(to);
  while (q.year < last.year || (q.year === last.year && q.quarter <= last.quarter)) {
    out.push(q);
    q = q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: q.quarter + 1 };
  }
  return out;
}

/**
 * The quarterly article cycle for agencies that owe an article: cycle opens,
 * countdown before the quarter's end, overdue, escalation to leaders (and
 * reviewers), and the deadline report for reviewers. `submitted(agency, q)`
 * stops every later stage for an agency that has sent its article.
 */
export function planArticleCycle(
  agencyIds: string[],
  submitted: (agencyId: string, q: Quarter) => boolean,
  from: Date,
  to: Date,
  cal: WorkCalendar,
  policy: ReminderPolicy = defaultPolicy,
): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  // Quarters whose stages can fall in the range (escalation comes after the quarter ends).
  const first = addDays(localDate(from), -(policy.escalateAfterDays + 14));
  const last = localDate(to);
  for (const q of quartersBetween(first, last)) {
    const due = quarterDue(q);
    const base = { year: q.year, quarter: q.quarter, due };
    const subject = `article:${q.year}-${q.quarter}`;
    const seq = [
      { stage: "open", day: quarterStart(q.year, q.quarter) },
      ...[...policy.articleBeforeDays].sort((a, b) => b - a).map((n) => ({ stage: `T-${n}`, day: addDays(due, -n) })),
      { stage: "T+1", day: addDays(due, 1) },
    ].map((s, order) => ({ ...s, order }));
    for (const agencyId of agencyIds) {
      if (submitted(agencyId, q)) continue;
      for (const s of seq) {
        const r: PlannedReminder = {
          ...base,
          key: `article:${q.year}-${q.quarter}:${s.stage}:${agencyId}`,
          subject,
          kind: "article",
          stage: s.stage,
          order: s.order,
          agencyId,
          audience: "focal",
          at: slotOn(cal, s.day),
        };
        if (inRange(r, from, to)) out.push(r);
      }
      const esc: PlannedReminder = {
        ...base,
        key: `escalation:${q.year}-${q.quarter}:${agencyId}`,
        subject,
        kind: "escalation",
        stage: "escalate",
        order: seq.length,
        agencyId,
        audience: "leaders",
        at: slotOn(cal, addDays(due, policy.escalateAfterDays)),
      };
      if (inRange(esc, from, to)) out.push(esc);
    }
    const report: PlannedReminder = {
      ...base,
      key: `deadline-report:${q.year}-${q.quarter}`,
      subject,
      kind: "deadline-report",
      stage: "report",
      order: seq.length + 1,
      agencyId: null,
      audience: "reviewers",
      at: slotOn(cal, addDays(due, 1)),
    };
    if (inRange(report, from, to)) out.push(report);
  }
  return out;
}

export interface RotaSlot {
  year: number;
  month: number;
  agencyId: string;
  /** The task the rota schedules, when known: a report on it for the month ends the month's reminders. */
  taskId?: number | null;
}

/** The monthly posting rota: the unit whose month it is, at its start and before its end. */
export function planRotation(
  slots: RotaSlot[],
  from: Date,
  to: Date,
  cal: WorkCalendar,
  policy: ReminderPolicy = defaultPolicy,
): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  for (const s of slots) {
    const end = endOfMonth(s.year, s.month);
    const subject = `rotation:${s.year}-${String(s.month).padStart(2, "0")}`;
    const seq = [
      { stage: "month-start", day: isoDate(s.year, s.month, 1) },
      { stage: "month-end", day: addDays(end, -policy.rotationBeforeEndDays) },
    ];
    seq.forEach((st, order) => {
      const r: PlannedReminder = {
        key: `${subject}:${st.stage}:${s.agencyId}`,
        subject,
        kind: "rotation",
        stage: st.stage,
        order,
        agencyId: s.agencyId,
        audience: "focal",
        due: end,
        at: slotOn(cal, st.day),
        year: s.year,
        ...(s.taskId ? { taskId: s.taskId } : {}),
      };
      if (inRange(r, from, to)) out.push(r);
    });
  }
  return out;
}
