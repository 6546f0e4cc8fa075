import { submissionById, submissionsWhere, type SubmissionRow } from "../../db/submission-repo.js";
import { formatVnDate, quarterOf, quarterStart } from "../../domain/calendar.js";
import { today } from "../../domain/clock.js";
import { resolveQuarter, type Intent } from "../../domain/intent.js";
import { quarterLabel } from "../../domain/quarter.js";
import { callbackData, INTENT } from "../callback.js";
import type { Feature } from "../feature.js";
import { say, stale, type Turn } from "../context.js";
import { agencyProgress, progressOptions } from "../progress.js";
import { articleCycleOf } from "../submissions/cycle.js";
import { submissionName } from "../submissions/decision.js";
import { withdrawSubmission } from "../submissions/service.js";
import type { Button, Incoming, Reply } from "../types.js";
import { startSubmission } from "./submit.js";
import { mayChange, maySubmit } from "../submissions/permissions.js";

export const WITHDRAW = callbackData("sb:w", { id: "int" });
export const REPLACE = callbackData("sb:r", { id: "int" });
/** The confirmations: withdrawing or replacing names the receipt and asks first. */
export const WITHDRAW_YES = callbackData("sb:wy", { id: "int" });
export const REPLACE_YES = callbackData("sb:ry", { id: "int" });
export const KEEP = callbackData("sb:keep", {});

/** The lines and buttons for a list of submissions: each with its state, withdraw/replace while unreviewed. */
function submissionLines(turn: Turn, rows: SubmissionRow[]): { lines: string[]; buttons: Button[][] } {
  const lines: string[] = [];
  const buttons: Button[][] = [];
  const mayAct = maySubmit(turn.account.user, turn.config.submitRoles);
  for (const r of rows) {
    lines.push(
      turn.t("status-line", {
        receipt: r.receipt,
        kind: r.kind,
        code: r.task?.code ?? "",
        onTime: r.onTime ? "yes" : "no",
        status: r.status,
        comment: r.reviewComment ?? "",
        name: submissionName(r),
      }),
    );
    if (r.status === "submitted" && mayAct) {
      buttons.push([
        { label: turn.plain("button-withdraw", { receipt: r.receipt }), data: WITHDRAW.pack({ id: r.id }) },
        { label: turn.plain("button-replace", { receipt: r.receipt }), data: REPLACE.pack({ id: r.id }) },
      ]);
    }
  }
  return { lines, buttons };
}

const live = (r: SubmissionRow) => r.status !== "withdrawn" && r.status !== "replaced";

/** The current quarter's article, and what the agency still owes from earlier dates (a few). */
async function owedLines(turn: Turn, agencyId: string): Promise<string[]> {
  const day = today(turn.clock);
  const progress = await agencyProgress(turn, agencyId, progressOptions(turn.config, day));
  const cycle = await articleCycleOf(turn);
  const article = progress.find((t) => t.task.taskId === cycle?.taskId && t.task.role === "lead");
  const now = article?.occurrences.find((o) => o.due >= quarterStart(quarterOf(day).year, quarterOf(day).quarter));
  const head = now
    ? [
        turn.t("status-article-line", {
          quarter: quarterLabel(quarterOf(now.due)),
          date: formatVnDate(now.due),
          state: turn.plain(`progress-${now.status}`),
        }),
      ]
    : [];
  const owed = progress
    .filter((t) => t.task.role === "lead")
    .flatMap((t) =>
      t.occurrences.filter((o) => o.status === "overdue" || o.status === "returned").map((o) => ({ t, o })),
    )
    .sort((a, b) => (a.o.due < b.o.due ? -1 : a.o.due > b.o.due ? 1 : 0));
  if (owed.length === 0) return head;
  const lines = [...head, "", turn.t("status-owed-title", { count: owed.length })];
  for (const { t, o } of owed.slice(0, 8))
    lines.push(
      turn.t("status-owed-line", {
        code: t.task.code,
        date: formatVnDate(o.due),
        state: turn.plain(`progress-${o.status}`),
      }),
    );
  if (owed.length > 8) lines.push(turn.t("status-owed-more", { count: owed.length - 8 }));
  return lines;
}

/**
 * "tôi đã nộp chưa?": for the quarter asked, its submissions; without one, the year's (newest first) and what
 * is still owed from earlier dates — a quarter just past is never hidden behind the new one.
 */
