import { activeIdsWithRole, type UserRole } from "../../db/user-repo.js";
import { submissionById } from "../../db/submission-repo.js";
import { formatVnDate } from "../../domain/calendar.js";
import { today } from "../../domain/clock.js";
import { resolveQuarter, type Intent } from "../../domain/intent.js";
import { quarterDue, quarterLabel } from "../../domain/quarter.js";
import { submissionsWhere } from "../../db/submission-repo.js";
import { callbackData } from "../callback.js";
import type { Feature, Flow } from "../feature.js";
import { shorten } from "../../domain/text.js";
import { escapeHtml } from "../html.js";
import { cancelButton, say, setState, text, type Turn } from "../context.js";
import { articleCycleOf } from "../submissions/cycle.js";
import { quarterStandings, summarise } from "../submissions/reports.js";
import { ranking, rankedPlans, yearSpan } from "../ranking.js";
import { quarterStart } from "../../domain/calendar.js";
import { reviewSubmission } from "../submissions/service.js";
import type { OutMessage, Reply, Words } from "../types.js";
import { html } from "../../i18n.js";

const REVIEWERS: UserRole[] = ["reviewer", "admin"];
export const ACCEPT = callbackData("rv:a", { id: "int" });
export const RETURN = callbackData("rv:r", { id: "int" });
const INBOX_SIZE = 8;

function isReviewer(turn: Turn): boolean {
  return turn.account.user.status === "active" && REVIEWERS.includes(turn.account.user.role);
}

/** The message a reviewer gets for a new submission: what, who, when, and the file itself. */
export async function notifyReviewers(turn: Turn, submissionId: number): Promise<Reply["notify"]> {
  const s = await submissionById(turn.db, submissionId);
  if (!s) return [];
  const reviewers = await activeIdsWithRole(turn.db, "reviewer");
  const body = s.contentType === "link" || s.contentType === "text" ? shorten(s.body ?? "", 600) : (s.fileName ?? "");
  const file = s.filePath
    ? {
        file: {
          path: turn.store.absolute(s.filePath),
          name: s.fileName ?? "tep",
          kind: s.contentType === "photo" ? ("photo" as const) : ("document" as const),
        },
      }
    : {};
  const render = (w: Words): OutMessage => ({
    text: w
      .t("review-new", {
        receipt: s.receipt,
        agency: s.agency.name,
        what: html(
          s.kind === "article" ? w.t("review-kind-article") : w.t("review-kind-report", { code: s.task?.code ?? "" }),
        ),
        quarter: quarterLabel(s),
        onTime: s.onTime ? "yes" : "no",
        body,
        title: s.title ?? "",
      })
      .concat(s.duplicateOf ? `\n${w.t("review-duplicate", { receipt: s.duplicateOf })}` : ""),
    buttons: [
      [
        { label: w.plain("button-accept"), data: ACCEPT.pack({ id: s.id }) },
        { label: w.plain("button-return"), data: RETURN.pack({ id: s.id }) },
      ],
    ],
    ...file,
  });
  return reviewers.map((userId) => ({ userId, render }));
}

async function decideSubmission(turn: Turn, id: number, accept: boolean, comment: string | null): Promise<Reply> {
  const result = await reviewSubmission(turn.db, id, turn.account.user.id, accept, comment, turn.clock.now());
  if (result !== "ok") return say(turn.t(result === "not-found" ? "button-stale" : "review-already"));
  const s = (await submissionById(turn.db, id))!;
  const reply = say(
    turn.t(accept ? "review-accepted" : "review-returned", { receipt: s.receipt, agency: s.agency.name }),
  );
  reply.edit = accept;
  if (s.submittedById) {
    const notice = accept ? "review-accepted-notice" : "review-returned-notice";
    reply.notify.push({
      userId: s.submittedById,
      render: (w) => text(w.t(notice, { receipt: s.receipt, comment: comment ?? "" })),
    });
  }
  return reply;
}

const RANKING_LINES = 30;

/** The plans a reviewer ranks: their own agency's, or every plan for a reviewer outside them. */
async function plansFor(turn: Turn): Promise<{ id: string; title: string }[]> {
  const all = await rankedPlans(turn);
  const agencyId = turn.account.user.agencyId;
  const mine = new Set(agencyId ? (await turn.catalog.forAgency(agencyId)).map((t) => t.planId) : []);
  const own = all.filter((p) => mine.has(p.id));
  return own.length ? own : all;
}

/** "/xephang", "xếp hạng quý 1": each plan's standing by the ranking rules, for the year or a quarter. */
async function rankingReply(turn: Turn, intent: Intent): Promise<Reply> {
  const day = today(turn.clock);
  const q = intent.params.quarter ? resolveQuarter(intent.params.quarter, day, intent.params.year) : null;
  const year = q?.year ?? intent.params.year ?? Number(day.slice(0, 4));
  const period = q ? quarterLabel(q) : String(year);
  const lines: string[] = [];
  for (const plan of await plansFor(turn)) {
    const span = q
      ? { planId: plan.id, from: quarterStart(q.year, q.quarter), to: quarterDue(q) }
      : yearSpan(plan.id, year);
    const rows = await ranking(turn, span, day);
    if (lines.length) lines.push("");
    lines.push(turn.t("ranking-title", { period, plan: plan.title }));
    if (rows.length === 0) {
      lines.push(turn.t("ranking-none"));
      continue;
    }
    for (const r of rows.slice(0, RANKING_LINES))
      lines.push(
        turn.t("ranking-line", {
          rank: r.rank,
          agency: r.agency,
          rate: `${Math.round((r.onTimeRate ?? 0) * 100)}%`,
          onTime: r.onTime,
          due: r.due,
          late: r.late,
          missing: r.missing,
        }),
      );
    if (rows.length > RANKING_LINES) lines.push(turn.t("ranking-more", { count: rows.length - RANKING_LINES }));
  }
  lines.push("", turn.t("ranking-rules"));
  return say(lines.join("\n"));
}

