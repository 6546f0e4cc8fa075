// The reviewers' and admins' work from the staff command line: what is pending, and deciding on it. Decisions
// tell the person concerned exactly as a decision in chat does (queued in the outbox, sent by the dispatcher).
import { queueNotices } from "../../core/notices.js";
import { decide } from "../../core/submissions/decision.js";
import { submissionByReceipt, submissionsWhere } from "../../db/submission-repo.js";
import { findUser, listUsers } from "../../db/user-repo.js";
import { formatVnDateTime } from "../../domain/clock.js";
import { quarterId } from "../../domain/quarter.js";
import { i18n } from "../../i18n.js";
import { fileStore, UsageError, type CliContext } from "../context.js";

type Values = Record<string, string | boolean | undefined>;

/** `submissions pending`: waiting for a decision, oldest first, with where each file is stored. */
export async function pendingSubmissions(ctx: CliContext): Promise<number> {
  const db = (await ctx.db()).client;
  const store = fileStore(ctx);
  const now = ctx.clock.now().getTime();
  const rows = (await submissionsWhere(db, { status: "submitted" })).map((r) => ({
    receipt: r.receipt,
    agency: r.agency.name,
    agencyId: r.agencyId,
    kind: r.kind,
    task: r.task?.code ?? null,
    quarter: quarterId(r),
    occurrence: r.occurrence,
    receivedAt: r.receivedAt.toISOString(),
    ageHours: Math.max(0, Math.floor((now - r.receivedAt.getTime()) / 3_600_000)),
    onTime: r.onTime,
    title: r.title,
    fileName: r.fileName,
    file: r.filePath ? store.absolute(r.filePath) : null,
    text: r.contentType === "text" || r.contentType === "link" ? r.body : null,
    duplicateOf: r.duplicateOf,
  }));
  if (ctx.json) ctx.printJson({ pending: rows });
  else
    for (const r of rows)
      ctx.print(
        [
          r.receipt,
          r.agency,
          `${ctx.word("kind", r.kind)}${r.task ? ` ${r.task}` : ""}`,
          r.quarter,
          formatVnDateTime(new Date(r.receivedAt)),
        ]
          .concat(r.title || r.fileName || "")
          .join("\t"),
      );
  return 0;
}

/** `submissions review <receipt> --accept | --return "<comment>"`. */
export async function reviewCommand(ctx: CliContext, receipt: string | undefined, v: Values): Promise<number> {
  const accept = v.accept === true;
  const comment = typeof v.return === "string" ? v.return.trim() : "";
  if (!receipt || accept === (v.return !== undefined)) throw new UsageError(ctx.t("cli-review-usage"));
  if (!accept && !comment) throw new UsageError(ctx.t("cli-review-comment"));
  const database = await ctx.db();
  const s = await submissionByReceipt(database.client, receipt.toUpperCase());
  if (!s) {
    if (ctx.json) ctx.printJson({ ok: false, error: "not-found", receipt });
    else ctx.print(ctx.t("cli-review-none", { receipt }));
    return 1;
  }
  const services = { db: database.client, clock: ctx.clock, i18n: i18n() };
  const done = await decide(services, s.id, null, accept, accept ? null : comment.slice(0, 1000));
  if (done.result !== "ok") {
    if (ctx.json) ctx.printJson({ ok: false, error: done.result, receipt: s.receipt, status: s.status });
    else ctx.print(ctx.t("cli-review-already", { receipt: s.receipt, status: ctx.word("sub", s.status) }));
    return 1;
  }
  const queued = await queueNotices(services, done.notices);
  const out = { ok: true, receipt: s.receipt, status: accept ? "accepted" : "returned", notified: queued };
  if (ctx.json) ctx.printJson(out);
  else ctx.print(ctx.t("cli-review-done", { receipt: s.receipt, status: out.status, notified: queued }));
  return 0;
}

/** `users pending`: access requests waiting for an admin. */
export async function pendingUsers(ctx: CliContext): Promise<number> {
  const users = await listUsers((await ctx.db()).client, "pending");
  if (ctx.json) ctx.printJson({ pending: users });
  else
    for (const u of users) ctx.print(`#${u.id}\t${u.displayName || "—"}\t${u.agency ?? "—"}\t${u.accounts.join(", ")}`);
  return 0;
}

/** The person approved or denied from the command line is told, as from chat. */
export async function tellAccessDecision(ctx: CliContext, userId: number, approved: boolean): Promise<number> {
  const database = await ctx.db();
  const user = await findUser(database.client, userId);
  const agency = user?.agency?.name ?? "—";
  const notice = approved ? "access-approved" : "access-denied-notice";
  const services = { db: database.client, clock: ctx.clock, i18n: i18n() };
  return queueNotices(services, [{ userId, render: (w) => ({ text: w.t(notice, { agency }) }) }]);
}