async function status(turn: Turn, intent: Intent): Promise<Reply> {
  const agencyId = turn.account.user.agencyId;
  if (!agencyId) return say(turn.t("no-agency"));
  const agency = turn.account.user.agencyName ?? "";
  const day = today(turn.clock);
  const asked = intent.params.quarter !== undefined || intent.params.year !== undefined;
  const q = resolveQuarter(intent.params.quarter, day, intent.params.year);
  const where = asked ? { agencyId, year: q.year, quarter: q.quarter } : { agencyId, year: q.year };
  const rows = (await submissionsWhere(turn.db, where)).filter(live).reverse();
  const owed = asked ? [] : await owedLines(turn, agencyId);
  if (rows.length === 0 && owed.length === 0) {
    const offer = maySubmit(turn.account.user, turn.config.submitRoles)
      ? [[{ label: turn.plain("intent-submit"), data: INTENT.pack({ intent: "submit" }) }]]
      : undefined;
    const none = asked
      ? turn.t("status-none", { quarter: quarterLabel(q), agency })
      : turn.t("status-none-year", { year: String(q.year), agency });
    return say(none, offer);
  }
  const title = asked
    ? turn.t("status-title", { quarter: quarterLabel(q), agency })
    : turn.t("status-title-year", { year: String(q.year), agency });
  const { lines, buttons } = submissionLines(turn, rows.slice(0, 10));
  if (rows.length === 0) lines.push(turn.t("status-none-year", { year: String(q.year), agency }));
  return say([title, ...lines, ...owed].join("\n"), buttons);
}

/** Withdraw or replace: named and asked before anything happens. */
function confirmChange(turn: Turn, row: SubmissionRow, withdraw: boolean): Reply {
  const args = { receipt: row.receipt, name: submissionName(row) };
  const yes = withdraw
    ? { label: turn.plain("button-withdraw-yes", args), data: WITHDRAW_YES.pack({ id: row.id }) }
    : { label: turn.plain("button-replace-yes", args), data: REPLACE_YES.pack({ id: row.id }) };
  return say(turn.t(withdraw ? "status-withdraw-confirm" : "status-replace-confirm", args), [
    [yes, { label: turn.plain("button-keep"), data: KEEP.pack({}) }],
  ]);
}

async function change(turn: Turn, data: string, msg: Incoming): Promise<Reply | null> {
  if (KEEP.match(data)) return { ...say(turn.t("status-kept")), edit: true };
  const asked = WITHDRAW.unpack(data) ?? REPLACE.unpack(data);
  const withdraw = WITHDRAW_YES.unpack(data);
  const id = (asked ?? withdraw ?? REPLACE_YES.unpack(data))?.id;
  if (id === undefined) return null;
  const row = await submissionById(turn.db, id);
  if (!row) return stale(turn);
  // Only who may submit for that agency (and admins) may withdraw or replace: not any official of it.
  if (!mayChange(turn.account.user, turn.config.submitRoles, row.agencyId)) {
    turn.log?.warn({ account: turn.account.id, submission: id }, "submission change refused");
    return { ...say(turn.t("not-allowed")), toast: turn.plain("not-allowed") };
  }
  if (asked) {
    if (row.status !== "submitted") return say(turn.t("status-reviewed"));
    return confirmChange(turn, row, WITHDRAW.match(data));
  }
  if (withdraw) {
    const result = await withdrawSubmission(turn.db, id);
    const key =
      result === "ok" ? "status-withdrawn" : result === "already-reviewed" ? "status-reviewed" : "button-stale";
    return { ...say(turn.t(key, { receipt: row.receipt, name: submissionName(row) })), edit: result === "ok" };
  }
  if (row.status !== "submitted") return say(turn.t("status-reviewed"));
  return startSubmission(turn, { ...msg, callback: undefined }, id, {
    kind: row.kind as "article" | "report",
    year: row.year,
    quarter: row.quarter,
    ...(row.taskId ? { taskId: row.taskId, taskCode: row.task?.code } : {}),
  });
}

/** What the agency has submitted, and withdrawing or replacing it while unreviewed. */
export const statusFeature: Feature = {
  name: "submission-status",
  intents: ["submission_status"],
  callbacks: [WITHDRAW, REPLACE, WITHDRAW_YES, REPLACE_YES, KEEP],
  onIntent: (turn, intent) => status(turn, intent),
  onCallback: change,
};
