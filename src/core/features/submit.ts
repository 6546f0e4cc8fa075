import type { AccountState } from "../../db/user-repo.js";
import type { AgencyTask } from "../../domain/agenda.js";
import { formatVnDate, isValidIsoDate, quarterOf } from "../../domain/calendar.js";
import { formatVnDateTime, today } from "../../domain/clock.js";
import type { Intent } from "../../domain/intent.js";
import { CHANGE_SUBMISSION } from "../../domain/intent/lexicon.js";
import { normalize } from "../../domain/intent.js";
import { isOpen, occurrencesOf, reportTarget } from "../../domain/progress.js";
import { parseQuarter, quarterDue, quarterLabel, type Quarter } from "../../domain/quarter.js";
import { shorten, stripControls } from "../../domain/text.js";
import { escapeHtml } from "../html.js";
import { html } from "../../i18n.js";
import { cancelButton, say, setState, stale, type Turn } from "../context.js";
import type { Draft } from "../submissions/draft.js";
import { progressOptions, taskProgressFor } from "../progress.js";
import { articleCycleOf } from "../submissions/cycle.js";
import { recordSubmission } from "../submissions/service.js";
import { submissionKind } from "../submissions/decision.js";
import type { SubmissionRow } from "../../db/submission-repo.js";
import { maySubmit } from "../submissions/permissions.js";
import type { Incoming, Reply } from "../types.js";
import { notifyReviewers } from "./review.js";
import { callbackData } from "../callback.js";
import type { Feature, Flow, StepFit } from "../feature.js";

export const KIND = callbackData("sb:k", { kind: "word" });
export const QUARTER = callbackData("sb:q", { year: "int", quarter: "int" });
export const SKIP_TITLE = callbackData("sb:t", {});
export const CONFIRM = callbackData("sb:c", {});
export const PICK_DUE = callbackData("sb:o", { due: "word" });
export const OTHER_DUE = callbackData("sb:oo", {});
export const PICK_TASK = callbackData("sb:p", { id: "int" });

