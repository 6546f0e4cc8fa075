import { submissionById, submissionByReceipt, submissionsWhere, type SubmissionRow } from "../../db/submission-repo.js";
import { activeIdsWithRole, type UserRole } from "../../db/user-repo.js";
import type { Intent } from "../../domain/intent.js";
import { quarterLabel } from "../../domain/quarter.js";
import { shorten } from "../../domain/text.js";
import { callbackData } from "../callback.js";
import { cancelButton, say, setState, type Turn } from "../context.js";
import type { Feature, Flow } from "../feature.js";
import { decide as decideOn, submissionKind, submissionName } from "../submissions/decision.js";
import type { Button, OutMessage, Reply, Words } from "../types.js";

const REVIEWERS: UserRole[] = ["reviewer", "admin"];
export const ACCEPT = callbackData("rv:a", { id: "int" });
export const RETURN = callbackData("rv:r", { id: "int" });
export const OPEN = callbackData("rv:o", { id: "int" });
export const INBOX_PAGE = callbackData("rv:p", { page: "int" });
const INBOX_SIZE = 8;

export function isReviewer(turn: Pick<Turn, "account">): boolean {
  return turn.account.user.status === "active" && REVIEWERS.includes(turn.account.user.role);
}

const fileOf = (turn: Pick<Turn, "store">, s: SubmissionRow): Pick<OutMessage, "file"> =>
  s.filePath
    ? {
        file: {
          path: turn.store.absolute(s.filePath),
          name: s.fileName ?? "tep",
          kind: s.contentType === "photo" ? "photo" : "document",
        },
      }
    : {};

const decisionButtons = (w: Words, s: SubmissionRow): Button[][] => [
  [
    { label: w.plain("button-accept"), data: ACCEPT.pack({ id: s.id }) },
    { label: w.plain("button-return"), data: RETURN.pack({ id: s.id }) },
  ],
];

/** One submission as a reviewer sees it: what, who, when, its content or file, and the decision buttons. */
function submissionCard(turn: Pick<Turn, "store">, w: Words, s: SubmissionRow, heading: string): OutMessage {
  const body = s.contentType === "link" || s.contentType === "text" ? shorten(s.body ?? "", 600) : (s.fileName ?? "");
  const lines = [
    w.t(heading, {
      receipt: s.receipt,
      agency: s.agency.name,
      what: submissionKind(w, s),
      quarter: quarterLabel(s),
      onTime: s.onTime ? "yes" : "no",
      body: [s.title, body].filter(Boolean).join(" — "),
    }),
  ];
  if (s.duplicateOf) lines.push(w.t("review-duplicate", { receipt: s.duplicateOf }));
  return { text: lines.join("\n"), buttons: decisionButtons(w, s), ...fileOf(turn, s) };
}

/** The message a reviewer gets for a new submission (a shortcut: the inbox holds it until decided). */
export async function notifyReviewers(turn: Turn, submissionId: number): Promise<Reply["notify"]> {
  const s = await submissionById(turn.db, submissionId);
  if (!s) return [];
  const reviewers = await activeIdsWithRole(turn.db, "reviewer");
  return reviewers.map((userId) => ({ userId, render: (w: Words) => submissionCard(turn, w, s, "review-new") }));
}

async function decideSubmission(turn: Turn, id: number, accept: boolean, comment: string | null): Promise<Reply> {
  const { result, submission: s, notices } = await decideOn(turn, id, turn.account.user.id, accept, comment);
  if (result !== "ok" || !s) return say(turn.t(result === "not-found" ? "button-stale" : "review-already"));
  const reply = say(
    turn.t(accept ? "review-accepted" : "review-returned", { receipt: s.receipt, agency: s.agency.name }),
  );
  return { ...reply, edit: accept, notify: notices };
}

/** Returning always takes a reason: typed with the decision, or asked for now. */
async function returnWithReason(turn: Turn, s: SubmissionRow, comment: string | undefined): Promise<Reply> {
  if (comment) return decideSubmission(turn, s.id, false, shorten(comment, 1000));
  await setState(turn, { ...turn.account.state, review: { submissionId: s.id } });
  return say(turn.t("review-ask-comment-for", { receipt: s.receipt, agency: s.agency.name }), [[cancelButton(turn)]]);
}

const ageOf = (turn: Turn, at: Date) => {
  const hours = Math.max(0, Math.floor((turn.clock.now().getTime() - at.getTime()) / 3_600_000));
  return hours < 24 ? turn.plain("age-hours", { n: hours }) : turn.plain("age-days", { n: Math.floor(hours / 24) });
};

/** "bài chờ duyệt", /duyet: submissions waiting for a decision, oldest first, a page at a time. */
async function inbox(turn: Turn, page = 1): Promise<Reply> {
  const rows = await submissionsWhere(turn.db, { status: "submitted" });
  if (rows.length === 0) return say(turn.t("inbox-empty"));
  const pages = Math.ceil(rows.length / INBOX_SIZE);
  const at = Math.min(Math.max(1, page), pages);
  const lines = [turn.t("inbox-title", { count: rows.length, page: at, pages })];
  const buttons: Button[][] = [];
  for (const r of rows.slice((at - 1) * INBOX_SIZE, at * INBOX_SIZE)) {
    lines.push(
      turn.t("inbox-line", {
        receipt: r.receipt,
        agency: r.agency.name,
        what: submissionKind(turn, r),
        quarter: quarterLabel(r),
        name: submissionName(r),
        onTime: r.onTime ? "yes" : "no",
        age: ageOf(turn, r.receivedAt),
      }),
    );
    buttons.push([{ label: turn.plain("button-open-receipt", { receipt: r.receipt }), data: OPEN.pack({ id: r.id }) }]);
  }
  lines.push("", turn.t("inbox-how"));
  const nav: Button[] = [];
  if (at > 1) nav.push({ label: turn.plain("button-prev"), data: INBOX_PAGE.pack({ page: at - 1 }) });
  if (at < pages) nav.push({ label: turn.plain("button-more"), data: INBOX_PAGE.pack({ page: at + 1 }) });
  if (nav.length) buttons.push(nav);
  return say(lines.join("\n"), buttons);
}

