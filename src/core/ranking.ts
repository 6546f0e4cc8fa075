// The year-end standing officials are scored on, from the progress model's completion figures. The rules are
// stated once here and in the README ("Ranking rules"); /xephang and the ranking export both use them.
import type { IsoDate } from "../domain/calendar.js";
import { endOfYear } from "../domain/calendar.js";
import { naturalCompare } from "../domain/text.js";
import type { Services } from "./context.js";
import { namedCompletions, type AgencyCompletion } from "./progress.js";

export interface RankedAgency extends AgencyCompletion {
  rank: number;
  agency: string;
}

export interface RankingSpan {
  /** The plan ranked; every plan is ranked on its own (a city's agencies are not mixed with another's). */
  planId: string;
  from: IsoDate;
  to: IsoDate;
}

/**
 * Best first, by shares of the occurrences due (so a unit owing more is not punished for it): (1) on time;
 * (2) reported at all (on time or late); (3) accepted. Agencies equal on all three share a rank (1, 1, 3) and are
 * listed in natural name order (Quận 1, Quận 3, Quận 10). Agencies with nothing due are not ranked.
 */
export function rankCompletions(rows: (AgencyCompletion & { agency: string })[]): RankedAgency[] {
  const ranked = rows.filter((r) => r.due > 0);
  // Shares compared with a tolerance: 1/3 and 2/6 are the same share.
  const key = (r: AgencyCompletion) => [r.onTime, r.onTime + r.late, r.accepted].map((n) => n / r.due);
  const order = (a: AgencyCompletion, b: AgencyCompletion) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (Math.abs(x[i]! - y[i]!) > 1e-9) return y[i]! - x[i]!;
    return 0;
  };
  ranked.sort((a, b) => order(a, b) || naturalCompare(a.agency, b.agency));
  let rank = 0;
  return ranked.map((r, i) => {
    if (i === 0 || order(ranked[i - 1]!, r) !== 0) rank = i + 1;
    return { ...r, rank };
  });
}

/** The plans with tasks, in id order, each with the year its tasks are owed in. */
export async function rankedPlans(services: Pick<Services, "catalog">): Promise<{ id: string; title: string }[]> {
  const seen = new Map<string, string>();
  for (const t of await services.catalog.allTasks()) if (!seen.has(t.planId)) seen.set(t.planId, t.planTitle);
  return [...seen].map(([id, title]) => ({ id, title }));
}

/** One plan's standing over a span (a year or a quarter), as of `today`. */
export async function ranking(
  services: Pick<Services, "db" | "config" | "catalog">,
  span: RankingSpan,
  today: IsoDate,
): Promise<RankedAgency[]> {
  return rankCompletions(await namedCompletions(services, today, span));
}

/** A year as a span of one plan. */
export const yearSpan = (planId: string, year: number): RankingSpan => ({
  planId,
  from: `${year}-01-01`,
  to: endOfYear(year),
});
