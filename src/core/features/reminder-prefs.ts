import type { Db } from "../../db/client.js";
import { parseIso, isValidIsoDate, isoDate, addDays, formatVnDate } from "../../domain/calendar.js";
import { formatVnDateTime, today } from "../../domain/clock.js";
import type { Intent } from "../../domain/intent.js";
import { isoWeekday, localInstant, nextSlot, type WorkCalendar } from "../../domain/workcal.js";
import { fold } from "../../domain/text.js";
import { say, type Turn } from "../context.js";
import type { Button, Incoming, Reply } from "../types.js";


const when = formatVnDateTime;

/** Moves one reminder (a copy that comes back once); the schedule behind it is untouched. */
async function snooze(turn: Turn, cal: WorkCalendar, rowId: number | null, days: number | "w"): Promise<Reply> {
  const db = turn.db;
  const row = rowId
    ? await db.outboxMessage.findUnique({ where: { id: rowId } })
    : await db.outboxMessage.findFirst({ where: { accountId: turn.account.id, state: "sent", kind: { not: "digest" } }, orderBy: { sentAt: "desc" } });
  if (!row || row.userId !== turn.account.user.id) return { ...say(turn.t(row ? "not-allowed" : "snooze-nothing")), toast: turn.t("not-allowed") };
  const now = turn.clock.now();
  let at: Date;
  if (days === "w") {
    const day = today(turn.clock);
    at = localInstant(addDays(day, 8 - isoWeekday(day)), cal.startMinute);
  } else at = new Date(now.getTime() + days * 86_400_000);
  at = nextSlot(cal, at);
  const key = `${row.dedupeKey}|snooze`;
  const existing = await db.outboxMessage.findUnique({ where: { dedupeKey: key } });
  if (existing) return say(turn.t("snooze-already", { at: when(existing.sendAfter) }));
  const { id: _id, dedupeKey: _k, state: _s, attempts: _a, lockedBy: _l, lockedUntil: _u, lastError: _e, sentAt: _t, createdAt: _c, ...copy } = row;
  await db.outboxMessage.create({ data: { ...copy, dedupeKey: key, sendAfter: at } });
  return say(turn.t("snooze-set", { at: when(at) }));
}

async function mute(turn: Turn, rowId: number): Promise<Reply> {
  const row = await turn.db.outboxMessage.findUnique({ where: { id: rowId } });
  if (!row || row.userId !== turn.account.user.id) return { ...say(turn.t("not-allowed")), toast: turn.t("not-allowed") };
  const scope = row.taskId ? `task:${row.taskId}` : `kind:${row.kind}`;
  await turn.db.mute.upsert({ where: { userId_scope: { userId: row.userId, scope } }, create: { userId: row.userId, scope }, update: {} });
  await turn.db.outboxMessage.updateMany({ where: { userId: row.userId, state: "pending", ...(row.taskId ? { taskId: row.taskId } : { kind: row.kind }) }, data: { state: "cancelled", lastError: "muted" } });
  return say(turn.t(row.taskId ? "mute-task" : `mute-kind-${row.kind}`));
}

/** "nghỉ phép đến 15/3": the date they are back (with this year's year when none is written). */
export function parseReturnDate(arg: string, todayIso: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/.exec(arg.trim());
  if (!m) return null;
  let year = m[3] ? Number(m[3]) : parseIso(todayIso).year;
  if (year < 100) year += 2000;
  const date = isoDate(year, Number(m[2]), Number(m[1]));
  if (!isValidIsoDate(date)) return null;
  // "đến 5/1" said in December means next January.
  return !m[3] && date < todayIso ? isoDate(year + 1, Number(m[2]), Number(m[1])) : date;
}

async function away(turn: Turn, arg: string): Promise<Reply> {
  const back = parseReturnDate(arg, today(turn.clock));
  if (!back || back <= today(turn.clock)) return say(turn.t("away-bad-date"));
  const u = turn.account.user;
  await turn.db.user.update({ where: { id: u.id }, data: { awayUntil: localInstant(back, 0), standInId: null } });
  const colleagues = u.agencyId ? await turn.db.user.findMany({ where: { agencyId: u.agencyId, status: "active", id: { not: u.id }, role: { in: ["focal", "official", "leader"] } }, select: { id: true, displayName: true }, take: 8 }) : [];
  const buttons: Button[][] = colleagues.map((c) => [{ label: c.displayName || `#${c.id}`, data: `rm:si:${c.id}` }]);
  buttons.push([{ label: turn.plain("button-no-stand-in"), data: "rm:si:0" }]);
  return say(turn.t("away-set", { date: formatVnDate(back) }), colleagues.length ? buttons : undefined);
}

async function standIn(turn: Turn, id: number): Promise<Reply> {
  const u = turn.account.user;
  if (id === 0) return say(turn.t("stand-in-none"));
  const other = await turn.db.user.findUnique({ where: { id }, select: { agencyId: true, status: true, displayName: true } });
  if (!other || id === u.id || other.agencyId !== u.agencyId || other.status !== "active") return { ...say(turn.t("not-allowed")), toast: turn.t("not-allowed") };
  await turn.db.user.update({ where: { id: u.id }, data: { standInId: id } });
  return say(turn.t("stand-in-set", { name: other.displayName || `#${id}` }));
}

async function back(turn: Turn, db: Db): Promise<Reply> {
  const u = turn.account.user;
  await db.user.update({ where: { id: u.id }, data: { awayUntil: null, standInId: null } });
  await db.outboxMessage.updateMany({ where: { userId: u.id, state: "pending", sendAfter: { gt: turn.clock.now() }, lastError: "recipient away" }, data: { sendAfter: turn.clock.now() } });
  return say(turn.t("away-cleared"));
}

/** Snooze, mute, away and stand-in: how people steer the reminders they get. */
export function reminderPrefsExtension(cal: WorkCalendar) {
  return async (turn: Turn, msg: Incoming, intent: Intent | null): Promise<Reply | null> => {
    const data = msg.callback;
    if (data?.startsWith("rm:")) {
      let m: RegExpExecArray | null;
      if ((m = /^rm:s:(\d{1,9}):([13w])$/.exec(data))) return snooze(turn, cal, Number(m[1]), m[2] === "w" ? "w" : Number(m[2]));
      if ((m = /^rm:m:(\d{1,9})$/.exec(data))) return mute(turn, Number(m[1]));
      if ((m = /^rm:si:(\d{1,9})$/.exec(data))) return standIn(turn, Number(m[1]));
      return { ...say(turn.t("button-stale")), toast: turn.t("button-stale") };
    }
    switch (intent?.intent) {
      case "snooze":
        return snooze(turn, cal, null, intent.params.days === 7 && /tuan/.test(fold(msg.text ?? "")) ? "w" : (intent.params.days ?? 1));
      case "away":
        return intent.params.arg ? away(turn, intent.params.arg) : say(turn.t("away-bad-date"));
      case "back":
        return back(turn, turn.db);
      case "unmute":
        await turn.db.mute.deleteMany({ where: { userId: turn.account.user.id } });
        return say(turn.t("unmuted"));
      default:
        return null;
    }
  };
}
