// Progress as every feature reads it: an agency's occurrences and their status, from the catalog (what it
// owes), its submissions (what it reported) and the plan's article cycle (the article is the occurrences of
// the cycle's task).
import { progressRows, type ProgressRow } from "../db/submission-repo.js";
import type { AgencyTask } from "../domain/agenda.js";
import { getOrInsert } from "../domain/collections.js";
import type { IsoDate } from "../domain/calendar.js";
import {
  completionOf,
  occurrencesOf,
  unreportedDue,
  taskProgress,
  type Completion,
  type Occurrence,
  type OccurrenceProgress,
  type ReportMark,
  type ReportingPeriod,
} from "../domain/progress.js";
import type { CoreConfig, Services } from "./context.js";
import { articleCycleOf } from "./submissions/cycle.js";

export interface TaskWithProgress {
  task: AgencyTask;
  occurrences: OccurrenceProgress[];
  /** Reports on a task with no scheduled occurrence (event-driven, unspecified), newest first. */
  unscheduled: ReportMark[];
}

function markOf(r: ProgressRow): ReportMark {
  return {
    due: r.occurrence,
    status: r.status as ReportMark["status"],
    onTime: r.onTime,
    receipt: r.receipt,
    comment: r.reviewComment,
    receivedAt: r.receivedAt,
  };
}

/** Reports by agency and task; an article counts for its plan's article task. */
async function reportsBy(
  services: Pick<Services, "db" | "config" | "catalog">,
  agencyId?: string,
): Promise<Map<string, Map<number, ReportMark[]>>> {
  const cycle = await articleCycleOf(services);
  const out = new Map<string, Map<number, ReportMark[]>>();
  for (const r of await progressRows(services.db, agencyId)) {
    const taskId = r.kind === "article" ? cycle?.taskId : r.taskId;
    if (taskId === undefined || taskId === null) continue;
    const byTask = out.get(r.agencyId) ?? new Map<number, ReportMark[]>();
    out.set(r.agencyId, byTask);
    const list = byTask.get(taskId) ?? [];
    byTask.set(taskId, list);
    list.push(markOf(r));
  }
  return out;
}

/** One agency's reports by task (an article counts for its plan's article task). */
export async function agencyReports(
  services: Pick<Services, "db" | "config" | "catalog">,
  agencyId: string,
): Promise<Map<number, ReportMark[]>> {
  return (await reportsBy(services, agencyId)).get(agencyId) ?? new Map();
}

export interface ProgressOptions {
  today: IsoDate;
  soonDays: number;
  continuous: ReportingPeriod;
}

/** The progress rules of the core's settings, on a day. */
export function progressOptions(config: Pick<CoreConfig, "soonDays" | "continuousReports">, today: IsoDate) {
  return { today, soonDays: config.soonDays, continuous: config.continuousReports } satisfies ProgressOptions;
}

function withProgress(task: AgencyTask, reports: ReportMark[], o: ProgressOptions): TaskWithProgress {
  const occurrences = occurrencesOf(task.deadline, task.planYear, o.continuous);
  return {
    task,
    occurrences: taskProgress(occurrences, reports, o.today, o.soonDays),
    unscheduled: reports.filter((r) => r.due === null).sort((a, b) => +b.receivedAt - +a.receivedAt),
  };
}

/** Every task of one agency (lead and support) with its occurrences' status. */
export async function agencyProgress(
  services: Pick<Services, "db" | "config" | "catalog">,
  agencyId: string,
  o: ProgressOptions,
): Promise<TaskWithProgress[]> {
  const reports = (await reportsBy(services, agencyId)).get(agencyId) ?? new Map();
  const tasks = await services.catalog.forAgency(agencyId);
  return tasks.map((t) => withProgress(t, reports.get(t.taskId) ?? [], o));
}

/** One task of one agency, with its occurrences' status. */
export async function taskProgressFor(
  services: Pick<Services, "db" | "config" | "catalog">,
  agencyId: string,
  task: AgencyTask,
  o: ProgressOptions,
): Promise<TaskWithProgress> {
  const reports = (await reportsBy(services, agencyId)).get(agencyId)?.get(task.taskId) ?? [];
  return withProgress(task, reports, o);
}

