import type { Db } from "../../db/client.js";
import type { Services } from "../context.js";
import { naturalCompare } from "../../domain/text.js";
import { leadAgencies, recurringArticleTasks, taskByCode } from "../../db/task-repo.js";

/**
 * The quarterly article cycle is a task of a plan (HCMC 2024: 1.14, "Hàng quý
 * gửi ít nhất 01 bài viết..."). Its lead agencies are the ones that owe an
 * article every quarter. A configured "<plan id>:<code>" names it; otherwise
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
  let task: Awaited<ReturnType<typeof taskByCode>>;
  if (configured) {
    const [planId = "", code = ""] = configured.split(":");
    task = await taskByCode(db, planId, code);
  } else {
    const candidates = await recurringArticleTasks(db);
    task =
      candidates.find((t) => (JSON.parse(t.deadline) as { periods?: string[] }).periods?.includes("quarterly")) ?? null;
  }
  if (!task) return null;
  const order = (k: string) => (k === "department" ? 0 : k === "district" ? 1 : 2);
  return {
    taskId: task.id,
    planId: task.planId,
    code: task.code,
    agencies: (await leadAgencies(db, task.id)).sort(
      (a, b) => order(a.kind) - order(b.kind) || naturalCompare(a.name, b.name),
    ),
  };
}

const cycles = new WeakMap<
  object,
  { generation: number; configured: string | undefined; cycle: ArticleCycle | null }
>();

/**
 * The article cycle, found once per load of the plans (it is read on every list and report): cached on the
 * catalog, whose generation changes when the plans do.
 */
export async function articleCycleOf(
  services: Pick<Services, "db" | "catalog" | "config">,
): Promise<ArticleCycle | null> {
  await services.catalog.allTasks(); // brings the catalog (and its generation) up to date
  const known = cycles.get(services.catalog);
  const configured = services.config.articleTask;
  if (known && known.generation === services.catalog.generation && known.configured === configured) return known.cycle;
  const cycle = await findArticleCycle(services.db, configured);
  cycles.set(services.catalog, { generation: services.catalog.generation, configured, cycle });
  return cycle;
}
