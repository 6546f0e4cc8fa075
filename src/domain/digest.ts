// One message a working day per person: the items of their digest, how they merge and how they are grouped.
import { addDays, daysBetween, type IsoDate } from "./calendar.js";
import { naturalCompare } from "./text.js";
import type { PlannedReminder, ReminderKind } from "./reminders.js";
import { localInstant, nextSlot, workingDayOnOrAfter, type WorkCalendar } from "./workcal.js";

/** What a digest item is about: a planned reminder's kind, or a reviewer's line, or a notice held back. */
export type ItemKind = ReminderKind | "missing" | "unattended" | "notice";

export interface DigestItem {
  /** The same thing in two digests has the same id (what it is about, for whom): merging keeps one. */
  id: string;
  kind: ItemKind;
  /** The newest stage planned ("T-3", "T+1", "open", "escalate"…): decides whether it appears, not its words. */
  stage: string;
  order: number;
  due: IsoDate;
  agencyId?: string | null;
  agency?: string;
  taskId?: number;
  code?: string;
  /** Where the plan repeats a code in another section (Sa Đéc): the task's key ("VII/3.6"), shown instead. */
  key?: string;
  title?: string;
  year?: number;
  quarter?: number;
  /** A stand-in's item: whom they replace. */
  onBehalfOf?: string;
  /** Reviewer's missing-agency line: its focal points. */
  who?: string;
  /** A notice held back by the daily cap: its text, as it was written. */
  text?: string;
  /** Snoozed into this digest: not shown in the digests before it. */
  snoozed?: boolean;
}

/** How much of a task's title an item shows (and stores). */
export const ITEM_TITLE = 90;

/** One digest per person, chat account and day. */
export const digestKey = (day: IsoDate, userId: number, accountId: number) => `digest:${day}|u${userId}|a${accountId}`;

/** Groups in the order a digest lists them: the most urgent first. */
export const GROUPS = [
  "notice",
  "overdue",
  "today",
  "d3",
  "d7",
  "d14",
  "later",
  "article",
  "rota",
  "escalation",
  "missing",
  "unattended",
] as const;
export type Group = (typeof GROUPS)[number];

export function itemFromReminder(r: PlannedReminder, extra: Partial<DigestItem> = {}): DigestItem {
  return {
    id: `${r.subject}|${r.agencyId ?? ""}${extra.onBehalfOf ? `|${extra.onBehalfOf}` : ""}`,
    kind: r.kind,
    stage: r.stage,
    order: r.order,
    due: r.due,
    agencyId: r.agencyId,
    ...(r.taskId ? { taskId: r.taskId } : {}),
    ...(r.year ? { year: r.year } : {}),
    ...(r.quarter ? { quarter: r.quarter } : {}),
    ...extra,
  };
}

/** Union by id; of two stages of one item the newer stays (a digest never shows T-1 next to T+1). */
export function mergeItems(a: DigestItem[], b: DigestItem[]): DigestItem[] {
  const byId = new Map<string, DigestItem>();
  for (const item of [...a, ...b]) {
    const had = byId.get(item.id);
    if (!had || item.order > had.order) byId.set(item.id, had?.snoozed ? { ...item, snoozed: true } : item);
    else if (item.snoozed && !had.snoozed) byId.set(item.id, { ...had, snoozed: true });
  }
  return [...byId.values()];
}

/** Whether merging `b` into `a` changes anything (a repeated tick then writes nothing). */
export function adds(a: DigestItem[], b: DigestItem[]): boolean {
  const have = new Map(a.map((i) => [i.id, i]));
  return b.some((i) => {
    const had = have.get(i.id);
    return !had || i.order > had.order || (!!i.snoozed && !had.snoozed);
  });
}

/** Where an item is listed on `day`: deadlines by days left, the article cycle, the rota and reviewers' lines apart. */
export function groupOf(item: DigestItem, day: IsoDate): Group {
  switch (item.kind) {
    case "notice":
      return "notice";
    case "article":
      return "article";
    case "rotation":
      return "rota";
    case "escalation":
      // A leader's escalation is about their article; a reviewer's lists the agency late.
      return item.stage === "review" ? "escalation" : "article";
    case "missing":
      return "missing";
    case "unattended":
      return "unattended";
    default: {
      const left = daysBetween(day, item.due);
      if (left < 0) return "overdue";
      if (left === 0) return "today";
      return left <= 3 ? "d3" : left <= 7 ? "d7" : left <= 14 ? "d14" : "later";
    }
  }
}

/** The items in the order shown: by group, then soonest due, then code. */
export function ordered(items: DigestItem[], day: IsoDate): { item: DigestItem; group: Group }[] {
  const rank = (g: Group) => GROUPS.indexOf(g);
  const label = (i: DigestItem) => i.key ?? i.code ?? i.agency ?? "";
  return items
    .map((item) => ({ item, group: groupOf(item, day) }))
    .sort(
      (a, b) =>
        rank(a.group) - rank(b.group) ||
        (a.item.due < b.item.due ? -1 : a.item.due > b.item.due ? 1 : 0) ||
        naturalCompare(label(a.item), label(b.item)),
    );
}

export function parseItems(json: string | null | undefined): DigestItem[] {
  if (!json) return [];
  try {
    const list = JSON.parse(json) as unknown;
    return Array.isArray(list) ? (list.filter((i) => i && typeof i.id === "string") as DigestItem[]) : [];
  } catch {
    return [];
  }
}

/** When the digest of `day` goes: DIGEST_TIME on that working day (or the next), inside working hours. */
export function digestAt(cal: WorkCalendar, minute: number | undefined, day: IsoDate): Date {
  return nextSlot(cal, localInstant(workingDayOnOrAfter(cal, day), minute ?? cal.startMinute));
}

/** The next digest time after `now`: where what waits for "the next digest" goes. */
export function nextDigestAt(cal: WorkCalendar, minute: number | undefined, now: Date, today: IsoDate): Date {
  const at = digestAt(cal, minute, today);
  return at > now ? at : digestAt(cal, minute, addDays(today, 1));
}
