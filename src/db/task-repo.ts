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
  return detailsWhere(db, {
    OR: [{ code: wanted }, { key: wanted }, { key: { startsWith: `${wanted}#` } }],
    ...(plan ? { planId: { contains: plan } } : {}),
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
