import { urgencyOf, type AgencyTask, type AgendaItem, type Urgency } from "../../domain/agenda.js";
import { AgendaMemo } from "../agenda-memo.js";
import { addDays, endOfQuarter, formatVnDate, quarterOf, quarterStart } from "../../domain/calendar.js";
import { today } from "../../domain/clock.js";
import { shorten } from "../../domain/text.js";
import { escapeHtml } from "../html.js";
import { text, type Turn } from "../context.js";
import { emptyReply, type Button, type Reply } from "../types.js";

/** Which list: encoded in "Xem thêm" buttons as tl:<filter>:<days>:<quarter>:<role>:<page>. */
export interface ListSpec {
  filter: "all" | "overdue" | "soon" | "quarter";
  days?: number;
  quarter?: "this" | "next" | 1 | 2 | 3 | 4;
  role?: "lead" | "support";
}

const F = { all: "a", overdue: "o", soon: "s", quarter: "q" } as const;
const SPEC_RE = /^tl:([aosq]):(\d{0,3}):([TN1-4]?):([ls]?):(\d{1,3})$/;

export function encodeSpec(spec: ListSpec, page: number): string {
  const q = spec.quarter === "this" ? "T" : spec.quarter === "next" ? "N" : (spec.quarter ?? "");
  return `tl:${F[spec.filter]}:${spec.days ?? ""}:${q}:${spec.role === "lead" ? "l" : spec.role === "support" ? "s" : ""}:${page}`;
}

export function decodeSpec(data: string): { spec: ListSpec; page: number } | null {
  const m = SPEC_RE.exec(data);
  if (!m) return null;
  const filter = ({ a: "all", o: "overdue", s: "soon", q: "quarter" } as const)[m[1] as "a"];
  const spec: ListSpec = { filter };
  if (m[2]) spec.days = Math.max(1, Math.min(366, Number(m[2])));
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
  return { from: quarterStart(year, quarter), to: endOfQuarter(year, quarter), label: `${["I", "II", "III", "IV"][quarter - 1]}/${year}` };
}

/** The visible list for a spec, already filtered and ordered. */
export async function listItems(turn: Turn, agencyId: string, spec: ListSpec): Promise<{ items: AgendaItem[]; title: string }> {
  const day = today(turn.clock);
  const tasks: AgencyTask[] = await turn.catalog.forAgency(agencyId, spec.role);
  const memo = AgendaMemo.of(turn.catalog);
  const listKey = `${agencyId}|${spec.role ?? ""}`;
  const agency = turn.account.user.agencyName ?? "";
  const role = spec.role ? turn.t(`filter-role-${spec.role}`) : "";
  if (spec.filter === "quarter") {
    const r = quarterRange(spec, day);
    const items = memo.between(listKey, tasks, day, r.from, r.to);
    return { items, title: turn.t("list-title-quarter", { agency, quarter: r.label, role }) };
  }
  let items = memo.agenda(listKey, tasks, day);
  if (spec.filter === "overdue") {
    items = items.filter((i) => i.status === "overdue");
    if (spec.quarter) {
      const r = quarterRange(spec, day);
      items = items.filter((i) => i.due! >= r.from && i.due! <= r.to);
    }
    return { items, title: turn.t("list-title-overdue", { agency, role }) };
  }
  if (spec.filter === "soon") {
    const days = spec.days ?? turn.config.soonDays;
    const until = addDays(day, days);
    items = items.filter((i) => i.status === "upcoming" && i.due !== null && i.due <= until);
    return { items, title: turn.t("list-title-soon", { agency, days, role }) };
  }
  return { items, title: turn.t("list-title-all", { agency, role, today: formatVnDate(day) }) };
}

export function dueText(turn: Turn, item: AgendaItem): string {
  if (item.due === null) return escapeHtml(shorten(item.deadline.label || turn.t("due-unspecified"), 40));
  if (item.status === "overdue") return turn.t("due-overdue", { date: formatVnDate(item.due), days: -(item.daysLeft ?? 0) });
  if (item.daysLeft === 0) return turn.t("due-today", { date: formatVnDate(item.due) });
  return turn.t("due-left", { date: formatVnDate(item.due), days: item.daysLeft ?? 0 });
}

function line(turn: Turn, item: AgendaItem): string {
  const role = turn.t(`role-short-${item.role}`);
  return `• <b>${escapeHtml(item.code)}</b> ${role} ${escapeHtml(shorten(item.title, 90))} — ${dueText(turn, item)}`;
}

/** One page of a list, with task buttons and "Xem thêm". */
export async function renderList(turn: Turn, spec: ListSpec, page: number): Promise<Reply> {
  const reply = emptyReply();
  const agencyId = turn.account.user.agencyId!;
  const { items, title } = await listItems(turn, agencyId, spec);
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
    lines.push(line(turn, item));
  }
  lines.push("", turn.t("list-hint"));
  const codeButtons: Button[] = slice.map((i) => ({ label: i.code, data: `td:${i.taskId}` }));
  const rows: Button[][] = [];
  for (let k = 0; k < codeButtons.length; k += 4) rows.push(codeButtons.slice(k, k + 4));
  const nav: Button[] = [];
  if (p > 1) nav.push({ label: turn.t("button-prev"), data: encodeSpec(spec, p - 1) });
  if (p < pages) nav.push({ label: turn.t("button-more"), data: encodeSpec(spec, p + 1) });
  if (nav.length) rows.push(nav);
  reply.messages.push(text(lines.join("\n"), rows));
  return reply;
}
