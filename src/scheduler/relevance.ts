import { MUTE, SNOOZE } from "../core/features/reminder-prefs.js";
import type { Button, OutMessage } from "../core/types.js";
import type { Db } from "../db/client.js";
import { laterStageDue, type OutboxRow } from "../db/outbox-repo.js";
import { articleSent, occurrenceReported } from "../db/submission-repo.js";
import { reminderStanding } from "../db/user-repo.js";
import { localDate, type Clock } from "../domain/clock.js";
import { nextSlot, type WorkCalendar } from "../domain/workcal.js";
import type { Verdict } from "./dispatcher.js";

/** Messages that are not reminders: a digest, or a notice about something that just happened (always sent). */
const ALWAYS_SENT = new Set(["digest", "notice"]);

/**
 * Decides at the last moment whether a claimed reminder still matters: the
 * article already sent, the task or kind muted, a later stage of the same
 * reminder already due, a countdown whose date has passed, a recipient away.
 */
export function reminderCheck(db: Db, clock: Clock, cal: WorkCalendar) {
  return async (row: OutboxRow): Promise<Verdict> => {
    if (ALWAYS_SENT.has(row.kind)) return null;
    const now = clock.now();
    return (await forRecipient(db, cal, row, now)) ?? (await forSubject(db, row, now));
  };
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

/** Where a stored button refers to its own outbox row (not known before the row is inserted). */
export const ROW_ID = "{id}";

/** Snooze and mute buttons for a reminder, in its recipient's language (stored with the row). */
export function reminderButtons(plain: (id: string) => string): Button[][] {
  return [
    [
      { label: plain("button-snooze-1"), data: `${SNOOZE.prefix}:${ROW_ID}:1` },
      { label: plain("button-snooze-3"), data: `${SNOOZE.prefix}:${ROW_ID}:3` },
      { label: plain("button-snooze-week"), data: `${SNOOZE.prefix}:${ROW_ID}:w` },
    ],
    [{ label: plain("button-mute"), data: `${MUTE.prefix}:${ROW_ID}` }],
  ];
}

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
