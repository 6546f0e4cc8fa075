import { urgencyOf, type AgencyTask, type AgendaItem, type Urgency } from "../../domain/agenda.js";
import { AgendaMemo } from "../agenda-memo.js";
import { addDays, endOfQuarter, formatVnDate, isValidIsoDate, quarterOf, quarterStart } from "../../domain/calendar.js";
import { today } from "../../domain/clock.js";
import { shorten } from "../../domain/text.js";
import { escapeHtml } from "../html.js";
import { text, type Turn } from "../context.js";
import { emptyReply, type Button, type Reply } from "../types.js";
import type { CallbackMatcher } from "../callback.js";
import { isOpen, occurrencesOf, taskProgress, type ReportMark } from "../../domain/progress.js";
import { agencyReports } from "../progress.js";
import { OPEN_TASK } from "./task-detail.js";

/** Which list: encoded in "Xem thêm" buttons as tl:<filter>:<days or dates>:<quarter>:<role>:<page>. */
export interface ListSpec {
  filter: "all" | "overdue" | "soon" | "quarter" | "between";
  days?: number;
  /** For `between`: the span of days asked for ("tháng sau", "đến 15/3"). */
  from?: string;
  to?: string;
  quarter?: "this" | "next" | 1 | 2 | 3 | 4;
  role?: "lead" | "support";
}

const F = { all: "a", overdue: "o", soon: "s", quarter: "q", between: "b" } as const;
const SPEC_RE = /^tl:([aosqb]):(\d{0,3}|\d{16}):([TN1-4]?):([ls]?):(\d{1,3})$/;
const compact = (iso: string | undefined) => (iso ?? "").replaceAll("-", "");
const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

/** The list codec: a hand-written one, since its fields may be empty. */
export const LIST: CallbackMatcher = { prefix: "tl", match: (data) => SPEC_RE.test(data), asWords: true };

export function encodeSpec(spec: ListSpec, page: number): string {
  const q = spec.quarter === "this" ? "T" : spec.quarter === "next" ? "N" : (spec.quarter ?? "");
  const span = spec.filter === "between" ? `${compact(spec.from)}${compact(spec.to)}` : (spec.days ?? "");
  return `tl:${F[spec.filter]}:${span}:${q}:${spec.role === "lead" ? "l" : spec.role === "support" ? "s" : ""}:${page}`;
}

export function decodeSpec(data: string): { spec: ListSpec; page: number } | null {
  const m = SPEC_RE.exec(data);
  if (!m) return null;
  const filters = { a: "all", o: "overdue", s: "soon", q: "quarter", b: "between" } as const;
  const filter: ListSpec["filter"] = filters[m[1] as keyof typeof filters];
  const spec: ListSpec = { filter };
  if (filter === "between") {
    if (m[2]!.length !== 16) return null;
    if (!isValidIsoDate(iso(m[2]!.slice(0, 8))) || !isValidIsoDate(iso(m[2]!.slice(8)))) return null;
    spec.from = iso(m[2]!.slice(0, 8));
    spec.to = iso(m[2]!.slice(8));
  } else if (m[2]) spec.days = Math.max(1, Math.min(366, Number(m[2])));
  if (m[3]) spec.quarter = m[3] === "T" ? "this" : m[3] === "N" ? "next" : (Number(m[3]) as 1 | 2 | 3 | 4);
  if (m[4]) spec.role = m[4] === "l" ? "lead" : "support";
  return { spec, page: Number(m[5]) };
}

function quarterRange(spec: ListSpec, day: string): { from: string; to: string; label: string } {
  let { year, quarter } = quarterOf(day);
  if (spec.quarter === "next") {
    quarter = quarter === 4 ? 1 : quarter + 1;
    if (quarter === 1) year += 1;
  } else if (typeof spec.quarter === "number") quarter = spec.quarter;
  return {
    from: quarterStart(year, quarter),
    to: endOfQuarter(year, quarter),
    label: `${["I", "II", "III", "IV"][quarter - 1]}/${year}`,
  };
}

/** The visible list for a spec, already filtered and ordered. */
export async function listItems(
  turn: Turn,
  agencyId: string,
  spec: ListSpec,
): Promise<{ items: AgendaItem[]; title: string; reports: Map<number, ReportMark[]> }> {
  const day = today(turn.clock);
  const tasks: AgencyTask[] = await turn.catalog.forAgency(agencyId, spec.role);
  const memo = AgendaMemo.of(turn.catalog, {
    soonDays: turn.config.soonDays,
    continuous: turn.config.continuousReports,
  });
  const reports = await agencyReports(turn, agencyId);
  const listKey = `${agencyId}|${spec.role ?? ""}`;
  const agency = turn.account.user.agencyName ?? "";
  const role = spec.role ? turn.t(`filter-role-${spec.role}`) : "";
  if (spec.filter === "quarter") {
    const r = quarterRange(spec, day);
    const items = memo.between(listKey, tasks, day, r.from, r.to, reports);
    return { items, reports, title: turn.t("list-title-quarter", { agency, quarter: r.label, role }) };
  }
  if (spec.filter === "between") {
    const items = memo.between(listKey, tasks, day, spec.from!, spec.to!, reports);
    return {
      items,
      reports,
      title: turn.t("list-title-between", { agency, from: formatVnDate(spec.from!), to: formatVnDate(spec.to!), role }),
    };
  }
  let items = memo.agenda(listKey, tasks, day, reports);
  if (spec.filter === "overdue") {
    items = items.filter((i) => i.status === "overdue");
    if (spec.quarter) {
      const r = quarterRange(spec, day);
      items = items.filter((i) => i.due! >= r.from && i.due! <= r.to);
    }
    return { items, reports, title: turn.t("list-title-overdue", { agency, role }) };
  }
  if (spec.filter === "soon") {
    const days = spec.days ?? turn.config.soonDays;
    const until = addDays(day, days);
    items = items.filter((i) => i.status === "upcoming" && i.due !== null && i.due <= until);
    return { items, reports, title: turn.t("list-title-soon", { agency, days, role }) };
  }
  return { items, reports, title: turn.t("list-title-all", { agency, role, today: formatVnDate(day) }) };
}

