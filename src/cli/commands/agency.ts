import { AgencyDirectory, type Candidate, type LookupResult } from "../../domain/agency/lookup.js";
import { jurisdictions } from "../../directory/index.js";
import { UsageError, type CliContext } from "../context.js";

let directory: AgencyDirectory | undefined;
export function agencyDirectory(): AgencyDirectory {
  directory ??= new AgencyDirectory(jurisdictions);
  return directory;
}

/** Why a lookup names no agency, in one line: nothing like it, or only agencies without the words typed. */
export function noAgency(ctx: CliContext, found: LookupResult): string {
  if (!found.weak) return ctx.t("agency-none", { query: found.query });
  return ctx.t("agency-weak", { query: found.query, candidates: found.candidates.map((c) => c.name).join("; ") });
}

/**
 * The agency typed, the same rule at every command: a weak match is refused with the closest agencies (exit 2),
 * as is an ambiguous one where acting on a guess would matter (an invitation, a reviewer's query).
 */
export function agencyOrRefuse(ctx: CliContext, query: string, opts: { ambiguousOk?: boolean } = {}): Candidate {
  const found = agencyDirectory().lookup(query);
  if (!found.match) throw new UsageError(noAgency(ctx, found));
  if (found.ambiguous && !opts.ambiguousOk)
    throw new UsageError(ctx.t("cli-agency-ambiguous", { candidates: found.candidates.map((c) => c.name).join("; ") }));
  return found.match;
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
      weak: result.weak,
      candidates: result.candidates.map((c) => c.name),
      details: result.candidates,
    });
    return result.match ? 0 : 2;
  }
  if (!result.match) throw new UsageError(noAgency(ctx, result));
  ctx.print(result.ambiguous ? ctx.t("agency-ambiguous") : ctx.t("agency-match", { name: result.match.name }));
  for (const c of result.ambiguous ? result.candidates : result.candidates.slice(1))
    ctx.print(`  ${ctx.t("agency-candidate", { name: c.name, id: c.id })}`);
  return 0;
}
