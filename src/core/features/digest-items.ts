// What a person does with one item of their daily digest: open it (its card), snooze it into a later
// digest, mute it, open its task, report on it; and the rest of a long digest ("xem thêm").
import {
  cancelMuted,
  digestFor,
  enqueueDigests,
  latestDigest,
  reminderFor,
  type OutboxRow,
} from "../../db/outbox-repo.js";
import { addMute, reminderStanding } from "../../db/user-repo.js";
import { addDays, formatVnDate } from "../../domain/calendar.js";
import { localDate, today } from "../../domain/clock.js";
import { digestAt, ordered, parseItems, type DigestItem } from "../../domain/digest.js";
import { isoWeekday, localInstant, nextSlot, type WorkCalendar } from "../../domain/workcal.js";
import { fold } from "../../domain/text.js";
import { callbackData } from "../callback.js";
import { actionable, composeDigest, itemLabel, itemLine, itemName, ITEM, MORE, type Words } from "../digest/compose.js";
import { liveItems } from "../digest/live.js";
import { say, stale, type Turn } from "../context.js";
import type { Feature } from "../feature.js";
import type { Button, Incoming, Reply } from "../types.js";
import { startArticle, startReportOn } from "./submit.js";
import { OPEN_TASK } from "./task-detail.js";

export const ITEM_SNOOZE = callbackData("dg:s", { row: "int", item: "int", days: "word" });
export const ITEM_MUTE = callbackData("dg:m", { row: "int", item: "int" });
export const ITEM_REPORT = callbackData("dg:r", { row: "int", item: "int" });

type Days = number | "w";
const words = (turn: Turn): Words => ({ t: turn.t, plain: turn.plain });

/** The person's own digest and one of its items (null: not theirs, or gone). */
async function ownItem(turn: Turn, rowId: number, index: number) {
  const row = await reminderFor(turn.db, turn.account.id, rowId);
  if (row?.kind !== "digest" || row.userId !== turn.account.user.id) return null;
  const item = parseItems(row.items)[index];
  return item ? { row, item } : null;
}

const refused = (turn: Turn): Reply => ({ ...say(turn.t("not-allowed")), toast: turn.plain("not-allowed") });

function card(turn: Turn, row: OutboxRow, index: number, item: DigestItem): Reply {
  const pack = { row: row.id, item: index };
  const buttons: Button[][] = [
    [
      { label: turn.plain("button-snooze-1"), data: ITEM_SNOOZE.pack({ ...pack, days: "1" }) },
      { label: turn.plain("button-snooze-3"), data: ITEM_SNOOZE.pack({ ...pack, days: "3" }) },
      { label: turn.plain("button-snooze-week"), data: ITEM_SNOOZE.pack({ ...pack, days: "w" }) },
    ],
    [{ label: turn.plain("button-mute"), data: ITEM_MUTE.pack(pack) }],
  ];
  const open = item.taskId
    ? [{ label: turn.plain("digest-button-open"), data: OPEN_TASK.pack({ id: item.taskId }) }]
    : [];
  const report = {
    label: turn.plain(item.taskId ? "digest-button-report" : "digest-button-article"),
    data: ITEM_REPORT.pack(pack),
  };
  buttons.push([...open, report]);
  return say(`${itemLine(words(turn), item, today(turn.clock))}`, buttons);
}

/** When a snooze brings an item back: in one day or three, or on Monday next week, in that day's digest. */
function snoozedTo(turn: Turn, cal: WorkCalendar, days: Days): Date {
  const day = today(turn.clock);
  const at =
    days === "w"
      ? localInstant(addDays(day, 8 - isoWeekday(day)), cal.startMinute)
      : new Date(turn.clock.now().getTime() + days * 86_400_000);
  return digestAt(cal, turn.config.digestMinute, localDate(nextSlot(cal, at)));
}

async function snooze(turn: Turn, cal: WorkCalendar, row: OutboxRow, item: DigestItem, days: Days): Promise<Reply> {
  const at = snoozedTo(turn, cal, days);
  const day = localDate(at);
  const account = { id: row.accountId, channel: row.channel, chatId: row.chatId };
  await enqueueDigests(turn.db, [digestFor(row.userId, account, day, at, [{ ...item, snoozed: true }])]);
  return say(turn.t("digest-snoozed", { what: itemName(words(turn), item), date: formatVnDate(day) }));
}

async function mute(turn: Turn, item: DigestItem): Promise<Reply> {
  const u = turn.account.user;
  const kind = item.kind === "missing" || item.kind === "unattended" || item.kind === "notice" ? "digest" : item.kind;
  await addMute(turn.db, u.id, item.taskId ? `task:${item.taskId}` : `kind:${kind}`);
  await cancelMuted(turn.db, u.id, item.taskId ? { taskId: item.taskId } : { kind });
  return say(turn.t(item.taskId ? "mute-task" : `mute-kind-${kind}`));
}

