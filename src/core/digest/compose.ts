// A digest's items as one message that fits the channel: grouped by urgency, the most urgent first, each
// item with its button (a number where there are no buttons), the rest behind "xem thêm".
import { daysBetween, formatVnDate, type IsoDate } from "../../domain/calendar.js";
import { ITEM_TITLE, ordered, type DigestItem, type Group } from "../../domain/digest.js";
import { shorten, stripHtml } from "../../domain/text.js";
import type { Args } from "../../i18n.js";
import { callbackData } from "../callback.js";
import { escapeHtml } from "../html.js";
import type { Button, OutMessage } from "../types.js";

export const ITEM = callbackData("dg:i", { row: "int", item: "int" });
export const MORE = callbackData("dg:more", { row: "int", from: "int" });

/** Items with a button each in one message: with a reply's options they stay under the twelve numbered. */
const MAX_SHOWN = 10;

export interface Words {
  t(id: string, args?: Args): string;
  plain(id: string, args?: Args): string;
}

export const quarterName = (year?: number, quarter?: number) =>
  quarter ? `${["I", "II", "III", "IV"][quarter - 1]}/${year}` : "";

/** How things stand on `day`: days left, due today, or days late. */
function state(w: Words, item: DigestItem, day: IsoDate): string {
  const left = daysBetween(day, item.due);
  return left > 0
    ? w.plain("digest-left", { days: left })
    : left === 0
      ? w.plain("digest-due-today")
      : w.plain("digest-late", { days: -left });
}

/** One line of the digest, in our markup. */
export function itemLine(w: Words, item: DigestItem, day: IsoDate): string {
  const common = {
    due: formatVnDate(item.due),
    state: state(w, item, day),
    agency: item.agency ?? "",
    quarter: quarterName(item.year, item.quarter),
  };
  let line: string;
  switch (item.kind) {
    case "task":
      line = w.t("digest-item-task", {
        ...common,
        code: item.code ?? "",
        title: shorten(item.title ?? "", ITEM_TITLE),
      });
      break;
    case "article":
      line = w.t(item.stage === "open" ? "digest-item-article-open" : "digest-item-article", common);
      break;
    case "escalation":
      line = w.t(item.stage === "review" ? "digest-item-late-agency" : "digest-item-escalation", common);
      break;
    case "rotation":
      line = w.t("digest-item-rotation", { ...common, month: `${item.due.slice(5, 7)}/${item.due.slice(0, 4)}` });
      if (item.code) line += ` ${w.t("digest-item-rotation-report", { code: item.code })}`;
      break;
    case "missing":
      line = w.t("digest-item-missing", { ...common, who: item.who || w.plain("digest-no-focal") });
      break;
    case "unattended":
      line = w.t("digest-item-unattended", common);
      break;
    default:
      // A held notice, as it was written: shown as text, its markup dropped.
      line = escapeHtml(shorten(stripHtml(item.text ?? ""), 300));
  }
  return item.onBehalfOf ? `${line} ${w.t("digest-on-behalf", { name: item.onBehalfOf })}` : line;
}

/** What a person can steer from the digest: their deadlines, article and rota, not reviewers' lines. */
export const actionable = (item: DigestItem) =>
  item.kind === "task" || item.kind === "article" || item.kind === "rotation" || item.kind === "escalation"
    ? item.stage !== "review"
    : false;

/** What an item is, in a few words: its code, or the article or rota month. */
export function itemName(w: Words, item: DigestItem): string {
  if (item.kind === "task" || (item.kind === "rotation" && item.code)) return item.key ?? item.code ?? "";
  return item.kind === "rotation"
    ? w.plain("digest-label-rota", { month: item.due.slice(5, 7) })
    : w.plain("digest-label-article", { quarter: quarterName(item.year, item.quarter) });
}

/** A button's words for an item: what it is and how it stands. */
export function itemLabel(w: Words, item: DigestItem, day: IsoDate): string {
  return `${itemName(w, item)} · ${state(w, item, day)}`;
}

export interface ComposeInput {
  rowId: number;
  /** All the digest's items (their index is what buttons name) and the ones still to show. */
  items: DigestItem[];
  live: Set<string>;
  day: IsoDate;
  maxText: number;
  /** Where a page starts ("xem thêm"). */
  from?: number;
}

/** Lines of the digest, a page of it: as many of the most urgent as fit the channel, then "còn N việc". */
export function composeDigest(w: Words, input: ComposeInput): OutMessage | null {
  const index = new Map(input.items.map((item, i) => [item.id, i]));
  const list = ordered(
    input.items.filter((i) => input.live.has(i.id)),
    input.day,
  );
  const from = input.from ?? 0;
  if (list.length <= from) return null;
  const header = w.t(from ? "digest-title-more" : "digest-title", {
    date: formatVnDate(input.day),
    count: list.length,
  });
  // Room for the numbered options a plain channel prints under the text, and the closing line.
  const budget = input.maxText - 200;
  const lines = [header];
  const buttons: Button[] = [];
  let used = header.length;
  let group: Group | null = null;
  let shown = from;
  for (const { item, group: g } of list.slice(from)) {
    const heading = g !== group ? ["", w.t(`digest-group-${g}`)] : [];
    const line = `• ${itemLine(w, item, input.day)}`;
    const label = actionable(item) ? itemLabel(w, item, input.day) : null;
    const cost = heading.join("\n").length + line.length + 2 + (label ? label.length + 8 : 0);
    const counted = buttons.length + (label ? 1 : 0);
    if (shown > from && (used + cost > budget || counted > MAX_SHOWN)) break;
    lines.push(...heading, line);
    if (label) buttons.push({ label, data: ITEM.pack({ row: input.rowId, item: index.get(item.id)! }) });
    used += cost;
    group = g;
    shown++;
  }
  const rest = list.length - shown;
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  if (rest > 0) {
    lines.push("", w.t("digest-rest", { count: rest }));
    rows.push([
      { label: w.plain("digest-button-more", { count: rest }), data: MORE.pack({ row: input.rowId, from: shown }) },
    ]);
  }
  return { text: lines.join("\n"), ...(rows.length ? { buttons: rows } : {}) };
}