const URL_RE = /^https?:\/\/[^\s<>"]{3,2000}$/i;

const canSubmit = (turn: Turn) => maySubmit(turn.account.user, turn.config.submitRoles);

async function save(turn: Turn, draft: Draft | undefined, extra: Partial<AccountState> = {}): Promise<void> {
  const { submit: _s, options: _o, paused: _p, held: _h, ...rest } = turn.account.state;
  await setState(turn, { ...rest, ...extra, ...(draft ? { submit: draft } : {}) });
}

function current(turn: Turn): Quarter {
  return parseQuarter("", today(turn.clock))!;
}

/** "nộp bài", /nop, or a file sent out of the blue: start a submission. */
export async function startSubmission(
  turn: Turn,
  msg: Incoming,
  replacesId?: number,
  base?: Partial<Draft>,
): Promise<Reply> {
  if (!canSubmit(turn)) return say(turn.t("submit-not-allowed"));
  const draft: Draft = {
    step: "what",
    startedAt: turn.clock.now().toISOString(),
    ...(replacesId ? { replacesId } : {}),
    ...base,
  };
  if (msg.attachment) {
    const staged = await stageAttachment(turn, msg.attachment);
    if ("reply" in staged) return staged.reply;
    draft.content = staged.content;
  }
  return next(turn, draft);
}

const rules = (turn: Turn) => progressOptions(turn.config, today(turn.clock));

/** "Báo cáo" pressed under a reminder: a report on that task (or the article, for the article task). */
export async function startReportOn(turn: Turn, msg: Incoming, taskId: number): Promise<Reply> {
  if (!canSubmit(turn)) return say(turn.t("submit-not-allowed"));
  const task = await draftTask(turn, { taskId });
  if (!task) return say(turn.t("digest-item-gone"));
  return startSubmission(turn, msg, undefined, { kind: "report", ...(await withTarget(turn, task, {})) });
}

/** "Nộp bài" pressed under an article reminder: straight to the content, for the quarter owed. */
export async function startArticle(turn: Turn, msg: Incoming): Promise<Reply> {
  if (!canSubmit(turn)) return say(turn.t("submit-not-allowed"));
  if (!(await owesArticle(turn))) return startSubmission(turn, msg);
  return startSubmission(turn, msg, undefined, { kind: "article", ...(await articleQuarter(turn)) });
}

/** A report's occurrence, unless one was picked: the earliest still open (overdue first), else the latest. */
async function withTarget(turn: Turn, task: AgencyTask, draft: Partial<Draft>): Promise<Partial<Draft>> {
  // A report on the article task (1.14) is that quarter's article: one thing, counted where articles are.
  const cycle = await articleCycleOf(turn);
  if (task.taskId === cycle?.taskId)
    return { ...draft, kind: "article", taskId: undefined, ...(await articleQuarter(turn)) };
  const p = await taskProgressFor(turn, turn.account.user.agencyId!, task, rules(turn));
  const target = reportTarget(p.occurrences) ?? p.occurrences.at(-1) ?? null;
  const q = target ? quarterOf(target.due) : current(turn);
  return { ...draft, taskId: task.taskId, taskCode: task.code, due: target?.due ?? null, ...q };
}

/** Whether the person's agency owes its plan's quarterly article (Sa Đéc's units owe HCMC's none). */
async function owesArticle(turn: Turn): Promise<boolean> {
  const agencyId = turn.account.user.agencyId;
  const cycle = await articleCycleOf(turn);
  return !!agencyId && !!cycle?.agencies.some((a) => a.id === agencyId);
}

/**
 * The article quarter offered first: the earliest still owed up to the current one (a missed quarter stays
 * owed until it is sent), else the current quarter.
 */
async function articleQuarter(turn: Turn): Promise<Quarter> {
  const now = current(turn);
  const cycle = await articleCycleOf(turn);
  const task =
    cycle && (await turn.catalog.forAgency(turn.account.user.agencyId ?? "")).find((t) => t.taskId === cycle.taskId);
  if (!task) return now;
  const p = await taskProgressFor(turn, turn.account.user.agencyId!, task, rules(turn));
  const owed = p.occurrences.find((o) => isOpen(o.status) && o.due <= quarterDue(now));
  return owed ? quarterOf(owed.due) : now;
}

/** What is this for? Asked first, and again when a file arrives before the answer. */
async function askWhat(turn: Turn, draft: Draft): Promise<Reply> {
  const q = await articleQuarter(turn);
  const c = draft.content;
  const received =
    c && (c.type === "file" || c.type === "photo")
      ? `${turn.t("submit-file-received", { name: c.staged.fileName })}\n`
      : c?.type === "link"
        ? `${turn.t("submit-link-received", { url: shorten(c.url, 80) })}\n`
        : "";
  const articles = (await owesArticle(turn))
    ? [
        [{ label: turn.plain("submit-kind-article", { quarter: quarterLabel(q) }), data: KIND.pack({ kind: "a" }) }],
        [{ label: turn.plain("submit-kind-other-quarter"), data: KIND.pack({ kind: "q" }) }],
      ]
    : [];
  return say(`${received}${turn.t("submit-what", { agency: turn.account.user.agencyName ?? "" })}`, [
    ...articles,
    [{ label: turn.plain("submit-kind-report"), data: KIND.pack({ kind: "r" }) }],
    [cancelButton(turn)],
  ]);
}

/** Asks for whatever the draft still lacks. */
async function next(turn: Turn, draft: Draft): Promise<Reply> {
  // Picking another occurrence ("Chọn kỳ khác") is the one step asked for rather than derived.
  const picking = draft.step === "occurrence" && draft.kind === "report" && !!draft.taskId && !!draft.year;
  if (picking) draft.step = "occurrence";
  else if (!draft.kind) draft.step = "what";
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
      const choices = [prev, q].map((x) => ({
        label: quarterLabel(x),
        data: QUARTER.pack({ year: x.year, quarter: x.quarter }),
      }));
      return say(turn.t("submit-ask-quarter"), [choices, [cancelButton(turn)]]);
    }
    case "task":
      return draft.taskCode
        ? askWhichTask(turn, draft.taskCode)
        : say(turn.t("submit-ask-task"), [[cancelButton(turn)]]);
    case "occurrence":
      return askOccurrence(turn, draft);
    case "content": {
      // Said first what it is for: pressed from a reminder, the person sees which task and which occurrence.
      const what = submissionKind(turn, {
        kind: draft.kind ?? "article",
        task: draft.taskCode ? ({ code: draft.taskCode } as SubmissionRow["task"]) : null,
        occurrence: draft.due ?? null,
        year: q.year,
        quarter: q.quarter,
      });
      const ask = turn.t("submit-ask-content", { max: Math.round(turn.config.maxUploadBytes / 1048576) });
      return say(`<b>${what.value}</b>\n${ask}`, [[cancelButton(turn)]]);
    }
    case "title":
      return say(turn.t("submit-ask-title"), [
        [{ label: turn.plain("button-skip"), data: SKIP_TITLE.pack({}) }, cancelButton(turn)],
      ]);
    default:
      return say(summary(turn, draft), confirmButtons(turn, await hasOtherDue(turn, draft)));
  }
}

