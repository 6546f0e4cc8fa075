import { importPlanFiles } from "../../core/plans.js";
import { UsageError, type CliContext } from "../context.js";

export async function importCommand(ctx: CliContext, files: string[], opts: { force: boolean }): Promise<number> {
  if (files.length === 0) throw new UsageError(ctx.t("cli-missing-arg", { what: "<tệp>" }));
  const db = await ctx.db();
  const results = await importPlanFiles(db.client, files, ctx.clock, { force: opts.force, log: ctx.log });
  if (ctx.json) {
    ctx.printJson({
      plans: results.flatMap((r) => (r.ok ? [{ ...r.report, outcome: r.outcome, ms: r.ms }] : [])),
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
      ctx.print(ctx.t("import-took", { ms: r.ms }));
    }
  }
  return results.every((r) => r.ok) ? 0 : 1;
}
