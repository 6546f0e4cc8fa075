import { cancelMuted, reminderFor, releaseAway, snooze as snoozeReminder } from "../../db/outbox-repo.js";
import { addMute, clearMutes, colleaguesOf, setAway, setStandIn, userBrief } from "../../db/user-repo.js";
import { addDays, formatVnDate, type IsoDate } from "../../domain/calendar.js";
import { formatVnDateTime, today } from "../../domain/clock.js";
import { resolveDay, type DayRef, type Intent } from "../../domain/intent.js";
import { callbackData } from "../callback.js";
import { onDigestTyped } from "./digest-items.js";
import type { Feature } from "../feature.js";
import { isoWeekday, localInstant, nextSlot, type WorkCalendar } from "../../domain/workcal.js";
import { fold } from "../../domain/text.js";
import { say, stale, type Turn } from "../context.js";
import type { Button, Incoming, Reply } from "../types.js";

const when = formatVnDateTime;
export const SNOOZE = callbackData("rm:s", { id: "int", days: "word" });
export const MUTE = callbackData("rm:m", { id: "int" });
export const STAND_IN = callbackData("rm:si", { id: "int" });

/** Moves one reminder (a copy that comes back once); the schedule behind it is untouched. */
async function snooze(
  turn: Turn,
  cal: WorkCalendar,
  rowId: number | null,
  days: number | "w",
  said = "",
): Promise<Reply> {
  const viaDigest = rowId ? null : await onDigestTyped(turn, cal, { snooze: days }, said);
  if (viaDigest) return viaDigest;
  const row = await reminderFor(turn.db, turn.account.id, rowId);
  if (!row || row.userId !== turn.account.user.id)
    return { ...say(turn.t(row ? "not-allowed" : "snooze-nothing")), toast: turn.t("not-allowed") };
  const now = turn.clock.now();
  let at: Date;
  if (days === "w") {
    const day = today(turn.clock);
    at = localInstant(addDays(day, 8 - isoWeekday(day)), cal.startMinute);
  } else at = new Date(now.getTime() + days * 86_400_000);
  const moved = await snoozeReminder(turn.db, row, nextSlot(cal, at));
  return say(turn.t(moved.already ? "snooze-already" : "snooze-set", { at: when(moved.at) }));
}

/** Mutes what one reminder is about (its task, or its kind); typed "tắt nhắc" means the latest one. */
async function mute(turn: Turn, cal: WorkCalendar, rowId: number | null, said = ""): Promise<Reply> {
  const viaDigest = rowId ? null : await onDigestTyped(turn, cal, { mute: true }, said);
  if (viaDigest) return viaDigest;
  const row = await reminderFor(turn.db, turn.account.id, rowId);
  if (!row && !rowId) return say(turn.t("mute-nothing"));
  if (!row || row.userId !== turn.account.user.id)
    return { ...say(turn.t("not-allowed")), toast: turn.t("not-allowed") };
  await addMute(turn.db, row.userId, row.taskId ? `task:${row.taskId}` : `kind:${row.kind}`);
  await cancelMuted(turn.db, row.userId, row.taskId ? { taskId: row.taskId } : { kind: row.kind });
  return say(turn.t(row.taskId ? "mute-task" : `mute-kind-${row.kind}`));
}

/** "nghỉ phép đến 15/3", "nghỉ ốm đến thứ 6": away until that day; a day already past is questioned. */
async function away(turn: Turn, until: DayRef | undefined): Promise<Reply> {
  const day = today(turn.clock);
  const r = until ? resolveDay(until, day) : { invalid: true as const };
  if ("past" in r) return say(turn.t("away-past", { date: formatVnDate(r.past) }));
  const back: IsoDate | null = "date" in r ? r.date : null;
  if (!back || back <= day) return say(turn.t("away-bad-date"));
  const u = turn.account.user;
  await setAway(turn.db, u.id, localInstant(back, 0));
  const colleagues = u.agencyId ? await colleaguesOf(turn.db, u.id, u.agencyId, 8) : [];
  const buttons: Button[][] = colleagues.map((c) => [
    { label: c.displayName || `#${c.id}`, data: STAND_IN.pack({ id: c.id }) },
  ]);
  buttons.push([{ label: turn.plain("button-no-stand-in"), data: STAND_IN.pack({ id: 0 }) }]);
  return say(turn.t("away-set", { date: formatVnDate(back) }), colleagues.length ? buttons : undefined);
}

async function standIn(turn: Turn, id: number): Promise<Reply> {
  const u = turn.account.user;
  if (id === 0) return say(turn.t("stand-in-none"));
  const other = await userBrief(turn.db, id);
  if (!other || id === u.id || other.agencyId !== u.agencyId || other.status !== "active")
    return { ...say(turn.t("not-allowed")), toast: turn.t("not-allowed") };
  await setStandIn(turn.db, u.id, id);
  return say(turn.t("stand-in-set", { name: other.displayName || `#${id}` }));
}

/** Back at work: what was held while they were away goes now. */
async function back(turn: Turn): Promise<Reply> {
  const u = turn.account.user;
  await setAway(turn.db, u.id, null);
  await releaseAway(turn.db, u.id, turn.clock.now());
  return say(turn.t("away-cleared"));
}

async function onCallback(turn: Turn, cal: WorkCalendar, data: string): Promise<Reply> {
  const snoozed = SNOOZE.unpack(data);
  if (snoozed && /^(?:1|3|w)$/.test(snoozed.days))
    return snooze(turn, cal, snoozed.id, snoozed.days === "w" ? "w" : Number(snoozed.days));
  const muted = MUTE.unpack(data);
  if (muted) return mute(turn, cal, muted.id);
  const standing = STAND_IN.unpack(data);
  if (standing) return standIn(turn, standing.id);
  return stale(turn);
}

/** Snooze, mute, away and stand-in: how people steer the reminders they get. */
export function reminderPrefsFeature(cal: WorkCalendar): Feature {
  return {
    name: "reminder-prefs",
    intents: ["snooze", "mute", "unmute", "away", "back"],
    callbacks: [SNOOZE, MUTE, STAND_IN],
    async onIntent(turn, intent: Intent, msg: Incoming) {
      switch (intent.intent) {
        case "snooze":
          return snooze(
            turn,
            cal,
            null,
            intent.params.days === 7 && /tuan/.test(fold(msg.text ?? "")) ? "w" : (intent.params.days ?? 1),
            msg.text ?? "",
          );
        case "mute":
          return mute(turn, cal, null, msg.text ?? "");
        case "away":
          return away(turn, intent.params.until);
        case "back":
          return back(turn);
        default:
          await clearMutes(turn.db, turn.account.user.id);
          return say(turn.t("unmuted"));
      }
    },
    onCallback: (turn, data) => onCallback(turn, cal, data),
  };
}