/** Whether a report's task is owed more than once, so another occurrence may be picked. */
async function hasOtherDue(turn: Turn, draft: Draft): Promise<boolean> {
  if (draft.kind !== "report" || !draft.due) return false;
  const task = await draftTask(turn, draft);
  return !!task && occurrencesOf(task.deadline, task.planYear, turn.config.continuousReports).length > 1;
}

const confirmButtons = (turn: Turn, otherDue = false) => [
  [{ label: turn.plain("button-confirm"), data: CONFIRM.pack({}) }, cancelButton(turn)],
  ...(otherDue ? [[{ label: turn.plain("submit-other-due"), data: OTHER_DUE.pack({}) }]] : []),
];

/** The report's occurrences to choose from, each with where it stands. */
async function askOccurrence(turn: Turn, draft: Draft): Promise<Reply> {
  const task = await draftTask(turn, draft);
  if (!task) return next(turn, { ...draft, step: "confirm" });
  const p = await taskProgressFor(turn, turn.account.user.agencyId!, task, rules(turn));
  const rows = p.occurrences.map((o) => [
    {
      label: turn.plain("submit-due-option", { due: formatVnDate(o.due), state: turn.plain(`progress-${o.status}`) }),
      data: PICK_DUE.pack({ due: o.due }),
    },
  ]);
  return say(turn.t("submit-ask-due", { code: task.code }), [...rows, [cancelButton(turn)]]);
}

function contentLabel(turn: Turn, draft: Draft): string {
  const c = draft.content!;
  if (c.type === "text") return turn.t("submit-content-text", { chars: c.body.length });
  if (c.type === "link") return escapeHtml(c.url);
  return turn.t("submit-content-file", { name: c.staged.fileName, kb: Math.ceil(c.staged.size / 1024) });
}

function summary(turn: Turn, draft: Draft): string {
  const what =
    draft.kind === "article"
      ? turn.t("submit-kind-article", { quarter: quarterLabel({ year: draft.year!, quarter: draft.quarter! }) })
      : draft.due
        ? turn.t("submit-kind-report-due", { code: draft.taskCode ?? "", due: formatVnDate(draft.due) })
        : turn.t("submit-kind-report-any", { code: draft.taskCode ?? "" });
  return turn.t("submit-summary", {
    agency: turn.account.user.agencyName ?? "",
    what: html(what),
    content: html(contentLabel(turn, draft)),
    title: shorten(draft.title || "—", 300),
    replaces: draft.replacesId ? "yes" : "no",
  });
}