export function dueText(turn: Turn, item: AgendaItem): string {
  if (item.due === null) return escapeHtml(shorten(item.deadline.label || turn.t("due-unspecified"), 40));
  if (item.status === "done") return turn.t("due-done", { date: formatVnDate(item.due) });
  if (item.status === "past") return turn.t("due-past", { date: formatVnDate(item.due) });
  if (item.status === "overdue")
    return turn.t("due-overdue", { date: formatVnDate(item.due), days: -(item.daysLeft ?? 0) });
  if (item.daysLeft === 0) return turn.t("due-today", { date: formatVnDate(item.due) });
  return turn.t("due-left", { date: formatVnDate(item.due), days: item.daysLeft ?? 0 });
}

/** For a task owed several times: each missed occurrence and the next one ("31/03: quá hạn 5 ngày · 30/06: …"). */
function occurrenceText(turn: Turn, item: AgendaItem, reports: ReportMark[]): string | null {
  if (item.role !== "lead" || item.status === "done") return null;
  const occurrences = occurrencesOf(item.deadline, item.planYear, turn.config.continuousReports);
  if (occurrences.length < 2) return null;
  const progress = taskProgress(occurrences, reports, today(turn.clock), turn.config.soonDays);
  const missed = progress.filter((o) => o.status === "overdue" || o.status === "returned");
  const next = progress.find((o) => o.daysLeft >= 0 && isOpen(o.status));
  const shown = [...missed.slice(0, 3), ...(next ? [next] : [])];
  if (shown.length < 2) return null;
  const parts = shown.map((o) =>
    turn.t(o.daysLeft < 0 ? "occurrence-missed" : "occurrence-next", {
      date: formatVnDate(o.due),
      days: Math.abs(o.daysLeft),
      state: o.status,
    }),
  );
  if (missed.length > 3) parts.splice(3, 0, turn.t("occurrence-more", { count: missed.length - 3 }));
  return parts.join(" · ");
}

function line(turn: Turn, item: AgendaItem, reports: ReportMark[]): string {
  const role = turn.t(`role-short-${item.role}`);
  const due = occurrenceText(turn, item, reports) ?? dueText(turn, item);
  return `• <b>${escapeHtml(item.code)}</b> ${role} ${escapeHtml(shorten(item.title, 90))} — ${due}`;
}

/** One page of a list, with task buttons and "Xem thêm". */
export async function renderList(turn: Turn, spec: ListSpec, page: number): Promise<Reply> {
  const reply = emptyReply();
  const agencyId = turn.account.user.agencyId!;
  const { items, title, reports } = await listItems(turn, agencyId, spec);
  const size = turn.config.pageSize;
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, page), pages);
  if (items.length === 0) {
    reply.messages.push(text(`${title}\n${turn.t(`list-empty-${spec.filter}`)}`));
    return reply;
  }
  const slice = items.slice((p - 1) * size, p * size);
  const lines = [title, turn.t("list-count", { count: items.length, page: p, pages })];
  let group: Urgency | null = null;
  for (const item of slice) {
    const u = spec.filter === "all" ? urgencyOf(item, turn.config.soonDays) : null;
    if (u && u !== group) {
      lines.push("", `<b>${turn.t(`group-${u}`, { days: turn.config.soonDays })}</b>`);
      group = u;
    }
    lines.push(line(turn, item, reports.get(item.taskId) ?? []));
  }
  lines.push("", turn.t("list-hint"));
  const codeButtons: Button[] = slice.map((i) => ({ label: i.code, data: OPEN_TASK.pack({ id: i.taskId }) }));
  const rows: Button[][] = [];
  // Paging comes first and always as a pair, so on numbered channels « is 1 and » is 2 on every page.
  if (pages > 1) {
    rows.push([
      { label: turn.plain(p > 1 ? "button-prev" : "button-last-page"), data: encodeSpec(spec, p > 1 ? p - 1 : pages) },
      {
        label: turn.plain(p < pages ? "button-more" : "button-first-page"),
        data: encodeSpec(spec, p < pages ? p + 1 : 1),
      },
    ]);
    lines.push(turn.t("list-paging-hint"));
  }
  for (let k = 0; k < codeButtons.length; k += 4) rows.push(codeButtons.slice(k, k + 4));
  reply.messages.push(text(lines.join("\n"), rows));
  // Saved with the options this reply offers (the assistant stores them after every turn): one write, not two.
  turn.account.state = { ...turn.account.state, list: { spec: encodeSpec(spec, p), pages } };
  return reply;
}
