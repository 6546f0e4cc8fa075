import type { Deadline } from "../domain/deadline/types.js";
import type { Db } from "./client.js";

/** A task as stored, with its plan's title and its section. */
export interface TaskRow {
  id: number;
  planId: string;
  key: string;
  code: string;
  isHeading: boolean;
  title: string;
  context: string;
  product: string;
  leadText: string;
  supportText: string;
  agencyNotes: string;
  deadline: string;
  sourceLine: number;
  plan: { title: string };
  section: { code: string; title: string };
}

export type Addressee = { id: string; name: string; type: "agency" | "group" };

/** A task in full, as the detail view and `cli task` show it. */
export interface TaskDetail extends Omit<TaskRow, "deadline" | "plan"> {
  planTitle: string;
  deadline: Deadline;
  lead: Addressee[];
  support: Addressee[];
  children: { code: string; title: string }[];
}

/** Tasks by code ("1.14") or key ("VII/3.12"), optionally in one plan (id or part of it). */
export async function findTasks(db: Db, code: string, plan?: string): Promise<TaskDetail[]> {
  const wanted = code.trim().replace(/\.$/, "");
  const inPlan = plan ? { planId: { contains: plan } } : {};
  // A whole key ("VII/3.11") is that task, not also its namesakes ("VII/3.11#2") that a code or prefix finds.
  const exact = await detailsWhere(db, { key: wanted, ...inPlan });
  if (exact.length && wanted.includes("/")) return exact;
  return detailsWhere(db, {
    OR: [{ code: wanted }, { key: wanted }, { key: { startsWith: `${wanted}#` } }],
    ...inPlan,
  });
}

async function detailsWhere(
  db: Db,
  where: NonNullable<Parameters<Db["task"]["findMany"]>[0]>["where"],
): Promise<TaskDetail[]> {
  const rows = await db.task.findMany({
    where,
    orderBy: [{ planId: "asc" }, { ordinal: "asc" }],
    include: {
      plan: { select: { title: true } },
      section: { select: { code: true, title: true } },
      assignments: { include: { agency: { select: { name: true } }, group: { select: { name: true } } } },
    },
  });
  const out: TaskDetail[] = [];
  for (const t of rows) {
    const children = t.isHeading
      ? await db.task.findMany({
          where: { planId: t.planId, sectionId: t.sectionId, parentCode: t.code },
          orderBy: { ordinal: "asc" },
          select: { code: true, title: true },
        })
      : [];
    const side = (role: string) =>
      t.assignments
        .filter((a) => a.role === role)
        .map((a) =>
          a.agencyId
            ? { id: a.agencyId, name: a.agency!.name, type: "agency" as const }
            : { id: a.groupId!, name: a.group!.name, type: "group" as const },
        );
    out.push(toTaskDetail(t, side("lead"), side("support"), children));
  }
  return out;
}

/** A stored task as the detail view shows it. */
export function toTaskDetail(
  t: TaskRow,
  lead: TaskDetail["lead"],
  support: TaskDetail["support"],
  children: TaskDetail["children"],
): TaskDetail {
  return {
    id: t.id,
    planId: t.planId,
    planTitle: t.plan.title,
    section: t.section,
    key: t.key,
    code: t.code,
    isHeading: t.isHeading,
    title: t.title,
    context: t.context,
    product: t.product,
    leadText: t.leadText,
    supportText: t.supportText,
    agencyNotes: t.agencyNotes,
    deadline: JSON.parse(t.deadline) as Deadline,
    sourceLine: t.sourceLine,
    lead,
    support,
    children,
  };
}

/** A task (not a heading) of a plan by its code. */
export function taskByCode(db: Db, planId: string, code: string) {
  return db.task.findFirst({ where: { planId, code, isHeading: false } });
}

/** Recurring tasks whose product is an article, in plan order (where the quarterly article cycle is found). */
export function recurringArticleTasks(db: Db) {
  return db.task.findMany({
    where: { isHeading: false, deadlineKind: "recurring", product: { contains: "Bài viết" } },
    orderBy: [{ planId: "asc" }, { ordinal: "asc" }],
  });
}

/** The agencies leading a task, groups expanded to their members. */
export async function leadAgencies(db: Db, taskId: number): Promise<{ id: string; name: string; kind: string }[]> {
  const leads = await db.taskAssignment.findMany({
    where: { taskId, role: "lead" },
    include: { agency: true, group: { include: { members: { include: { agency: true } } } } },
  });
  const agencies = new Map<string, { id: string; name: string; kind: string }>();
  for (const a of leads) {
    if (a.agency) agencies.set(a.agency.id, { id: a.agency.id, name: a.agency.name, kind: a.agency.kind });
    for (const m of a.group?.members ?? [])
      agencies.set(m.agency.id, { id: m.agency.id, name: m.agency.name, kind: m.agency.kind });
  }
  return [...agencies.values()];
}

/** A task's deadline as stored (JSON), or null when there is no such task. */
export async function taskDeadline(db: Db, taskId: number): Promise<string | null> {
  return (await db.task.findUnique({ where: { id: taskId }, select: { deadline: true } }))?.deadline ?? null;
}