type Staging = { content: NonNullable<Draft["content"]> } | { reply: Reply };

async function stageAttachment(turn: Turn, a: NonNullable<Incoming["attachment"]>): Promise<Staging> {
  const maxMb = Math.round(turn.config.maxUploadBytes / 1048576);
  if (a.kind === "sticker" || a.kind === "other" || !a.download)
    return { reply: say(turn.t("submit-file-wrong-type")) };
  if ((a.size ?? 0) > turn.config.maxUploadBytes)
    return { reply: say(turn.t("submit-file-too-large", { max: maxMb })) };
  let bytes: Uint8Array;
  try {
    bytes = await a.download();
  } catch {
    return { reply: say(turn.t("submit-file-download-failed", { max: maxMb })) };
  }
  const staged = await turn.store.stage(bytes, a.fileName);
  if ("error" in staged)
    return { reply: say(turn.t(`submit-file-${staged.error}`, { max: maxMb, detected: staged.detected ?? "" })) };
  return { content: { type: staged.kind === "photo" ? "photo" : "file", staged } };
}

async function discardStaged(turn: Turn, draft: Draft | undefined): Promise<void> {
  const c = draft?.content;
  if (c && (c.type === "file" || c.type === "photo")) await turn.store.discard(c.staged);
}

/** The first step typed: "bài viết" (the quarter still owed unless one is named), "báo cáo". */
async function answerWhat(turn: Turn, draft: Draft, said: string): Promise<Reply> {
  // Sent before saying what it is for: kept, and the question asked again.
  if (URL_RE.test(said) && !draft.content) {
    const kept: Draft = { ...draft, content: { type: "link", url: said } };
    await save(turn, kept);
    return askWhat(turn, kept);
  }
  const picked = whatFrom(turn, said);
  if (!picked) return askWhat(turn, draft);
  if (picked.kind === "article") {
    if (!(await owesArticle(turn))) return noArticle(turn, draft);
    if (!picked.year) Object.assign(picked, await articleQuarter(turn));
  }
  return next(turn, { ...draft, ...picked });
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
    case "what":
      return answerWhat(turn, draft, said);
    case "task": {
      const code = taskCodeIn(said);
      const tasks = await agencyTasks(turn, code);
      if (tasks.length === 0) return say(turn.t("submit-bad-task", { code: shorten(code, 20) }));
      if (tasks.length > 1) return next(turn, { ...draft, taskCode: code });
      return next(turn, { ...draft, ...(await withTarget(turn, tasks[0]!, {})) });
    }
    case "content": {
      if (!said) return say(turn.t("submit-ask-content", { max: Math.round(turn.config.maxUploadBytes / 1048576) }));
      if (said.length > turn.config.maxInputChars)
        return say(turn.t("input-too-long", { max: turn.config.maxInputChars }));
      const content = URL_RE.test(said)
        ? { type: "link" as const, url: said }
        : { type: "text" as const, body: stripControls(said) };
      return next(turn, { ...draft, content });
    }
    case "title":
      // Kept whole (the message length is already bounded); only display shortens it.
      return next(turn, { ...draft, title: stripControls(said) });
    default:
      if (draft.step === "confirm" && YES.test(normalize(said))) return confirm(turn, draft);
      return say(turn.t("submit-use-buttons"), confirmButtons(turn));
  }
}

const YES = /^(?:ok|oke|okay|dong y|xac nhan|xac nhan nop|chap nhan|co|nop|nop di|yes|confirm|submit)$/;

/** "2.3", "nv 2.3", "mục 1,14", "nhiệm vụ 1.14.": the code typed at the task step. */
export function taskCodeIn(said: string): string {
  const t = normalize(said).replace(/^(?:nv|nhiem vu|muc|task|bao cao|bc)\s*/, "");
  return t
    .replace(/(\d),(\d)/g, "$1.$2")
    .replace(/\.$/, "")
    .toUpperCase();
}