async function standingCommand(turn: Turn, intent: Intent): Promise<Reply> {
  if (intent.intent === "review_ranking") return rankingReply(turn, intent);
  const cycle = await articleCycleOf(turn);
  if (!cycle) return say(turn.t("review-no-cycle"));
  const day = today(turn.clock);
  const q = resolveQuarter(intent.params.quarter, day, intent.params.year);
  const summary = summarise(q, await quarterStandings(turn.db, cycle, q, day));
  const missing = summary.missing.map((m) => `• ${escapeHtml(m.name)}`);
  if (intent.intent === "review_missing")
    return say(
      [turn.t("missing-title", { quarter: quarterLabel(q), count: summary.missing.length }), ...missing].join("\n"),
    );
  return say(
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
      turn.t("missing-title", { quarter: quarterLabel(q), count: summary.missing.length }),
      ...missing,
    ].join("\n"),
  );
}

/** "bài chờ duyệt": submissions waiting for a decision, oldest first. */
async function inbox(turn: Turn): Promise<Reply> {
  const rows = (await submissionsWhere(turn.db, { status: "submitted" })).sort((a, b) => a.id - b.id);
  if (rows.length === 0) return say(turn.t("inbox-empty"));
  const lines = [turn.t("inbox-title", { count: rows.length })];
  const buttons = [];
  for (const r of rows.slice(0, INBOX_SIZE)) {
    const what =
      r.kind === "article" ? turn.t("review-kind-article") : turn.t("review-kind-report", { code: r.task?.code ?? "" });
    const name = r.title || r.fileName || shorten(r.body ?? "", 40);
    const line = {
      receipt: r.receipt,
      agency: r.agency.name,
      what: html(what),
      quarter: quarterLabel(r),
      name,
      onTime: r.onTime ? "yes" : "no",
    };
    lines.push(turn.t("inbox-line", line));
    buttons.push([
      { label: turn.plain("button-accept-receipt", { receipt: r.receipt }), data: ACCEPT.pack({ id: r.id }) },
      { label: turn.plain("button-return-receipt", { receipt: r.receipt }), data: RETURN.pack({ id: r.id }) },
    ]);
  }
  if (rows.length > INBOX_SIZE) lines.push(turn.t("inbox-more", { count: rows.length - INBOX_SIZE }));
  return say(lines.join("\n"), buttons);
}

function dropComment(turn: Turn) {
  const { review: _r, paused: _p, held: _h, ...rest } = turn.account.state;
  return setState(turn, rest);
}

const commentFlow: Flow = {
  name: "flow-review",
  contentIntents: [
    "review_stats",
    "review_missing",
    "review_ranking",
    "review_inbox",
    "overdue",
    "due_soon",
    "submission_status",
  ],
  active: (state) => state.review !== undefined,
  fits: () => "free",
  async answer(turn, msg) {
    const pending = turn.account.state.review!;
    const said = (msg.text ?? "").trim();
    if (!said) return say(turn.t("review-ask-comment"), [[cancelButton(turn)]]);
    await dropComment(turn);
    return decideSubmission(turn, pending.submissionId, false, shorten(said, 1000));
  },
  resume: async (turn) => say(turn.t("review-ask-comment"), [[cancelButton(turn)]]),
  async cancel(turn) {
    await dropComment(turn);
    return say(turn.t("cancelled"));
  },
};

async function onCallback(turn: Turn, data: string): Promise<Reply> {
  if (!isReviewer(turn)) return { ...say(turn.t("not-allowed")), toast: turn.plain("not-allowed") };
  const accepted = ACCEPT.unpack(data);
  if (accepted) return decideSubmission(turn, accepted.id, true, null);
  const returned = RETURN.unpack(data)!;
  await setState(turn, { ...turn.account.state, review: { submissionId: returned.id } });
  return commentFlow.resume(turn);
}

/** Reviewers: the inbox, accepting or returning submissions, and the quarter's figures. */
export const reviewFeature: Feature = {
  name: "review",
  intents: ["review_stats", "review_missing", "review_ranking", "review_inbox"],
  callbacks: [ACCEPT, RETURN],
  flow: commentFlow,
  onIntent(turn, intent) {
    if (!isReviewer(turn))
      return Promise.resolve(say(turn.t(intent.intent === "review_inbox" ? "inbox-only" : "review-only")));
    return intent.intent === "review_inbox" ? inbox(turn) : standingCommand(turn, intent);
  },
  onCallback,
};