/** Opening one: its card with the file itself (the console prints where the file is stored). */
async function open(turn: Turn, s: SubmissionRow | null, receipt: string): Promise<Reply> {
  if (!s) return say(turn.t("review-no-receipt", { receipt: shorten(receipt, 30) }));
  const card = submissionCard(turn, turn, s, "review-card");
  await setState(turn, { ...turn.account.state, reviewing: s.id });
  if (s.status !== "submitted") {
    const state = turn.t("review-state", { status: s.status, comment: s.reviewComment ?? "" });
    return { messages: [{ ...card, text: `${card.text}\n${state}`, buttons: [] }], notify: [] };
  }
  return { messages: [card], notify: [] };
}

/** "duyệt bài của UBND Quận 1": the agency's pending submission, or which one when there are several. */
async function decideForAgency(turn: Turn, said: string, accept: boolean, comment?: string): Promise<Reply> {
  const found = (await turn.catalog.directory()).lookup(said);
  if (!found.match || found.ambiguous) {
    const candidates = found.candidates.map((c) => c.name).join("; ");
    if (found.match || found.weak) return say(turn.t("review-agency-which", { candidates }));
    return say(turn.t("agency-none", { query: said }));
  }
  const agency = found.match;
  const pending = await submissionsWhere(turn.db, { agencyId: agency.id, status: "submitted" });
  if (pending.length === 0) return say(turn.t("review-agency-none", { agency: agency.name }));
  if (pending.length === 1) return decide(turn, pending[0]!, accept, comment);
  const lines = [turn.t("review-agency-several", { agency: agency.name, count: pending.length })];
  const buttons: Button[][] = [];
  for (const s of pending.slice(0, INBOX_SIZE)) {
    lines.push(
      turn.t("review-choice-line", { receipt: s.receipt, what: submissionKind(turn, s), name: submissionName(s) }),
    );
    const id = { id: s.id };
    buttons.push([
      accept
        ? { label: turn.plain("button-accept-receipt", { receipt: s.receipt }), data: ACCEPT.pack(id) }
        : { label: turn.plain("button-return-receipt", { receipt: s.receipt }), data: RETURN.pack(id) },
    ]);
  }
  return say(lines.join("\n"), buttons);
}

function decide(turn: Turn, s: SubmissionRow, accept: boolean, comment?: string): Promise<Reply> {
  if (s.status !== "submitted") return Promise.resolve(say(turn.t("review-already")));
  return accept ? decideSubmission(turn, s.id, true, null) : returnWithReason(turn, s, comment);
}

/** Anyone else naming a receipt or a decision: refused in one line, and logged (it may be probing). */
function refuse(turn: Turn, intent: Intent): Reply {
  turn.log?.warn({ account: turn.account.id, intent: intent.intent, receipt: intent.params.receipt }, "review refused");
  return say(turn.t("inbox-only"));
}

async function onIntent(turn: Turn, intent: Intent): Promise<Reply> {
  if (!isReviewer(turn)) return refuse(turn, intent);
  if (intent.intent === "review_inbox") return inbox(turn);
  const { receipt, agency, comment } = intent.params;
  if (intent.intent === "review_open")
    return open(turn, await submissionByReceipt(turn.db, receipt ?? ""), receipt ?? "");
  if (agency) return decideForAgency(turn, agency, intent.params.accept === true, comment);
  if (!receipt) {
    // "duyệt", "trả lại vì …" alone: the submission just opened, else which one is asked.
    const opened = turn.account.state.reviewing;
    const s = opened ? await submissionById(turn.db, opened) : null;
    if (s?.status === "submitted") return decide(turn, s, intent.params.accept === true, comment);
    const list = await inbox(turn);
    return { ...list, messages: [{ text: turn.t("review-which") }, ...list.messages] };
  }
  const s = await submissionByReceipt(turn.db, receipt);
  if (!s) return say(turn.t("review-no-receipt", { receipt: shorten(receipt ?? "", 30) }));
  return decide(turn, s, intent.params.accept === true, comment);
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
    "review_open",
    "review_decide",
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
  if (!isReviewer(turn)) {
    turn.log?.warn({ account: turn.account.id, data }, "review button refused");
    return { ...say(turn.t("not-allowed")), toast: turn.plain("not-allowed") };
  }
  const page = INBOX_PAGE.unpack(data);
  if (page) return { ...(await inbox(turn, page.page)), edit: true };
  const opened = OPEN.unpack(data);
  if (opened) return open(turn, await submissionById(turn.db, opened.id), `#${opened.id}`);
  const accepted = ACCEPT.unpack(data);
  if (accepted) return decideSubmission(turn, accepted.id, true, null);
  const s = await submissionById(turn.db, RETURN.unpack(data)!.id);
  if (!s) return say(turn.t("button-stale"));
  return decide(turn, s, false);
}

/** Reviewers: the inbox, opening a submission, and accepting or returning it by button or in words. */
export const reviewFeature: Feature = {
  name: "review",
  intents: ["review_inbox", "review_open", "review_decide"],
  callbacks: [ACCEPT, RETURN, OPEN, INBOX_PAGE],
  flow: commentFlow,
  onIntent,
  onCallback,
};