/** "bài viết quý 1", "bài viết", "báo cáo": the kind typed at the first step. */
function whatFrom(turn: Turn, said: string): Partial<Draft> | null {
  const t = normalize(said);
  if (CHANGE_SUBMISSION.test(t)) return null;
  if (/\b(?:bao cao|report)\b/.test(t)) {
    const q = current(turn);
    return { kind: "report", year: q.year, quarter: q.quarter };
  }
  if (!/\b(?:bai|bai viet|article|tin bai)\b/.test(t)) return null;
  const at = t.search(/\bquy\b|\bq\d|\bquarter\b/);
  // Without a quarter, the one still owed is filled in by the caller (articleQuarter).
  const q = at >= 0 ? parseQuarter(t.slice(at), today(turn.clock)) : null;
  return q ? { kind: "article", year: q.year, quarter: q.quarter } : { kind: "article" };
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
      occurrence:
        draft.kind === "article" ? quarterDue({ year: draft.year, quarter: draft.quarter! }) : (draft.due ?? null),
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
  if (result.sameAs) reply.messages.push({ text: turn.t("submit-same-as", result.sameAs) });
  reply.notify.push(...(await notifyReviewers(turn, result.id)));
  return reply;
}

/** "nộp bài viết quý 1", "gửi bài quý này": the first message already says which article. */
async function articleNamed(turn: Turn, said: string): Promise<Partial<Draft> | undefined> {
  const t = normalize(said);
  if (!/\b(?:bai viet|tin bai|article)\b|\bquy\b|\bq[1-4]\b/.test(t)) return undefined;
  const picked = whatFrom(turn, said);
  if (picked?.kind !== "article" || !(await owesArticle(turn))) return undefined;
  return picked.year ? picked : { ...picked, ...(await articleQuarter(turn)) };
}

/** Asked for an article the agency does not owe: said, and the choices it has. */
async function noArticle(turn: Turn, draft: Draft): Promise<Reply> {
  const reply = await askWhat(turn, draft);
  reply.messages.unshift({ text: turn.t("submit-no-article", { agency: turn.account.user.agencyName ?? "" }) });
  return reply;
}

async function drop(turn: Turn): Promise<Reply> {
  await discardStaged(turn, turn.account.state.submit);
  await save(turn, undefined);
  return say(turn.t("submit-cancelled"));
}

const flow: Flow = {
  name: "flow-submit",
  ownIntents: ["submit"],
  active: (state) => state.submit !== undefined,
  async fits(turn, said): Promise<StepFit> {
    const draft = turn.account.state.submit!;
    switch (draft.step) {
      case "what":
        return whatFrom(turn, said) ? "yes" : "no";
      case "quarter":
        return parseQuarter(said, today(turn.clock)) ? "yes" : "no";
      case "task":
        return /^[IVX]{0,4}\/?\d{1,3}(?:\.\d{1,4}){0,3}$/.test(taskCodeIn(said)) ? "yes" : "no";
      case "content":
      case "title":
        return "free";
      default:
        return YES.test(normalize(said)) ? "yes" : "no";
    }
  },
  answer: (turn, msg) => answer(turn, turn.account.state.submit!, msg),
  resume: (turn) => next(turn, turn.account.state.submit!),
  cancel: drop,
};

