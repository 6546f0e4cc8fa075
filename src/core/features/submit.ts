import type { AccountState } from "../../db/user-repo.js";
import { formatVnDate } from "../../domain/calendar.js";
import { formatVnDateTime, today } from "../../domain/clock.js";
import type { Intent } from "../../domain/intent.js";
import { parseQuarter, quarterLabel, type Quarter } from "../../domain/quarter.js";
import { shorten, stripControls } from "../../domain/text.js";
import { escapeHtml } from "../html.js";
import { html } from "../../i18n.js";
import { say, setState, text, type Turn } from "../context.js";
import type { Draft } from "../submissions/draft.js";
import { recordSubmission } from "../submissions/service.js";
import { maySubmit } from "../submissions/permissions.js";
import { emptyReply, type Incoming, type Reply } from "../types.js";
import { notifyReviewers } from "./review.js";

const URL_RE = /^https?:\/\/[^\s<>"]{3,2000}$/i;

const canSubmit = (turn: Turn) => maySubmit(turn.account.user, turn.config.submitRoles);


async function save(turn: Turn, draft: Draft | undefined, extra: Partial<AccountState> = {}): Promise<void> {
  const { submit: _s, options: _o, ...rest } = turn.account.state;
  await setState(turn, { ...rest, ...extra, ...(draft ? { submit: draft } : {}) });
}

function current(turn: Turn): Quarter {
  return parseQuarter("", today(turn.clock))!;
}

/** "nộp bài", /nop, or a file sent out of the blue: start a submission. */
export async function startSubmission(turn: Turn, msg: Incoming, replacesId?: number, base?: Partial<Draft>): Promise<Reply> {
  if (!canSubmit(turn)) return say(turn.t("submit-not-allowed"));
  const draft: Draft = { step: "what", startedAt: turn.clock.now().toISOString(), ...(replacesId ? { replacesId } : {}), ...base };
  if (msg.attachment) {
    const staged = await stageAttachment(turn, msg.attachment);
    if ("reply" in staged) return staged.reply;
    draft.content = staged.content;
  }
  return next(turn, draft);
}

/** What is this for? Asked first, and again when a file arrives before the answer. */
function askWhat(turn: Turn, draft: Draft): Reply {
  const q = current(turn);
  const c = draft.content;
  const received = c && (c.type === "file" || c.type === "photo") ? `${turn.t("submit-file-received", { name: c.staged.fileName })}\n` : "";
  return say(`${received}${turn.t("submit-what", { agency: turn.account.user.agencyName ?? "" })}`, [
    [{ label: turn.plain("submit-kind-article", { quarter: quarterLabel(q) }), data: "sb:k:a" }],
    [{ label: turn.plain("submit-kind-other-quarter"), data: "sb:k:q" }],
    [{ label: turn.plain("submit-kind-report"), data: "sb:k:r" }],
    [{ label: turn.plain("button-cancel"), data: "x" }],
  ]);
}

/** Asks for whatever the draft still lacks. */
async function next(turn: Turn, draft: Draft): Promise<Reply> {
  if (!draft.kind) draft.step = "what";
  else if (!draft.year) draft.step = "quarter";
  else if (draft.kind === "report" && !draft.taskId) draft.step = "task";
  else if (!draft.content) draft.step = "content";
  else if (draft.title === undefined) draft.step = "title";
  else draft.step = "confirm";
  await save(turn, draft);
  const q = draft.year ? { year: draft.year, quarter: draft.quarter! } : current(turn);
  switch (draft.step) {
    case "what":
      return askWhat(turn, draft);
    case "quarter": {
      const prev = parseQuarter("quy truoc", today(turn.clock))!;
      return say(turn.t("submit-ask-quarter"), [[{ label: quarterLabel(prev), data: `sb:q:${prev.year}:${prev.quarter}` }, { label: quarterLabel(q), data: `sb:q:${q.year}:${q.quarter}` }], [{ label: turn.t("button-cancel"), data: "x" }]]);
    }
    case "task":
      return say(turn.t("submit-ask-task"), [[{ label: turn.t("button-cancel"), data: "x" }]]);
    case "content":
      return say(turn.t("submit-ask-content", { max: Math.round(turn.config.maxUploadBytes / 1048576) }), [[{ label: turn.t("button-cancel"), data: "x" }]]);
    case "title":
      return say(turn.t("submit-ask-title"), [[{ label: turn.t("button-skip"), data: "sb:t" }, { label: turn.t("button-cancel"), data: "x" }]]);
    default:
      return say(summary(turn, draft), [[{ label: turn.t("button-confirm"), data: "sb:c" }, { label: turn.t("button-cancel"), data: "x" }]]);
  }
}

function contentLabel(turn: Turn, draft: Draft): string {
  const c = draft.content!;
  if (c.type === "text") return turn.t("submit-content-text", { chars: c.body.length });
  if (c.type === "link") return escapeHtml(c.url);
  return turn.t("submit-content-file", { name: c.staged.fileName, kb: Math.ceil(c.staged.size / 1024) });
}

function summary(turn: Turn, draft: Draft): string {
  const what = draft.kind === "article" ? turn.t("submit-kind-article", { quarter: quarterLabel({ year: draft.year!, quarter: draft.quarter! }) }) : turn.t("submit-kind-report-of", { code: draft.taskCode ?? "", quarter: quarterLabel({ year: draft.year!, quarter: draft.quarter! }) });
  return turn.t("submit-summary", { agency: turn.account.user.agencyName ?? "", what: html(what), content: html(contentLabel(turn, draft)), title: shorten(draft.title || "—", 300), replaces: draft.replacesId ? "yes" : "no" });
}

type Staging = { content: NonNullable<Draft["content"]> } | { reply: Reply };

async function stageAttachment(turn: Turn, a: NonNullable<Incoming["attachment"]>): Promise<Staging> {
  const maxMb = Math.round(turn.config.maxUploadBytes / 1048576);
  if (a.kind === "sticker" || a.kind === "other" || !a.download) return { reply: say(turn.t("submit-file-wrong-type")) };
  if ((a.size ?? 0) > turn.config.maxUploadBytes) return { reply: say(turn.t("submit-file-too-large", { max: maxMb })) };
  let bytes: Uint8Array;
  try {
    bytes = await a.download();
  } catch {
    return { reply: say(turn.t("submit-file-download-failed", { max: maxMb })) };
  }
  const staged = await turn.store.stage(bytes, a.fileName);
  if ("error" in staged) return { reply: say(turn.t(`submit-file-${staged.error}`, { max: maxMb, detected: staged.detected ?? "" })) };
  return { content: { type: staged.kind === "photo" ? "photo" : "file", staged } };
}

async function discardStaged(turn: Turn, draft: Draft | undefined): Promise<void> {
  const c = draft?.content;
  if (c && (c.type === "file" || c.type === "photo")) await turn.store.discard(c.staged);
}

/** Messages while a draft is open: the answer to the current step. */
async function answer(turn: Turn, draft: Draft, msg: Incoming): Promise<Reply> {
  const said = (msg.text ?? "").trim();
  if (msg.attachment && (draft.step === "content" || draft.step === "what" || draft.step === "title")) {
    const staged = await stageAttachment(turn, msg.attachment);
    if ("reply" in staged) return staged.reply;
    await discardStaged(turn, draft);
    draft.content = staged.content;
    return next(turn, draft);
  }
  switch (draft.step) {
    case "quarter": {
      const q = parseQuarter(said, today(turn.clock));
      if (!q) return say(turn.t("submit-bad-quarter"));
      return next(turn, { ...draft, year: q.year, quarter: q.quarter });
    }
    case "task": {
      const code = said.replace(/^(?:nv|nhiệm vụ|nhiem vu)\s*/i, "").replace(/\.$/, "");
      const mine = (await turn.catalog.forAgency(turn.account.user.agencyId!)).filter((t) => t.code === code || t.key === code);
      if (mine.length === 0) return say(turn.t("submit-bad-task", { code: shorten(code, 20) }));
      return next(turn, { ...draft, taskId: mine[0]!.taskId, taskCode: mine[0]!.code });
    }
    case "content": {
      if (!said) return say(turn.t("submit-ask-content", { max: Math.round(turn.config.maxUploadBytes / 1048576) }));
      if (said.length > turn.config.maxInputChars) return say(turn.t("input-too-long", { max: turn.config.maxInputChars }));
      const content = URL_RE.test(said) ? { type: "link" as const, url: said } : { type: "text" as const, body: stripControls(said) };
      return next(turn, { ...draft, content });
    }
    case "title":
      // Kept whole (the message length is already bounded); only display shortens it.
      return next(turn, { ...draft, title: stripControls(said) });
    default:
      return say(turn.t("submit-use-buttons"), [[{ label: turn.t("button-confirm"), data: "sb:c" }, { label: turn.t("button-cancel"), data: "x" }]]);
  }
}

async function confirm(turn: Turn, draft: Draft): Promise<Reply> {
  if (draft.step !== "confirm" || !draft.content || !draft.kind || !draft.year) return next(turn, draft);
  const content = draft.content;
  if ((content.type === "file" || content.type === "photo") && !(await turn.store.exists(content.staged.tmpPath))) {
    await save(turn, undefined);
    return say(turn.t("submit-expired"));
  }
  const result = await recordSubmission(
    turn.db,
    turn.store,
    {
      agencyId: turn.account.user.agencyId!,
      kind: draft.kind,
      quarter: { year: draft.year, quarter: draft.quarter! },
      taskId: draft.taskId ?? null,
      content,
      title: draft.title || null,
      userId: turn.account.user.id,
      channel: turn.account.channel,
      replacesId: draft.replacesId ?? null,
    },
    turn.clock.now(),
    turn.faults,
  );
  await save(turn, undefined);
  if (!result.ok) return say(turn.t("submit-duplicate", { receipt: result.duplicateOf }));
  const reply = say(
    turn.t("submit-receipt", {
      receipt: result.receipt,
      agency: turn.account.user.agencyName ?? "",
      at: formatVnDateTime(turn.clock.now()),
      due: formatVnDate(result.dueDate),
      onTime: result.onTime ? "yes" : "no",
    }),
  );
  reply.notify.push(...(await notifyReviewers(turn, result.id)));
  return reply;
}

/** The submissions feature, plugged into the assistant. */
export async function submissionExtension(turn: Turn, msg: Incoming, intent: Intent | null): Promise<Reply | null> {
  const draft = turn.account.state.submit;
  const data = msg.callback;
  if (data) {
    if (data === "x" && draft) {
      await discardStaged(turn, draft);
      await save(turn, undefined);
      return { ...emptyReply(), edit: true, messages: [text(turn.t("submit-cancelled"))] };
    }
    if (!data.startsWith("sb:")) return null;
    if (!canSubmit(turn)) return { ...say(turn.t("submit-not-allowed")), toast: turn.t("not-allowed") };
    if (data.startsWith("sb:w:") || data.startsWith("sb:r:")) return null; // status actions: see status.ts
    if (!draft) return { ...say(turn.t("button-stale")), toast: turn.t("button-stale") };
    const q = current(turn);
    if (data === "sb:k:a") return next(turn, { ...draft, kind: "article", year: q.year, quarter: q.quarter });
    if (data === "sb:k:q") return next(turn, { ...draft, kind: "article", year: undefined });
    if (data === "sb:k:r") return next(turn, { ...draft, kind: "report", year: q.year, quarter: q.quarter });
    const m = /^sb:q:(\d{4}):([1-4])$/.exec(data);
    if (m && draft.step === "quarter") return next(turn, { ...draft, year: Number(m[1]), quarter: Number(m[2]) });
    if (data === "sb:t" && draft.step === "title") return next(turn, { ...draft, title: "" });
    if (data === "sb:c") return confirm(turn, draft);
    return { ...say(turn.t("button-stale")), toast: turn.t("button-stale") };
  }
  if (draft) {
    if (intent?.intent === "cancel") {
      await discardStaged(turn, draft);
      await save(turn, undefined);
      return say(turn.t("submit-cancelled"));
    }
    // Another command abandons the draft; anything else answers the question asked.
    if (!(msg.text ?? "").trim().startsWith("/") || msg.attachment) return answer(turn, draft, msg);
    await discardStaged(turn, draft);
    await save(turn, undefined);
    return null;
  }
  if (intent?.intent === "submit" || (!intent && msg.attachment && msg.attachment.kind !== "sticker" && msg.attachment.kind !== "other")) return startSubmission(turn, msg);
  return null;
}
