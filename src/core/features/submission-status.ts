import { submissionById, submissionsWhere } from "../../db/submission-repo.js";
import { today } from "../../domain/clock.js";
import { resolveQuarter, type Intent } from "../../domain/intent.js";
import { quarterLabel } from "../../domain/quarter.js";
import { callbackData, INTENT } from "../callback.js";
import type { Feature } from "../feature.js";
import { say, stale, type Turn } from "../context.js";
import { withdrawSubmission } from "../submissions/service.js";
import type { Button, Incoming, Reply } from "../types.js";
import { startSubmission } from "./submit.js";
import { mayChange, maySubmit } from "../submissions/permissions.js";

export const WITHDRAW = callbackData("sb:w", { id: "int" });
export const REPLACE = callbackData("sb:r", { id: "int" });

/** "tôi đã nộp chưa?": a quarter's submissions of the user's agency, with withdraw/replace while unreviewed. */
async function status(turn: Turn, intent: Intent): Promise<Reply> {
  const agencyId = turn.account.user.agencyId;
  if (!agencyId) return say(turn.t("no-agency"));
  const q = resolveQuarter(intent.params.quarter, today(turn.clock), intent.params.year);
  const rows = (await submissionsWhere(turn.db, { agencyId, year: q.year, quarter: q.quarter })).filter(
    (r) => r.status !== "withdrawn" && r.status !== "replaced",
  );
  if (rows.length === 0) {
    const offer = maySubmit(turn.account.user, turn.config.submitRoles)
      ? [[{ label: turn.plain("intent-submit"), data: INTENT.pack({ intent: "submit" }) }]]
      : undefined;
    return say(turn.t("status-none", { quarter: quarterLabel(q), agency: turn.account.user.agencyName ?? "" }), offer);
  }
  const lines = [turn.t("status-title", { quarter: quarterLabel(q), agency: turn.account.user.agencyName ?? "" })];
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
      }),
    );
    if (r.status === "submitted" && mayAct) {
      buttons.push([
        { label: turn.plain("button-withdraw", { receipt: r.receipt }), data: WITHDRAW.pack({ id: r.id }) },
        { label: turn.plain("button-replace", { receipt: r.receipt }), data: REPLACE.pack({ id: r.id }) },
      ]);
    }
  }
  return say(lines.join("\n"), buttons);
}

async function change(turn: Turn, data: string, msg: Incoming): Promise<Reply | null> {
  const withdraw = WITHDRAW.unpack(data);
  const id = (withdraw ?? REPLACE.unpack(data))?.id;
  if (id === undefined) return null;
  const row = await submissionById(turn.db, id);
  if (!row) return stale(turn);
  // Only who may submit for that agency (and admins) may withdraw or replace: not any official of it.
  if (!mayChange(turn.account.user, turn.config.submitRoles, row.agencyId)) {
    turn.log?.warn({ account: turn.account.id, submission: id }, "submission change refused");
    return { ...say(turn.t("not-allowed")), toast: turn.plain("not-allowed") };
  }
  if (withdraw) {
    const result = await withdrawSubmission(turn.db, id);
    const key =
      result === "ok" ? "status-withdrawn" : result === "already-reviewed" ? "status-reviewed" : "button-stale";
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

/** What the agency has submitted, and withdrawing or replacing it while unreviewed. */
export const statusFeature: Feature = {
  name: "submission-status",
  intents: ["submission_status"],
  callbacks: [WITHDRAW, REPLACE],
  onIntent: (turn, intent) => status(turn, intent),
  onCallback: change,
};
