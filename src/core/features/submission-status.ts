import { submissionById, submissionsWhere } from "../../db/submission-repo.js";
import { today } from "../../domain/clock.js";
import type { Intent } from "../../domain/intent.js";
import { parseQuarter, quarterLabel } from "../../domain/quarter.js";
import { say, type Turn } from "../context.js";
import { withdrawSubmission } from "../submissions/service.js";
import type { Button, Incoming, Reply } from "../types.js";
import { startSubmission } from "./submit.js";
import { mayChange, maySubmit } from "../submissions/permissions.js";


/** "tôi đã nộp chưa?": this quarter's submissions of the user's agency, with withdraw/replace while unreviewed. */
async function status(turn: Turn): Promise<Reply> {
  const agencyId = turn.account.user.agencyId;
  if (!agencyId) return say(turn.t("no-agency"));
  const q = parseQuarter("", today(turn.clock))!;
  const rows = (await submissionsWhere(turn.db, { agencyId, year: q.year, quarter: q.quarter })).filter((r) => r.status !== "withdrawn" && r.status !== "replaced");
  if (rows.length === 0) {
    const offer = maySubmit(turn.account.user, turn.config.submitRoles) ? [[{ label: turn.plain("intent-submit"), data: "in:submit" }]] : undefined;
    return say(turn.t("status-none", { quarter: quarterLabel(q), agency: turn.account.user.agencyName ?? "" }), offer);
  }
  const lines = [turn.t("status-title", { quarter: quarterLabel(q), agency: turn.account.user.agencyName ?? "" })];
  const buttons: Button[][] = [];
  const mayAct = maySubmit(turn.account.user, turn.config.submitRoles);
  for (const r of rows) {
    lines.push(turn.t("status-line", { receipt: r.receipt, kind: r.kind, code: r.task?.code ?? "", onTime: r.onTime ? "yes" : "no", status: r.status, comment: r.reviewComment ?? "" }));
    if (r.status === "submitted" && mayAct) {
      buttons.push([
        { label: turn.plain("button-withdraw", { receipt: r.receipt }), data: `sb:w:${r.id}` },
        { label: turn.plain("button-replace", { receipt: r.receipt }), data: `sb:r:${r.id}` },
      ]);
    }
  }
  return say(lines.join("\n"), buttons);
}

export async function statusExtension(turn: Turn, msg: Incoming, intent: Intent | null): Promise<Reply | null> {
  const m = /^sb:([wr]):(\d{1,9})$/.exec(msg.callback ?? "");
  if (m) {
    const id = Number(m[2]);
    const row = await submissionById(turn.db, id);
    if (!row) return { ...say(turn.t("button-stale")), toast: turn.plain("button-stale") };
    // Only who may submit for that agency (and admins) may withdraw or replace: not any official of it.
    if (!mayChange(turn.account.user, turn.config.submitRoles, row.agencyId)) {
      turn.log?.warn({ account: turn.account.id, submission: id }, "submission change refused");
      return { ...say(turn.t("not-allowed")), toast: turn.plain("not-allowed") };
    }
    if (m[1] === "w") {
      const result = await withdrawSubmission(turn.db, id);
      const key = result === "ok" ? "status-withdrawn" : result === "already-reviewed" ? "status-reviewed" : "button-stale";
      return { ...say(turn.t(key)), edit: result === "ok" };
    }
    if (row.status !== "submitted") return say(turn.t("status-reviewed"));
    return startSubmission(turn, { ...msg, callback: undefined }, id, {
      kind: row.kind as "article" | "report",
      year: row.year,
      quarter: row.quarter,
      ...(row.taskId ? { taskId: row.taskId, taskCode: row.task?.code } : {}),
    });
  }
  if (intent?.intent === "submission_status") return status(turn);
  return null;
}