function report(turn: Turn, msg: Incoming, item: DigestItem): Promise<Reply> {
  return item.taskId ? startReportOn(turn, msg, item.taskId) : startArticle(turn, msg);
}

/** The rest of a long digest, from where the message stopped. */
async function more(turn: Turn, rowId: number, from: number): Promise<Reply> {
  const row = await reminderFor(turn.db, turn.account.id, rowId);
  if (row?.kind !== "digest" || row.userId !== turn.account.user.id) return refused(turn);
  const items = parseItems(row.items);
  const mutes = (await reminderStanding(turn.db, row.userId))?.mutes ?? new Set<string>();
  const live = await liveItems(turn.db, row.accountId, items, mutes, turn.clock.now(), row.id);
  const page = composeDigest(words(turn), { rowId: row.id, items, live, day: today(turn.clock), maxText: 3500, from });
  return page ? { messages: [page], notify: [] } : say(turn.t("digest-nothing-more"));
}

/**
 * "hoãn 3 ngày", "tắt nhắc" typed after a digest: its one item, or a question which (with the items as
 * buttons). Null when the person's last reminder was not a digest (then it is about that reminder).
 */
export async function onDigestTyped(
  turn: Turn,
  cal: WorkCalendar,
  action: { snooze: Days } | { mute: true },
  said = "",
): Promise<Reply | null> {
  const row = await latestDigest(turn.db, turn.account.id);
  const last = await reminderFor(turn.db, turn.account.id, null);
  if (!row || (last?.sentAt && row.sentAt && last.sentAt > row.sentAt)) return null;
  const items = parseItems(row.items);
  const mutes = (await reminderStanding(turn.db, row.userId))?.mutes ?? new Set<string>();
  const live = await liveItems(turn.db, row.accountId, items, mutes, turn.clock.now(), row.id);
  const day = today(turn.clock);
  const index = new Map(items.map((item, i) => [item.id, i]));
  const open = ordered(
    items.filter((i) => actionable(i) && live.has(i.id)),
    day,
  ).map(({ item }) => ({ item, index: index.get(item.id)! }));
  const named = open.filter(({ item }) => namedIn(said, item));
  if (named.length) open.splice(0, open.length, ...named);
  if (open.length === 0) return say(turn.t("digest-nothing-open"));
  if (open.length === 1) {
    const { item } = open[0]!;
    return "mute" in action ? mute(turn, item) : snooze(turn, cal, row, item, action.snooze);
  }
  const buttons = open.slice(0, 10).map(({ item, index }) => [
    {
      label: itemLabel(words(turn), item, day),
      data:
        "mute" in action
          ? ITEM_MUTE.pack({ row: row.id, item: index })
          : ITEM_SNOOZE.pack({ row: row.id, item: index, days: String(action.snooze) }),
    },
  ]);
  return say(turn.t("mute" in action ? "digest-which-mute" : "digest-which-snooze"), buttons);
}

/** "tắt nhắc bài viết", "hoãn 1.10 sang tuần sau": the item the words name, if they name one. */
function namedIn(said: string, item: DigestItem): boolean {
  const words = ` ${fold(said).replace(/[^a-z0-9./]+/g, " ")} `;
  if (/ bai viet /.test(words)) return item.kind === "article" || item.kind === "escalation";
  if (/ (?:dang tin|lich dang tin) /.test(words)) return item.kind === "rotation";
  const code = item.key ?? item.code;
  return !!code && words.includes(` ${code.toLowerCase()} `);
}

async function onCallback(turn: Turn, cal: WorkCalendar, msg: Incoming, data: string): Promise<Reply> {
  const paged = MORE.unpack(data);
  if (paged) return more(turn, paged.row, paged.from);
  const ref = ITEM.unpack(data) ?? ITEM_MUTE.unpack(data) ?? ITEM_REPORT.unpack(data) ?? ITEM_SNOOZE.unpack(data);
  if (!ref) return stale(turn);
  const found = await ownItem(turn, ref.row, ref.item);
  if (!found) return (await reminderFor(turn.db, turn.account.id, ref.row)) ? refused(turn) : stale(turn);
  if (ITEM.match(data)) return card(turn, found.row, ref.item, found.item);
  if (ITEM_MUTE.match(data)) return mute(turn, found.item);
  if (ITEM_REPORT.match(data)) return report(turn, msg, found.item);
  const days = ITEM_SNOOZE.unpack(data)?.days ?? "";
  if (!/^(?:w|[1-9]|[1-2]\d|30)$/.test(days)) return stale(turn);
  return snooze(turn, cal, found.row, found.item, days === "w" ? "w" : Number(days));
}

/** The daily digest's items, one by one. */
export function digestItemsFeature(cal: WorkCalendar): Feature {
  return {
    name: "digest-items",
    intents: [],
    callbacks: [ITEM, MORE, ITEM_SNOOZE, ITEM_MUTE, ITEM_REPORT],
    onCallback: (turn, data, msg) => onCallback(turn, cal, msg, data),
  };
}
