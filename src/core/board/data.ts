// What the reviewer board shows, from the progress model: the quarter's article standing, every agency's due
// occurrences, the figures by agency group, and the year's ranking. Channel- and HTML-free.
import { quarterStart, type IsoDate } from "../../domain/calendar.js";
import { quarterDue, type Quarter } from "../../domain/quarter.js";
import type { Services } from "../context.js";
import { completionBySpans, progressOptions, type AgencyCompletion } from "../progress.js";
import { rankCompletions, rankedPlans, yearSpan, type RankedAgency } from "../ranking.js";
import { articleCycleOf } from "../submissions/cycle.js";
import { quarterStandings, summarise, type Outcome, type QuarterSummary } from "../submissions/reports.js";

export type BoardServices = Pick<Services, "db" | "config" | "catalog">;

export interface BoardRow {
  agencyId: string;
  agency: string;
  /** `<jurisdiction>:<kind>`: departments, districts, Sa Đéc units… */
  group: string;
  /** The quarter's article, when the plan has the article cycle and the agency owes it. */
  article: { outcome: Outcome; accepted: boolean; receipts: string[] } | null;
  /** Occurrences due in the quarter (up to today), led by the agency. */
  tasks: Pick<AgencyCompletion, "due" | "onTime" | "late" | "missing" | "accepted">;
}

export interface GroupFigures {
  group: string;
  agencies: number;
  onTime: number;
  late: number;
  missing: number;
}

export interface Board {
  plan: { id: string; title: string };
  plans: { id: string; title: string }[];
  quarter: Quarter;
  /** The article figures, as `submissions missing` and /thongke count them; null without an article cycle. */
  article: (QuarterSummary & { accepted: number; owed: number }) | null;
  /** Occurrences over every agency, as `progress summary` counts them for the quarter. */
  tasks: GroupFigures;
  rows: BoardRow[];
  groups: GroupFigures[];
  /** The year's standing by the ranking rules. */
  ranking: RankedAgency[];
}

const ZERO = { due: 0, onTime: 0, late: 0, missing: 0, accepted: 0 };

/** The board of one plan (default: the first) for one quarter, as of `today`. */
export async function boardOf(
  services: BoardServices,
  q: Quarter,
  today: IsoDate,
  planId?: string,
): Promise<Board | null> {
  const plans = await rankedPlans(services);
  const plan = plans.find((p) => p.id === planId) ?? (planId ? undefined : plans[0]);
  if (!plan) return null;
  const directory = await services.catalog.directory();
  const groupOf = (id: string) => {
    const a = directory.byId(id);
    return a ? `${a.jurisdiction}:${a.kind}` : "other";
  };
  // The quarter's figures and the year's ranking in one pass over every agency's tasks.
  const year = yearSpan(plan.id, q.year);
  const spans = await completionBySpans(services, { ...progressOptions(services.config, today), planId: plan.id }, [
    { from: quarterStart(q.year, q.quarter), to: quarterDue(q) },
    { from: year.from, to: year.to },
  ]);
  const completions = spans.map(({ agencyId, bySpan }) => ({ agencyId, ...bySpan[0]! }));
  const cycle = await articleCycleOf(services);
  const standings = cycle?.planId === plan.id ? await quarterStandings(services.db, cycle, q, today) : [];
  const byAgency = new Map<string, BoardRow>();
  const row = (agencyId: string, agency: string) => {
    let r = byAgency.get(agencyId);
    if (!r) {
      r = { agencyId, agency, group: groupOf(agencyId), article: null, tasks: ZERO };
      byAgency.set(agencyId, r);
    }
    return r;
  };
  for (const s of standings)
    row(s.agencyId, s.agency).article = { outcome: s.outcome, accepted: s.accepted, receipts: s.receipts };
  const names = await services.catalog.agencyNames();
  const ofYear = spans.map(({ agencyId, bySpan }) => ({
    agencyId,
    agency: names.get(agencyId) ?? agencyId,
    ...bySpan[1]!,
  }));
  for (const c of completions) {
    if (c.due === 0) continue;
    const { due, onTime, late, missing, accepted } = c;
    row(c.agencyId, names.get(c.agencyId) ?? c.agencyId).tasks = { due, onTime, late, missing, accepted };
  }
  const rows = [...byAgency.values()];
  const summary = cycle?.planId === plan.id ? summarise(q, standings) : null;
  return {
    plan,
    plans,
    quarter: q,
    article: summary && {
      ...summary,
      accepted: standings.filter((s) => s.accepted).length,
      owed: standings.length,
    },
    tasks: figures("all", rows),
    rows,
    groups: [...new Set(rows.map((r) => r.group))].sort().map((g) =>
      figures(
        g,
        rows.filter((r) => r.group === g),
      ),
    ),
    ranking: rankCompletions(ofYear),
  };
}

function figures(group: string, rows: BoardRow[]): GroupFigures {
  const sum = (k: "onTime" | "late" | "missing") => rows.reduce((n, r) => n + r.tasks[k], 0);
  // Agencies with something due: one that only owes the article is not counted among the quarter's tasks.
  const agencies = rows.filter((r) => r.tasks.due > 0).length;
  return { group, agencies, onTime: sum("onTime"), late: sum("late"), missing: sum("missing") };
}
