import type { AgencyTask, Role } from "../domain/agenda.js";
import type { Deadline } from "../domain/deadline/types.js";
import type { Db } from "./client.js";

/** The agency's tasks, directly or through its groups; a task it leads and supports counts as lead. */
export async function tasksForAgency(db: Db, agencyId: string, role?: Role): Promise<AgencyTask[]> {
  const groups = (await db.agencyGroupMember.findMany({ where: { agencyId }, select: { groupId: true } })).map((g) => g.groupId);
  const rows = await db.taskAssignment.findMany({
    where: { OR: [{ agencyId }, { groupId: { in: groups } }], ...(role ? { role } : {}), task: { isHeading: false } },
    select: {
      role: true,
      task: { select: { id: true, planId: true, code: true, key: true, title: true, deadline: true, ordinal: true, plan: { select: { title: true } } } },
    },
  });
  const byTask = new Map<number, AgencyTask>();
  for (const r of rows) {
    const seen = byTask.get(r.task.id);
    if (seen) {
      if (r.role === "lead") seen.role = "lead";
      continue;
    }
    byTask.set(r.task.id, {
      taskId: r.task.id,
      planId: r.task.planId,
      planTitle: r.task.plan.title,
      code: r.task.code,
      key: r.task.key,
      title: r.task.title,
      role: r.role as Role,
      deadline: JSON.parse(r.task.deadline) as Deadline,
      ordinal: r.task.ordinal,
    });
  }
  return [...byTask.values()];
}

export interface TaskDetail {
  id: number;
  planId: string;
  planTitle: string;
  section: { code: string; title: string };
  key: string;
  code: string;
  isHeading: boolean;
  title: string;
  context: string;
  product: string;
  leadText: string;
  supportText: string;
  agencyNotes: string;
  deadline: Deadline;
  sourceLine: number;
  lead: { id: string; name: string; type: "agency" | "group" }[];
  support: { id: string; name: string; type: "agency" | "group" }[];
  children: { code: string; title: string }[];
}

/** Tasks by code ("1.14") or key ("VII/3.12"), optionally in one plan (id or part of it). */
export async function findTasks(db: Db, code: string, plan?: string): Promise<TaskDetail[]> {
  const wanted = code.trim().replace(/\.$/, "");
  return detailsWhere(db, {
    OR: [{ code: wanted }, { key: wanted }, { key: { startsWith: `${wanted}#` } }],
    ...(plan ? { planId: { contains: plan } } : {}),
  });
}

export async function taskById(db: Db, id: number): Promise<TaskDetail | null> {
  return (await detailsWhere(db, { id }))[0] ?? null;
}

/** Every task of every plan (for reviewers and admins, who see all). */
export async function allTasks(db: Db): Promise<AgencyTask[]> {
  const rows = await db.task.findMany({
    where: { isHeading: false },
    select: { id: true, planId: true, code: true, key: true, title: true, deadline: true, ordinal: true, plan: { select: { title: true } } },
  });
  return rows.map((t) => ({ taskId: t.id, planId: t.planId, planTitle: t.plan.title, code: t.code, key: t.key, title: t.title, role: "lead" as Role, deadline: JSON.parse(t.deadline) as Deadline, ordinal: t.ordinal }));
}

async function detailsWhere(db: Db, where: NonNullable<Parameters<Db["task"]["findMany"]>[0]>["where"]): Promise<TaskDetail[]> {
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
      ? await db.task.findMany({ where: { planId: t.planId, sectionId: t.sectionId, parentCode: t.code }, orderBy: { ordinal: "asc" }, select: { code: true, title: true } })
      : [];
    const side = (role: string) =>
      t.assignments
        .filter((a) => a.role === role)
        .map((a) => (a.agencyId ? { id: a.agencyId, name: a.agency!.name, type: "agency" as const } : { id: a.groupId!, name: a.group!.name, type: "group" as const }));
    out.push({
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
      lead: side("lead"),
      support: side("support"),
      children,
    });
  }
  return out;
}
