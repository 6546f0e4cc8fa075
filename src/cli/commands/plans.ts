import { listPlans } from "../../db/plan-repo.js";
import type { CliContext } from "../context.js";

export async function plansCommand(ctx: CliContext): Promise<number> {
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
        at: p.importedAt.slice(0, 16).replace("T", " "),
      }),
    );
  return 0;
}
