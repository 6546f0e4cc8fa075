import type { Db } from "../../db/client.js";

/**
 * The quarterly article cycle is a task of a plan (HCMC 2024: 1.14, "Hàng quý
 * gửi ít nhất 01 bài viết..."). Its lead agencies are the ones that owe an
 * article every quarter. ARTICLE_TASK ("<plan id>:<code>") names it; otherwise
 * it is the quarterly task whose product is an article.
 */
export interface ArticleCycle {
  taskId: number;
  planId: string;
  code: string;
  /** Agencies that owe an article each quarter, by id, with names. */
  agencies: { id: string; name: string; kind: string }[];
}

export async function findArticleCycle(db: Db, configured?: string): Promise<ArticleCycle | null> {
  let task: Awaited<ReturnType<Db["task"]["findFirst"]>>;
  if (configured) {
    const [planId, code] = configured.split(":");
    task = await db.task.findFirst({ where: { planId, code, isHeading: false } });
  } else {
    const candidates = await db.task.findMany({
      where: { isHeading: false, deadlineKind: "recurring", product: { contains: "Bài viết" } },
      orderBy: [{ planId: "asc" }, { ordinal: "asc" }],
    });
    task =
      candidates.find((t) => (JSON.parse(t.deadline) as { periods?: string[] }).periods?.includes("quarterly")) ?? null;
  }
  if (!task) return null;
  const leads = await db.taskAssignment.findMany({
    where: { taskId: task.id, role: "lead" },
    include: { agency: true, group: { include: { members: { include: { agency: true } } } } },
  });
  const agencies = new Map<string, { id: string; name: string; kind: string }>();
  for (const a of leads) {
    if (a.agency) agencies.set(a.agency.id, { id: a.agency.id, name: a.agency.name, kind: a.agency.kind });
    for (const m of a.group?.members ?? [])
      agencies.set(m.agency.id, { id: m.agency.id, name: m.agency.name, kind: m.agency.kind });
  }
  const order = (k: string) => (k === "department" ? 0 : k === "district" ? 1 : 2);
  return {
    taskId: task.id,
    planId: task.planId,
    code: task.code,
    agencies: [...agencies.values()].sort(
      (a, b) => order(a.kind) - order(b.kind) || a.name.localeCompare(b.name, "vi"),
    ),
  };
}