async function onCallback(turn: Turn, data: string): Promise<Reply | null> {
  const draft = turn.account.state.submit;
  if (!canSubmit(turn)) return { ...say(turn.t("submit-not-allowed")), toast: turn.plain("not-allowed") };
  if (!draft) return stale(turn);
  const q = current(turn);
  const kind = KIND.unpack(data)?.kind;
  if ((kind === "a" || kind === "q") && !(await owesArticle(turn))) return noArticle(turn, draft);
  if (kind === "a") return next(turn, { ...draft, kind: "article", ...(await articleQuarter(turn)) });
  if (kind === "q") return next(turn, { ...draft, kind: "article", year: undefined });
  if (kind === "r") return next(turn, { ...draft, kind: "report", year: q.year, quarter: q.quarter });
  const picked = QUARTER.unpack(data);
  if (picked && draft.step === "quarter" && picked.quarter >= 1 && picked.quarter <= 4)
    return next(turn, { ...draft, ...picked });
  if (SKIP_TITLE.match(data) && draft.step === "title") return next(turn, { ...draft, title: "" });
  if (OTHER_DUE.match(data) && draft.kind === "report") return next(turn, { ...draft, step: "occurrence" });
  const pickedTask = PICK_TASK.unpack(data)?.id;
  const task = pickedTask && draft.step === "task" ? await draftTask(turn, { taskId: pickedTask }) : undefined;
  if (task) return next(turn, { ...draft, ...(await withTarget(turn, task, {})) });
  const due = PICK_DUE.unpack(data)?.due;
  if (due && draft.step === "occurrence" && isValidIsoDate(due))
    return next(turn, { ...draft, due, ...quarterOf(due), step: "confirm" });
  if (CONFIRM.match(data)) return confirm(turn, draft);
  return stale(turn);
}

/** Submissions: the quarterly article or a task report, sent in the chat and acknowledged with a receipt. */
export const submitFeature: Feature = {
  name: "submit",
  intents: ["submit"],
  callbacks: [KIND, QUARTER, SKIP_TITLE, CONFIRM, PICK_DUE, OTHER_DUE, PICK_TASK],
  flow,
  async onIntent(turn, intent: Intent, msg: Incoming) {
    if (turn.account.state.submit) return flow.resume(turn);
    const base = (await reportOn(turn, intent.params.code)) ?? (await articleNamed(turn, msg.text ?? ""));
    return startSubmission(turn, msg, undefined, base);
  },
  onCallback: (turn, data) => onCallback(turn, data),
  onFile: (turn, msg) => (turn.account.state.submit ? flow.answer(turn, msg) : startSubmission(turn, msg)),
};

/** The agency's task with this code ("2.3") or plan-qualified key. */
/** The agency's tasks a typed code names: by code ("3.6", which a plan may repeat) or by key ("VII/3.6"). */
async function agencyTasks(turn: Turn, code: string): Promise<AgencyTask[]> {
  const agencyId = turn.account.user.agencyId;
  if (!agencyId) return [];
  const mine = await turn.catalog.forAgency(agencyId);
  const byKey = mine.filter((t) => t.key.toUpperCase() === code);
  return byKey.length ? byKey : mine.filter((t) => t.code === code);
}

/** The task the draft reports on. */
async function draftTask(turn: Turn, draft: Pick<Draft, "taskId">): Promise<AgencyTask | undefined> {
  const agencyId = turn.account.user.agencyId;
  if (!agencyId || !draft.taskId) return undefined;
  return (await turn.catalog.forAgency(agencyId)).find((t) => t.taskId === draft.taskId);
}

/** Two of the agency's tasks share the code typed (Sa Đéc numbers activities anew in each section): which? */
async function askWhichTask(turn: Turn, code: string): Promise<Reply> {
  const rows = (await agencyTasks(turn, code)).map((t) => [
    { label: `${t.key} ${shorten(t.title, 48)}`, data: PICK_TASK.pack({ id: t.taskId }) },
  ]);
  return say(turn.t("submit-which-task", { code }), [...rows, [cancelButton(turn)]]);
}

/** "báo cáo nhiệm vụ 2.3": a report on that task, when the agency has it (asking which, when two share it). */
async function reportOn(turn: Turn, code: string | undefined): Promise<Partial<Draft> | undefined> {
  const tasks = code ? await agencyTasks(turn, taskCodeIn(code)) : [];
  if (tasks.length > 1)
    return { kind: "report", year: current(turn).year, quarter: current(turn).quarter, taskCode: taskCodeIn(code!) };
  return tasks[0] ? withTarget(turn, tasks[0], { kind: "report" }) : undefined;
}
