// The board's pages: server-rendered HTML (hono/html escapes every value), charts inline as SVG, one small style
// sheet, no script and nothing fetched from elsewhere — it must work on a closed government network.
import { readFileSync } from "node:fs";
import path from "node:path";
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Board, BoardRow } from "../../core/board/data.js";
import type { I18n, Locale } from "../../i18n.js";

type Page = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface View {
  lang: Locale;
  i18n: I18n;
  /** The current path and query, to build links that keep them. */
  url: URL;
}

export const word = (v: View, id: string, args?: Record<string, string | number>) => v.i18n.plain(v.lang, id, args);

/** A link to `path` keeping the page's language, with `query` changed. */
export function link(v: View, path: string, query: Record<string, string | undefined> = {}): string {
  const u = new URL(path, v.url);
  if (path === v.url.pathname) for (const [k, val] of v.url.searchParams) u.searchParams.set(k, val);
  for (const [k, val] of Object.entries(query))
    if (val === undefined) u.searchParams.delete(k);
    else u.searchParams.set(k, val);
  if (v.lang === "en") u.searchParams.set("lang", "en");
  return `${u.pathname}${u.search}`;
}

// The style sheet, inlined in every page (nothing is fetched from elsewhere).
const STYLE = readFileSync(path.resolve(import.meta.dirname, "../../../assets/board.css"), "utf8");

/** The frame of every page. */
export function layout(v: View, title: string, body: Page): Page {
  const other = v.lang === "en" ? "vi" : "en";
  const switchTo = new URL(v.url);
  switchTo.searchParams.set("lang", other);
  return html`<!doctype html>
<html lang="${v.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>${raw(STYLE)}</style></head>
<body><header><strong>${word(v, "board-title")}</strong>
<a href="${switchTo.pathname}${switchTo.search}">${word(v, "board-language")}</a></header>
<main>${body}</main></body></html>`;
}

/** A page that only says something (401, a used link, not found). */
export const messagePage = (v: View, message: string) => layout(v, word(v, "board-title"), html`<p>${message}</p>`);

const rate = (onTime: number, due: number) => (due ? `${Math.round((onTime / due) * 100)}%` : "—");
const outcomeOf = (r: BoardRow) => (r.article ? (r.article.accepted ? "accepted" : r.article.outcome) : "");

const SORTS: Record<string, (a: BoardRow, b: BoardRow) => number> = {
  agency: (a, b) => a.agency.localeCompare(b.agency, "vi", { numeric: true }),
  article: (a, b) => outcomeOf(a).localeCompare(outcomeOf(b)),
  due: (a, b) => b.tasks.due - a.tasks.due,
  missing: (a, b) => b.tasks.missing - a.tasks.missing,
  rate: (a, b) => (a.tasks.due ? a.tasks.onTime / a.tasks.due : 2) - (b.tasks.due ? b.tasks.onTime / b.tasks.due : 2),
};

/** "Sở, ban, ngành", with the province or city when the board mixes several (`places` then names them). */
export const groupLabel = (v: View, group: string, places: Map<string, string>) => {
  const [j = "", kind = ""] = group.split(":");
  const place = places.get(j);
  return place ? `${word(v, "board-kind", { kind })} · ${place}` : word(v, "board-kind", { kind });
};

export interface BoardPageInput {
  board: Board;
  chart: string;
  group?: string;
  sort?: string;
  asOf: string;
  user: string;
  jurisdictions: Map<string, string>;
}

const th = (title: string) => html`<th>${title}</th>`;
const num = (n: number | string) => html`<td class="n">${n}</td>`;

/** /board: counts, the chart, every agency's row, the year's ranking, the downloads. */
export function boardPage(v: View, p: BoardPageInput): Page {
  const { board } = p;
  const q = `${board.quarter.year}-Q${board.quarter.quarter}`;
  const label = `${["I", "II", "III", "IV"][board.quarter.quarter - 1]}/${board.quarter.year}`;
  const body = html`<h1>${word(v, "board-heading", { plan: board.plan.title, quarter: label })}</h1>
<small>${word(v, "board-as-of", { date: p.asOf, user: p.user })}</small>
${pickers(v, p, q)}
<h2>${word(v, "board-article")}</h2>${articleCards(v, board)}
<h2>${word(v, "board-tasks")}</h2>${taskCards(v, board)}
<h2>${word(v, "board-chart-title")}</h2><div class="chart">${raw(p.chart)}</div>
${agencyTable(v, p)}
${rankingTable(v, board)}
<h2>${word(v, "board-downloads")}</h2>
<nav class="pick">${(["csv", "xlsx"] as const).map(
    (format) =>
      html`<a href="${link(v, "/board/export", { plan: board.plan.id, quarter: q, format })}">
${word(v, `board-download-${format}`)}</a>`,
  )}</nav>`;
  return layout(v, `${word(v, "board-title")} — ${label}`, body);
}

