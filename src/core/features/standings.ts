import { formatVnDate, quarterStart } from "../../domain/calendar.js";
import { today } from "../../domain/clock.js";
import { resolveQuarter, type Intent } from "../../domain/intent.js";
import { quarterDue, quarterLabel, type Quarter } from "../../domain/quarter.js";
import { callbackData } from "../callback.js";
import { say, type Turn } from "../context.js";
import type { Feature } from "../feature.js";
import { escapeHtml } from "../html.js";
import { ranking, rankedPlans, yearSpan, type RankedAgency } from "../ranking.js";
import { articleChartPng, chartFile } from "../board/chat-chart.js";
import { articleCycleOf } from "../submissions/cycle.js";
import { quarterStandings, summarise } from "../submissions/reports.js";
import type { Button, Reply } from "../types.js";
import { isReviewer } from "./review.js";

/** A page of one plan's ranking: the plan by its place in the list, a quarter (0 = the year), the year. */
export const RANK_PAGE = callbackData("rk", { plan: "int", quarter: "int", year: "int", page: "int" });
const RANK_SIZE = 20;

/** The plans a reviewer ranks: their own agency's, or every plan for a reviewer outside them. */
async function plansFor(turn: Turn): Promise<{ id: string; title: string }[]> {
  const all = await rankedPlans(turn);
  const agencyId = turn.account.user.agencyId;
  const mine = new Set(agencyId ? (await turn.catalog.forAgency(agencyId)).map((t) => t.planId) : []);
  const own = all.filter((p) => mine.has(p.id));
  return own.length ? own : all;
}

function rankingLine(turn: Turn, r: RankedAgency): string {
  return turn.t("ranking-line", {
    rank: r.rank,
    agency: r.agency,
    rate: `${Math.round((r.onTimeRate ?? 0) * 100)}%`,
    onTime: r.onTime,
    due: r.due,
    late: r.late,
    missing: r.missing,
  });
}

/** One page of one plan's standing, with the way to the next page and to the other plans. */
async function rankingPage(turn: Turn, at: { plan: number; q: Quarter | null; year: number; page: number }) {
  const plans = await plansFor(turn);
  const plan = plans[at.plan];
  if (!plan) return say(turn.t("button-stale"));
  const day = today(turn.clock);
  const span = at.q
    ? { planId: plan.id, from: quarterStart(at.q.year, at.q.quarter), to: quarterDue(at.q) }
    : yearSpan(plan.id, at.year);
  const rows = await ranking(turn, span, day);
  const pages = Math.max(1, Math.ceil(rows.length / RANK_SIZE));
  const page = Math.min(Math.max(1, at.page), pages);
  const period = at.q ? quarterLabel(at.q) : String(at.year);
  const lines = [turn.t("ranking-title", { period, plan: plan.title })];
  if (rows.length === 0) lines.push(turn.t("ranking-none"));
  else lines.push(turn.t("ranking-page", { page, pages, count: rows.length }));
  for (const r of rows.slice((page - 1) * RANK_SIZE, page * RANK_SIZE)) lines.push(rankingLine(turn, r));
  lines.push("", turn.t("ranking-rules"));
  const go = (plan: number, page: number) =>
    RANK_PAGE.pack({ plan, quarter: at.q?.quarter ?? 0, year: at.q?.year ?? at.year, page });
  const nav: Button[] = [];
  if (page > 1) nav.push({ label: turn.plain("button-prev"), data: go(at.plan, page - 1) });
  if (page < pages) nav.push({ label: turn.plain("button-more"), data: go(at.plan, page + 1) });
  const others = plans
    .map((p, i) => ({ p, i }))
    .filter(({ i }) => i !== at.plan)
    .map(({ p, i }) => [{ label: turn.plain("ranking-other-plan", { plan: p.title }), data: go(i, 1) }]);
  return say(lines.join("\n"), [...(nav.length ? [nav] : []), ...others]);
}

/** "/xephang", "xếp hạng quý 1": the standing of the reviewer's plan by the ranking rules. */
function rankingReply(turn: Turn, intent: Intent): Promise<Reply> {
  const day = today(turn.clock);
  const q = intent.params.quarter ? resolveQuarter(intent.params.quarter, day, intent.params.year) : null;
  const year = q?.year ?? intent.params.year ?? Number(day.slice(0, 4));
  return rankingPage(turn, { plan: 0, q, year, page: 1 });
}

/** "thống kê quý 1", "ai chưa nộp": the quarter's article figures and who has not sent it. */
async function quarterFigures(turn: Turn, intent: Intent): Promise<Reply> {
  const cycle = await articleCycleOf(turn);
  if (!cycle) return say(turn.t("review-no-cycle"));
  const day = today(turn.clock);
  const q = resolveQuarter(intent.params.quarter, day, intent.params.year);
  const standings = await quarterStandings(turn.db, cycle, q, day);
  const summary = summarise(q, standings);
  const missing = summary.missing.map((m) => `• ${escapeHtml(m.name)}`);
  const title = turn.t("missing-title", { quarter: quarterLabel(q), count: summary.missing.length });
  if (intent.intent === "review_missing") return say([title, ...missing].join("\n"));
  const png = await articleChartPng(turn, standings, turn.plain("stats-chart-axis"), turn.locale);
  const reply = say(
    [
      turn.t("stats-title", { quarter: quarterLabel(q), due: formatVnDate(summary.due) }),
      turn.t("stats-counts", {
        onTime: summary.onTime,
        late: summary.late,
        returned: summary.returned,
        missing: summary.missing.length,
        total: cycle.agencies.length,
      }),
      "",
      title,
      ...missing,
    ].join("\n"),
  );
  const caption = turn.t("stats-chart-caption", { quarter: quarterLabel(q) });
  reply.messages.push({ text: caption, file: await chartFile(turn, png) });
  return reply;
}

/** Reviewers: the quarter's figures, who is missing, and the ranking. */
export const standingsFeature: Feature = {
  name: "standings",
  intents: ["review_stats", "review_missing", "review_ranking"],
  callbacks: [RANK_PAGE],
  onIntent(turn, intent) {
    if (!isReviewer(turn)) return Promise.resolve(say(turn.t("review-only")));
    return intent.intent === "review_ranking" ? rankingReply(turn, intent) : quarterFigures(turn, intent);
  },
  async onCallback(turn, data) {
    if (!isReviewer(turn)) return { ...say(turn.t("review-only")), toast: turn.plain("not-allowed") };
    const at = RANK_PAGE.unpack(data)!;
    const q = at.quarter >= 1 && at.quarter <= 4 ? { year: at.year, quarter: at.quarter } : null;
    return { ...(await rankingPage(turn, { plan: at.plan, q, year: at.year, page: at.page })), edit: true };
  },
};
