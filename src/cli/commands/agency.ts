import { AgencyDirectory } from "../../domain/agency/lookup.js";
import { jurisdictions } from "../../directory/index.js";
import { UsageError, type CliContext } from "../context.js";

let directory: AgencyDirectory | undefined;
export function agencyDirectory(): AgencyDirectory {
  directory ??= new AgencyDirectory(jurisdictions);
  return directory;
}

export async function agencyCommand(ctx: CliContext, query: string | undefined): Promise<number> {
  if (!query?.trim()) throw new UsageError(ctx.t("cli-missing-arg", { what: '"<tên cơ quan>"' }));
  const result = agencyDirectory().lookup(query);
  if (ctx.json) {
    ctx.printJson({
      query: result.query,
      match: result.match?.name ?? null,
      matchId: result.match?.id ?? null,
      ambiguous: result.ambiguous,
      candidates: result.candidates.map((c) => c.name),
      details: result.candidates,
    });
    return result.match ? 0 : 1;
  }
  if (!result.match) {
    ctx.print(ctx.t("agency-none", { query }));
    return 1;
  }
  ctx.print(result.ambiguous ? ctx.t("agency-ambiguous") : ctx.t("agency-match", { name: result.match.name }));
  for (const c of result.ambiguous ? result.candidates : result.candidates.slice(1))
    ctx.print(`  ${ctx.t("agency-candidate", { name: c.name, id: c.id })}`);
  return 0;
}
