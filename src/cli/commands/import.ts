import { importPlanFiles, replacementDoubt } from "../../core/plans.js";
import type { PlanDiff } from "../../db/plan-repo.js";
import { UsageError, type CliContext } from "../context.js";

export async function importCommand(
  ctx: CliContext,
  files: string[],
  opts: { force: boolean; dryRun: boolean },
): Promise<number> {
  if (files.length === 0) throw new UsageError(ctx.t("cli-missing-arg", { what: "<tệp>" }));
  const db = await ctx.db();
  const results = await importPlanFiles(db.client, files, ctx.clock, { ...opts, log: ctx.log });
  if (ctx.json) {
    ctx.printJson({
      ...(opts.dryRun ? { dryRun: true } : {}),
      plans: results.flatMap((r) =>
        r.ok ? [{ ...r.report, outcome: r.outcome, ms: r.ms, ...(opts.dryRun ? { diff: r.diff } : {}) }] : [],
      ),
      errors: results.flatMap((r) => (r.ok ? [] : [{ file: r.file, error: r.error }])),
    });
  } else {
    for (const r of results) {
      if (!r.ok) {
        ctx.print(ctx.t("import-file-failed", { file: r.file, message: r.error }));
        continue;
      }
      const rep = r.report;
      ctx.print(
        ctx.t("import-plan", {
          title: rep.title,
          year: String(rep.year),
          outcome: r.outcome,
          sections: rep.sections,
          tasks: rep.tasks,
          headings: rep.headings,
          rotation: rep.rotationSlots,
          unresolved: rep.unresolvedAgencies.length,
          unclassified: rep.unclassifiedDeadlines.length,
          warnings: rep.warnings.length,
        }),
      );
      for (const u of rep.unresolvedAgencies) ctx.print(`    ${ctx.t("import-unresolved", u)}`);
      for (const u of rep.unclassifiedDeadlines) ctx.print(`    ${ctx.t("import-unclassified", u)}`);
      for (const w of rep.warnings) ctx.print(`    ${ctx.t("import-warning", { line: w.line, message: w.message })}`);
      if (r.outcome === "dry-run") printDiff(ctx, r.diff);
      ctx.print(ctx.t("import-took", { ms: r.ms }));
    }
  }
  return results.every((r) => r.ok) ? 0 : 1;
}

/** What importing the file would change in the plan loaded, and the submissions that would lose their task. */
function printDiff(ctx: CliContext, diff: PlanDiff): void {
  if (!diff.loaded) {
    ctx.print(ctx.t("import-dry-new", { tasks: diff.added.length }));
    return;
  }
  const { added, removed, changed, orphaned } = diff;
  ctx.print(ctx.t("import-dry-diff", { added: added.length, removed: removed.length, changed: changed.length }));
  const keys = (list: string[]) => list.slice(0, 30).join(", ") + (list.length > 30 ? ", …" : "");
  if (added.length) ctx.print(`    ${ctx.t("import-dry-added", { keys: keys(added) })}`);
  if (removed.length) ctx.print(`    ${ctx.t("import-dry-removed", { keys: keys(removed) })}`);
  if (changed.length) ctx.print(`    ${ctx.t("import-dry-changed", { keys: keys(changed) })}`);
  if (orphaned.length)
    ctx.print(`    ${ctx.t("import-dry-orphaned", { count: orphaned.length, receipts: keys(orphaned) })}`);
  const doubt = replacementDoubt(diff);
  ctx.print(doubt ? ctx.t("import-dry-doubt", { doubt }) : ctx.t("import-dry-nothing-written"));
}
