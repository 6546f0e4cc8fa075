// One agency's year and one task's reports, from the progress model, for the board's detail pages.
import { focalNames } from "../../db/recipient-repo.js";
import { quarterOf, type IsoDate } from "../../domain/calendar.js";
import { completionOf, type Completion, type ProgressStatus } from "../../domain/progress.js";
import { agencyProgress, progressOptions, taskProgressFor } from "../progress.js";
import type { BoardServices } from "./data.js";

export interface AgencyYear {
  agencyId: string;
  name: string;
  year: number;
  focalPoints: string[];
  /** Its lead occurrences due in the year, soonest first. */
  occurrences: {
    planId: string;
    key: string;
    code: string;
    title: string;
    due: IsoDate;
    status: ProgressStatus;
    receipt: string | null;
  }[];
  /** Completion of each quarter (1–4). */
  quarters: Completion[];
}

export async function agencyYear(
  services: BoardServices,
  agencyId: string,
  year: number,
  today: IsoDate,
): Promise<AgencyYear | null> {
  const entry = (await services.catalog.directory()).byId(agencyId);
  const name = entry?.name ?? (await services.catalog.agencyName(agencyId));
  if (!name) return null;
  const tasks = await agencyProgress(services, agencyId, progressOptions(services.config, today));
  const led = tasks.filter((t) => t.task.role === "lead");
  const inYear = led.flatMap((t) =>
    t.occurrences.filter((o) => o.due.startsWith(`${year}-`)).map((o) => ({ task: t.task, o })),
  );
  const quarters = [1, 2, 3, 4].map((q) =>
    completionOf(inYear.filter(({ o }) => quarterOf(o.due).quarter === q).map(({ o }) => o)),
  );
  const focal = await focalNames(services.db, [agencyId]);
  return {
    agencyId,
    name,
    year,
    focalPoints: focal.map((f) => f.name || "—"),
    occurrences: inYear
      .map(({ task, o }) => ({
        planId: task.planId,
        key: task.key,
        code: task.code,
        title: task.title,
        due: o.due,
        status: o.status,
        receipt: o.report?.receipt ?? null,
      }))
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.code.localeCompare(b.code))),
    quarters,
  };
}

export interface TaskReports {
  code: string;
  title: string;
  planTitle: string;
  /** Every occurrence's due date, in order. */
  dues: IsoDate[];
  agencies: {
    agencyId: string;
    name: string;
    byDue: Map<IsoDate, { status: ProgressStatus; receipt: string | null }>;
  }[];
}

/** A task (by code or key, in a plan when given) with each lead agency's status for every occurrence. */
export async function taskReports(
  services: BoardServices,
  code: string,
  today: IsoDate,
  planId?: string,
): Promise<TaskReports | null> {
  const found = (await services.catalog.findDetails(code)).filter((t) => !planId || t.planId === planId);
  const detail = found[0];
  if (!detail) return null;
  const leads = (await services.catalog.tasksWithLeads()).find((t) => t.task.taskId === detail.id)?.leads ?? [];
  const o = progressOptions(services.config, today);
  const dues = new Set<IsoDate>();
  const agencies: TaskReports["agencies"] = [];
  for (const agencyId of leads) {
    const task = (await services.catalog.forAgency(agencyId, "lead")).find((t) => t.taskId === detail.id);
    if (!task) continue;
    const progress = await taskProgressFor(services, agencyId, task, o);
    const byDue = new Map(
      progress.occurrences.map((p) => [p.due, { status: p.status, receipt: p.report?.receipt ?? null }] as const),
    );
    for (const d of byDue.keys()) dues.add(d);
    agencies.push({ agencyId, name: (await services.catalog.agencyName(agencyId)) ?? agencyId, byDue });
  }
  agencies.sort((a, b) => a.name.localeCompare(b.name, "vi", { numeric: true }));
  return { code: detail.code, title: detail.title, planTitle: detail.planTitle, dues: [...dues].sort(), agencies };
}
