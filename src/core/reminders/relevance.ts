import type { Db } from "../../db/client.js";
import type { OutboxRow } from "../../db/outbox-repo.js";
import { LIVE_STATUSES } from "../../db/submission-repo.js";
import { localDate, type Clock } from "../../domain/clock.js";
import { nextSlot, type WorkCalendar } from "../../domain/workcal.js";
import type { Button } from "../types.js";
import { MUTE, SNOOZE } from "../features/reminder-prefs.js";

/**
 * Decides at the last moment whether a claimed reminder still matters: the
 * article already sent, the task or kind muted, a later stage of the same
 * reminder already due, a countdown whose date has passed, a recipient away.
 */
export function reminderCheck(db: Db, clock: Clock, cal: WorkCalendar) {
  return async (row: OutboxRow): Promise<null | { cancel: string } | { defer: Date; why: string }> => {
    if (row.kind === "digest") return null;
    const now = clock.now();
    const user = await db.user.findUnique({
      where: { id: row.userId },
      select: { status: true, awayUntil: true, mutes: { select: { scope: true } } },
    });
    if (user?.status !== "active") return { cancel: "user not active" };
    if (user.awayUntil && user.awayUntil > now) return { defer: nextSlot(cal, user.awayUntil), why: "recipient away" };
    const scopes = new Set(user.mutes.map((m) => m.scope));
    if (scopes.has(`kind:${row.kind}`) || (row.taskId && scopes.has(`task:${row.taskId}`))) return { cancel: "muted" };
    if ((row.kind === "article" || row.kind === "escalation") && row.agencyId && row.year && row.quarter) {
      const sent = await db.submission.count({
        where: {
          agencyId: row.agencyId,
          kind: "article",
          year: row.year,
          quarter: row.quarter,
          status: { in: LIVE_STATUSES.filter((s) => s !== "returned") },
        },
      });
      if (sent > 0) return { cancel: "article already submitted" };
    }
    if (/^T-\d+$/.test(row.stage) && row.dueDate && row.dueDate < localDate(now)) return { cancel: "due date passed" };
    const newer = await db.outboxMessage.count({
      where: {
        accountId: row.accountId,
        subject: row.subject,
        kind: row.kind,
        stageOrder: { gt: row.stageOrder },
        sendAfter: { lte: now },
        state: { in: ["pending", "sending", "sent"] },
      },
    });
    if (newer > 0) return { cancel: "superseded by a later stage" };
    return null;
  };
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
