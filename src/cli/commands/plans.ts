import { listPlans, removePlan } from "../../db/plan-repo.js";
import { UsageError, type CliContext } from "../context.js";
import { formatVnDateTime } from "../../domain/clock.js";

export async function plansCommand(ctx: CliContext, action?: string, id?: string): Promise<number> {
  if (action === "remove") return remove(ctx, id);
  if (action !== undefined) throw new UsageError(ctx.t("cli-plans-usage"));
  const plans = await listPlans((await ctx.db()).client);
  if (ctx.json) {
    ctx.printJson({
      plans: plans.map(({ report, ...p }) => ({
        ...p,
        headings: report.headings,
        rotationSlots: report.rotationSlots,
        warnings: report.warnings.length,
      })),
    });
    return 0;
  }
  if (plans.length === 0) ctx.print(ctx.t("plans-none"));
  for (const p of plans)
    ctx.print(
      ctx.t("plans-line", {
        id: p.id,
        title: p.title,
        year: String(p.year),
        tasks: p.tasks,
        at: formatVnDateTime(new Date(p.importedAt)),
      }),
    );
  return 0;
}

/** `plans remove <id>`: only a plan no submission refers to. */
async function remove(ctx: CliContext, id: string | undefined): Promise<number> {
  if (!id?.trim())
    throw new UsageError(ctx.t("cli-missing-arg", { what: "<mã kế hoạch> (xem: npm run cli -- plans)" }));
  const r = await removePlan((await ctx.db()).client, id.trim());
  if (ctx.json) ctx.printJson({ plan: id, ...r });
  if (!r.removed && r.reason === "unknown") throw new UsageError(ctx.t("cli-no-plan", { plan: id }));
  if (ctx.json) return r.removed ? 0 : 1;
  if (r.removed) {
    ctx.print(ctx.t("plans-removed", { plan: id, tasks: r.tasks }));
    return 0;
  }
  if (r.reason !== "submissions") return 1;
  ctx.print(ctx.t("plans-remove-refused", { plan: id, tasks: r.tasks.length }));
  for (const t of r.tasks.slice(0, 20))
    ctx.print(`    ${ctx.t("plans-remove-held", { key: t.key, receipts: t.receipts.join(", ") })}`);
  return 1;
}
