import type { UserRole } from "../../db/user-repo.js";
import { submissionById } from "../../db/submission-repo.js";
import { formatVnDate } from "../../domain/calendar.js";
import { today } from "../../domain/clock.js";
import type { Intent } from "../../domain/intent.js";
import { parseQuarter, quarterLabel } from "../../domain/quarter.js";
import { shorten } from "../../domain/text.js";
import { escapeHtml } from "../html.js";
import { say, setState, text, type Turn } from "../context.js";
import { findArticleCycle } from "../submissions/cycle.js";
import { quarterStandings, summarise, yearRanking } from "../submissions/reports.js";
import { reviewSubmission } from "../submissions/service.js";
import type { Incoming, OutMessage, Reply, Words } from "../types.js";
import { html } from "../../i18n.js";

const REVIEWERS: UserRole[] = ["reviewer", "admin"];

function isReviewer(turn: Turn): boolean {
  return turn.account.user.status === "active" && REVIEWERS.includes(turn.account.user.role);
}


/** The message a reviewer gets for a new submission: what, who, when, and the file itself. */
export async function notifyReviewers(turn: Turn, submissionId: number): Promise<Reply["notify"]> {
  const s = await submissionById(turn.db, submissionId);
  if (!s) return [];
  const reviewers = await turn.db.user.findMany({ where: { role: "reviewer", status: "active" }, select: { id: true } });
  const body = s.contentType === "link" || s.contentType === "text" ? shorten(s.body ?? "", 600) : (s.fileName ?? "");
  const file = s.filePath ? { file: { path: turn.store.absolute(s.filePath), name: s.fileName ?? "tep", kind: s.contentType === "photo" ? ("photo" as const) : ("document" as const) } } : {};
  const render = (w: Words): OutMessage => ({
    text: w.t("review-new", {
      receipt: s.receipt,
      agency: s.agency.name,
      what: html(s.kind === "article" ? w.t("review-kind-article") : w.t("review-kind-report", { code: s.task?.code ?? "" })),
      quarter: quarterLabel(s),
      onTime: s.onTime ? "yes" : "no",
      body,
      title: s.title ?? "",
    }),
    buttons: [
      [
        { label: w.plain("button-accept"), data: `rv:a:${s.id}` },
        { label: w.plain("button-return"), data: `rv:r:${s.id}` },
      ],
    ],
    ...file,
  });
  return reviewers.map((r) => ({ userId: r.id, render }));
}

async function decide(turn: Turn, id: number, accept: boolean, comment: string | null): Promise<Reply> {
  const result = await reviewSubmission(turn.db, id, turn.account.user.id, accept, comment, turn.clock.now());
  if (result !== "ok") return say(turn.t(result === "not-found" ? "button-stale" : "review-already"));
  const s = (await submissionById(turn.db, id))!;
  const reply = say(turn.t(accept ? "review-accepted" : "review-returned", { receipt: s.receipt, agency: s.agency.name }));
  reply.edit = accept;
  if (s.submittedById) {
    const notice = accept ? "review-accepted-notice" : "review-returned-notice";
    reply.notify.push({ userId: s.submittedById, render: (w) => text(w.t(notice, { receipt: s.receipt, comment: comment ?? "" })) });
  }
  return reply;
}

async function standingCommand(turn: Turn, intent: Intent): Promise<Reply> {
  const cycle = await findArticleCycle(turn.db, turn.config.articleTask);
  if (!cycle) return say(turn.t("review-no-cycle"));
  const day = today(turn.clock);
  if (intent.intent === "review_ranking") {
    const year = Number(intent.params.arg) || Number(day.slice(0, 4));
    const rows = await yearRanking(turn.db, cycle, year, day);
    const lines = [turn.t("ranking-title", { year: String(year) }), ...rows.slice(0, 40).map((r) => turn.t("ranking-line", { rank: r.rank, agency: r.agency, onTime: r.onTime, late: r.late, returned: r.returned, missing: r.missing }))];
    if (rows.length > 40) lines.push(turn.t("ranking-more", { count: rows.length - 40 }));
    return say(lines.join("\n"));
  }
  const q = parseQuarter(intent.params.arg ?? "", day);
  if (!q) return say(turn.t("submit-bad-quarter"));
  const summary = summarise(q, await quarterStandings(turn.db, cycle, q, day));
  const missing = summary.missing.map((m) => `• ${escapeHtml(m.name)}`);
  if (intent.intent === "review_missing") return say([turn.t("missing-title", { quarter: quarterLabel(q), count: summary.missing.length }), ...missing].join("\n"));
  return say(
    [turn.t("stats-title", { quarter: quarterLabel(q), due: formatVnDate(summary.due) }), turn.t("stats-counts", { onTime: summary.onTime, late: summary.late, returned: summary.returned, missing: summary.missing.length, total: cycle.agencies.length }), "", turn.t("missing-title", { quarter: quarterLabel(q), count: summary.missing.length }), ...missing].join("\n"),
  );
}

/** Reviewers: accept or return submissions, and the quarter's figures. */
export async function reviewExtension(turn: Turn, msg: Incoming, intent: Intent | null): Promise<Reply | null> {
  const pending = turn.account.state.review;
  const data = msg.callback;
  if (data?.startsWith("rv:")) {
    if (!isReviewer(turn)) return { ...say(turn.t("not-allowed")), toast: turn.t("not-allowed") };
    const m = /^rv:([ar]):(\d{1,9})$/.exec(data);
    if (!m) return { ...say(turn.t("button-stale")), toast: turn.t("button-stale") };
    if (m[1] === "a") return decide(turn, Number(m[2]), true, null);
    await setState(turn, { ...turn.account.state, review: { submissionId: Number(m[2]) } });
    return say(turn.t("review-ask-comment"), [[{ label: turn.plain("button-cancel"), data: "x" }]]);
  }
  if (pending && (data === "x" || intent?.intent === "cancel")) {
    const { review: _r, ...rest } = turn.account.state;
    await setState(turn, rest);
    return say(turn.t("cancelled"));
  }
  if (pending && intent && msg.text?.trim() && !msg.text.trim().startsWith("/")) {
    const { review: _r, ...rest } = turn.account.state;
    await setState(turn, rest);
    return decide(turn, pending.submissionId, false, shorten(msg.text.trim(), 1000));
  }
  if (intent && (intent.intent === "review_stats" || intent.intent === "review_missing" || intent.intent === "review_ranking")) {
    if (!isReviewer(turn)) return say(turn.t("review-only"));
    return standingCommand(turn, intent);
  }
  return null;
}
