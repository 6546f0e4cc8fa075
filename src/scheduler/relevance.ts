import type { Button, OutMessage } from "../core/types.js";
import type { Db } from "../db/client.js";
import {
  digestDue,
  foldIntoDigest,
  laterStageDue,
  sentSince,
  stillClaimed,
  type OutboxRow,
} from "../db/outbox-repo.js";
import { articleSent, occurrenceReported } from "../db/submission-repo.js";
import { reminderStanding } from "../db/user-repo.js";
import { localDate, type Clock } from "../domain/clock.js";
import { localInstant, nextSlot, type WorkCalendar } from "../domain/workcal.js";
import { digestAt, nextDigestAt } from "../domain/digest.js";
import { composeDigest } from "../core/digest/compose.js";
import { liveItems } from "../core/digest/live.js";
import { isLocale, type Args, type I18n } from "../i18n.js";
import type { Verdict } from "./dispatcher.js";

/** How pushes are limited: the work calendar, when digests go, and how many messages a person gets a day. */
export interface PushRules {
  cal: WorkCalendar;
  digestMinute?: number;
  /** Messages a day per chat account, the digest included (default 3); beyond, they wait for the next digest. */
  dailyCap?: number;
}

/** What the dispatcher knows of the channel a row goes out on. */
export interface SendingOn {
  maxText: number;
}

/**
 * Decides at the last moment whether a claimed message still matters and what it says: a digest is
 * composed from its items still worth showing; a reminder of a thing done, muted, superseded or past is
 * dropped; a recipient away holds it; the daily cap sends what is beyond to the next digest.
 */
export function reminderCheck(db: Db, clock: Clock, rules: PushRules, i18n: I18n) {
  return async (row: OutboxRow, on: SendingOn = { maxText: 4096 }): Promise<Verdict> => {
    const now = clock.now();
    if (row.kind === "digest") return digestVerdict(db, rules, i18n, row, on, now);
    if (row.kind !== "notice") {
      const verdict = (await forRecipient(db, rules.cal, row, now)) ?? (await forSubject(db, row, now));
      if (verdict) return verdict;
    }
    return capped(db, rules, row, now);
  };
}

/** Beyond the day's cap, a message waits for the next digest (which takes it in) or goes just after it. */
async function capped(db: Db, rules: PushRules, row: OutboxRow, now: Date): Promise<Verdict> {
  if (row.deferReason === "daily-cap") {
    // Held for the digest: one sent just before may have taken it in, one due now will.
    if (!(await stillClaimed(db, row))) return { cancel: "folded into a digest" };
    if (await digestDue(db, row.accountId, now))
      return { defer: new Date(now.getTime() + 60_000), reason: "daily-cap", why: "joins the digest due now" };
  }
  const day = localDate(now);
  if ((await sentSince(db, row.accountId, localInstant(day, 0))) < (rules.dailyCap ?? 3)) return null;
  const next = nextDigestAt(rules.cal, rules.digestMinute, now, day);
  return { defer: new Date(next.getTime() + 60_000), reason: "daily-cap", why: "daily cap reached" };
}

async function digestVerdict(
  db: Db,
  rules: PushRules,
  i18n: I18n,
  row: OutboxRow,
  on: SendingOn,
  now: Date,
): Promise<Verdict> {
  if (!(await stillClaimed(db, row))) return { cancel: "folded into another digest" };
  const user = await reminderStanding(db, row.userId);
  if (user?.status !== "active") return { cancel: "user not active" };
  if (user.awayUntil && user.awayUntil > now)
    return { defer: digestAt(rules.cal, rules.digestMinute, localDate(user.awayUntil)), reason: "away", why: "away" };
  const items = await foldIntoDigest(db, row, now);
  const live = await liveItems(db, row.accountId, items, user.mutes, now, row.id);
  const locale = isLocale(user.locale) ? user.locale : "vi";
  const words = {
    t: (id: string, a?: Args) => i18n.t(locale, id, a),
    plain: (id: string, a?: Args) => i18n.plain(locale, id, a),
  };
  const message = composeDigest(words, { rowId: row.id, items, live, day: localDate(now), maxText: on.maxText });
  return message ? { message } : { cancel: "nothing left to remind" };
}

/** The recipient: still active, not away (held until back), not muting this task or kind. */
async function forRecipient(db: Db, cal: WorkCalendar, row: OutboxRow, now: Date): Promise<Verdict> {
  const user = await reminderStanding(db, row.userId);
  if (user?.status !== "active") return { cancel: "user not active" };
  if (user.awayUntil && user.awayUntil > now)
    return { defer: nextSlot(cal, user.awayUntil), reason: "away", why: "recipient away" };
  if (user.mutes.has(`kind:${row.kind}`) || (row.taskId && user.mutes.has(`task:${row.taskId}`)))
    return { cancel: "muted" };
  return null;
}

/** What it is about: not already sent or reported, its countdown not past, no later stage due. */
async function forSubject(db: Db, row: OutboxRow, now: Date): Promise<Verdict> {
  const aboutArticle = row.kind === "article" || row.kind === "escalation";
  if (aboutArticle && row.agencyId && row.year && row.quarter) {
    if (await articleSent(db, row.agencyId, row.year, row.quarter)) return { cancel: "article already submitted" };
  }
  if ((row.kind === "task" || row.kind === "rotation") && row.taskId && row.agencyId && row.dueDate) {
    if (await occurrenceReported(db, row.agencyId, row.taskId, row.dueDate)) return { cancel: "occurrence reported" };
  }
  if (/^T-\d+$/.test(row.stage) && row.dueDate && row.dueDate < localDate(now)) return { cancel: "due date passed" };
  if (await laterStageDue(db, row, now)) return { cancel: "superseded by a later stage" };
  return null;
}

/** Where a stored button refers to its own outbox row (rows written before digests still carry it). */
export const ROW_ID = "{id}";

/** The buttons stored with an outbox row, pointing at the row itself. */
export function storedButtons(row: Pick<OutboxRow, "id" | "buttons">): Button[][] {
  let rows: Button[][];
  try {
    rows = JSON.parse(row.buttons) as Button[][];
  } catch {
    return [];
  }
  return Array.isArray(rows)
    ? rows.map((r) => r.map((b) => ({ label: b.label, data: b.data.replace(ROW_ID, String(row.id)) })))
    : [];
}

/** The file stored with an outbox row, if any. */
export function storedFile(row: Pick<OutboxRow, "file">): OutMessage["file"] | undefined {
  if (!row.file) return undefined;
  try {
    const f = JSON.parse(row.file) as NonNullable<OutMessage["file"]>;
    return typeof f.path === "string" && typeof f.name === "string" ? f : undefined;
  } catch {
    return undefined;
  }
}