export interface AgencyCompletion extends Completion {
  agencyId: string;
}

/**
 * Completion figures per agency over the occurrences it leads (supporting agencies' contributions are shown,
 * not required), optionally within [from, to] and one plan.
 */
export async function completionByAgency(
  services: Pick<Services, "db" | "config" | "catalog">,
  o: ProgressOptions & { from?: IsoDate; to?: IsoDate; planId?: string },
): Promise<AgencyCompletion[]> {
  const rows = await completionBySpans(services, o, [
    { ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}) },
  ]);
  return rows.map(({ agencyId, bySpan }) => ({ agencyId, ...bySpan[0]! }));
}

export interface Span {
  from?: IsoDate;
  to?: IsoDate;
}

/**
 * Completion figures per agency for several spans at once (the board's quarter and the year's ranking): one pass
 * over every agency's tasks, which is the costly part with a thousand agencies.
 */
export async function completionBySpans(
  services: Pick<Services, "db" | "config" | "catalog">,
  o: ProgressOptions & { planId?: string },
  spans: Span[],
): Promise<{ agencyId: string; bySpan: Completion[] }[]> {
  const reports = await reportsBy(services);
  const inSpan = (s: Span) => (x: { due: IsoDate }) => (!s.from || x.due >= s.from) && (!s.to || x.due <= s.to);
  const tests = spans.map(inSpan);
  // A task's occurrences, and how many are due in each span, are the same for every agency leading it (a group's
  // task is led by hundreds): worked out once per task view (a rota unit has its own, with its own months).
  const perTask = new Map<AgencyTask, { occurrences: Occurrence[]; unreported: number[] }>();
  const ofTask = (t: AgencyTask) =>
    getOrInsert(perTask, t, () => {
      const occurrences = occurrencesOf(t.deadline, t.planYear, o.continuous);
      return { occurrences, unreported: spans.map((s) => unreportedDue(occurrences, o.today, s.from, s.to)) };
    });
  const out: { agencyId: string; bySpan: Completion[] }[] = [];
  for (const agencyId of await services.catalog.agencyIds()) {
    const mine = reports.get(agencyId);
    const reported: OccurrenceProgress[][] = spans.map(() => []);
    // Most tasks have no report: their occurrences due by today are simply missing (counted, not built).
    const unreported = spans.map(() => 0);
    for (const t of await services.catalog.forAgency(agencyId, "lead")) {
      if (o.planId && t.planId !== o.planId) continue;
      const { occurrences, unreported: due } = ofTask(t);
      if (occurrences.length === 0) continue;
      const r = mine?.get(t.taskId);
      if (!r) for (let i = 0; i < spans.length; i++) unreported[i]! += due[i]!;
      else {
        const progress = taskProgress(occurrences, r, o.today, o.soonDays);
        for (let i = 0; i < tests.length; i++) reported[i]!.push(...progress.filter(tests[i]!));
      }
    }
    out.push({ agencyId, bySpan: spans.map((_, i) => withUnreported(completionOf(reported[i]!), unreported[i]!)) });
  }
  return out;
}

function withUnreported(c: Completion, unreported: number): Completion {
  const due = c.due + unreported;
  return { ...c, due, missing: c.missing + unreported, onTimeRate: due ? c.onTime / due : null };
}

/** The completion figures of the agencies with something due in [from, to] (one plan, or all), with names. */
export async function namedCompletions(
  services: Pick<Services, "db" | "config" | "catalog">,
  today: IsoDate,
  span: { from: IsoDate; to: IsoDate; planId?: string },
): Promise<(AgencyCompletion & { agency: string })[]> {
  const rows = await completionByAgency(services, { ...progressOptions(services.config, today), ...span });
  const names = await services.catalog.agencyNames();
  return rows.filter((r) => r.due > 0).map((r) => ({ agency: names.get(r.agencyId) ?? r.agencyId, ...r }));
}
