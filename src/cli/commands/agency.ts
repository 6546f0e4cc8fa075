import { AgencyDirectory, type Candidate, type LookupResult } from "../../domain/agency/lookup.js";
import { storedJurisdictions } from "../../db/directory-repo.js";
import { UsageError, type CliContext } from "../context.js";

/** The directories as loaded in the database (shipped, or imported with `directory import`). */
export async function agencyDirectory(ctx: Pick<CliContext, "db">): Promise<AgencyDirectory> {
  return new AgencyDirectory(await storedJurisdictions((await ctx.db()).client));
}

type Say = (id: string, args: Record<string, string>) => string;

/**
 * Why a lookup is not taken, in one line, or null when it is: nothing like it, only agencies without the words
 * typed (with the closest), or one of several where acting on a guess would matter. The rule of every command
 * and of the console's `--as`.
 */
export function agencyRefusal(found: LookupResult, say: Say, opts: { ambiguousOk?: boolean } = {}): string | null {
  const candidates = found.candidates.map((c) => c.name).join("; ");
  if (!found.match)
    return found.weak
      ? say("agency-weak", { query: found.query, candidates })
      : say("agency-none", { query: found.query });
  return found.ambiguous && !opts.ambiguousOk ? say("cli-agency-ambiguous", { candidates }) : null;
}

/** The agency typed, or a usage error (exit 2) saying why not. */
export async function agencyOrRefuse(
  ctx: CliContext,
  query: string,
  opts: { ambiguousOk?: boolean } = {},
): Promise<Candidate> {
  const found = (await agencyDirectory(ctx)).lookup(query);
  const refused = agencyRefusal(found, ctx.t, opts);
  if (refused || !found.match) throw new UsageError(refused ?? "");
  return found.match;
}

export async function agencyCommand(ctx: CliContext, query: string | undefined): Promise<number> {
  if (!query?.trim()) throw new UsageError(ctx.t("cli-missing-arg", { what: '"<tên cơ quan>"' }));
  const result = (await agencyDirectory(ctx)).lookup(query);
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
  if (!result.match) throw new UsageError(agencyRefusal(result, ctx.t)!);
  ctx.print(result.ambiguous ? ctx.t("agency-ambiguous") : ctx.t("agency-match", { name: result.match.name }));
  for (const c of result.ambiguous ? result.candidates : result.candidates.slice(1))
    ctx.print(`  ${ctx.t("agency-candidate", { name: c.name, id: c.id })}`);
  return 0;
}