function pickers(v: View, p: BoardPageInput, q: string): Page {
  const { board } = p;
  const quarters = [1, 2, 3, 4].map((n) => [`${board.quarter.year}-Q${n}`, `Q${n}`]);
  const groups = board.groups.map((g) => [g.group, groupLabel(v, g.group, p.jurisdictions)]);
  return html`${picker(
    v,
    word(v, "board-plan"),
    board.plans.map((x) => [x.id, x.title]),
    "plan",
    board.plan.id,
  )}
${picker(v, word(v, "board-quarter"), quarters, "quarter", q)}
${picker(v, word(v, "board-group"), [["", word(v, "board-group-all")], ...groups], "group", p.group ?? "")}`;
}

function articleCards(v: View, board: Board): Page {
  const a = board.article;
  if (!a) return html`<p>${word(v, "board-article-none")}</p>`;
  const outcome = (n: number, key: string) => card(n, word(v, "board-outcome", { outcome: key }), key);
  return html`<div class="cards" data-counts="article">${card(a.owed, word(v, "board-col-agency"), "owed")}
${outcome(a.onTime, "on_time")}${outcome(a.late, "late")}${outcome(a.returned, "returned")}
${outcome(a.missing.length, "missing")}${outcome(a.accepted, "accepted")}</div>`;
}

function taskCards(v: View, board: Board): Page {
  const t = board.tasks;
  const due = board.rows.reduce((n, r) => n + r.tasks.due, 0);
  return html`<div class="cards" data-counts="tasks">${card(t.agencies, word(v, "board-col-agency"), "agencies")}
${card(due, word(v, "board-col-due"), "due")}${card(t.onTime, word(v, "board-col-ontime"), "on_time")}
${card(t.late, word(v, "board-col-late"), "late")}${card(t.missing, word(v, "board-col-missing"), "missing")}</div>`;
}

function agencyTable(v: View, p: BoardPageInput): Page {
  const { board } = p;
  const rows = board.rows
    .filter((r) => !p.group || r.group === p.group)
    .sort((a, b) => (SORTS[p.sort ?? ""] ?? SORTS.agency!)(a, b) || SORTS.agency!(a, b));
  const sortable = (key: string, id: string) =>
    html`<th><a href="${link(v, "/board", { sort: key })}">${word(v, id)}</a></th>`;
  const year = String(board.quarter.year);
  const row = (r: BoardRow) => {
    const page = link(v, `/board/agency/${encodeURIComponent(r.agencyId)}`, { year });
    const article = r.article ? word(v, "board-outcome", { outcome: outcomeOf(r) }) : "—";
    return html`<tr data-agency="${r.agencyId}"><td class="name"><a href="${page}">${r.agency}</a></td>
<td>${groupLabel(v, r.group, p.jurisdictions)}</td><td class="${outcomeOf(r)}">${article}</td>
${num(r.tasks.due)}${num(r.tasks.onTime)}${num(r.tasks.late)}${num(r.tasks.missing)}
${num(rate(r.tasks.onTime, r.tasks.due))}</tr>`;
  };
  return html`<h2>${word(v, "board-col-agency")} (${rows.length})</h2><small>${word(v, "board-sort")}</small>
<div class="scroll"><table><thead><tr>${sortable("agency", "board-col-agency")}${th(word(v, "board-col-group"))}
${sortable("article", "board-col-article")}${sortable("due", "board-col-due")}${th(word(v, "board-col-ontime"))}
${th(word(v, "board-col-late"))}${sortable("missing", "board-col-missing")}${sortable("rate", "board-col-rate")}</tr>
</thead><tbody>${rows.map(row)}</tbody></table></div>`;
}

function card(n: number, label: string, key: string): Page {
  return html`<div class="card ${key}" data-count="${key}"><b>${n}</b>${label}</div>`;
}

function picker(v: View, title: string, options: string[][], param: string, current: string): Page {
  const option = ([value = "", label = ""]: string[]) => {
    const href = link(v, "/board", { [param]: value || undefined });
    return html`<a href="${href}" ${value === current ? raw('aria-current="true"') : ""}>${label}</a>`;
  };
  return html`<nav class="pick" aria-label="${title}">${options.map(option)}</nav>`;
}

function rankingTable(v: View, board: Board): Page {
  const year = String(board.quarter.year);
  const title = html`<h2>${word(v, "board-ranking", { year })}</h2>`;
  if (!board.ranking.length) return html`${title}<p>${word(v, "board-ranking-none")}</p>`;
  const heads = ["rank", "agency", "rate", "ontime", "due", "late", "missing", "accepted"];
  return html`${title}<div class="scroll"><table><thead><tr>${heads.map((h) => th(word(v, `board-col-${h}`)))}</tr>
</thead><tbody>${board.ranking.map(
    (r) => html`<tr>${num(r.rank)}<td class="name">${r.agency}</td>${num(rate(r.onTime, r.due))}
${num(r.onTime)}${num(r.due)}${num(r.late)}${num(r.missing)}${num(r.accepted)}</tr>`,
  )}</tbody></table></div><p><small>${raw(v.i18n.t(v.lang, "ranking-rules"))}</small></p>`;
}
