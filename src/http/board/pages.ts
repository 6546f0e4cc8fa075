// The board's pages: server-rendered HTML (hono/html escapes every value), charts inline as SVG, one small style
// sheet, no script and nothing fetched from elsewhere — it must work on a closed government network.
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

const STYLE = `
*{box-sizing:border-box}body{font-family:"Noto Sans",system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f5f6f8}
header{background:#9b1c1c;color:#fff;padding:.7rem 1rem;display:flex;justify-content:space-between;gap:1rem;flex-wrap:wrap}
header a{color:#fff}main{padding:1rem;max-width:1200px;margin:auto}h1{font-size:1.3rem;margin:.2rem 0 .6rem}
h2{font-size:1.1rem;margin:1.4rem 0 .5rem}.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.5rem}
.card{background:#fff;border-radius:6px;padding:.6rem .8rem;box-shadow:0 1px 2px #0002}.card b{display:block;font-size:1.5rem}
nav.pick{display:flex;flex-wrap:wrap;gap:.3rem;margin:.3rem 0}nav.pick a{padding:.2rem .5rem;font-size:.9rem;border-radius:4px;background:#fff;
text-decoration:none;color:#333;border:1px solid #ccc}nav.pick a[aria-current]{background:#9b1c1c;color:#fff;border-color:#9b1c1c}
.scroll{overflow-x:auto;background:#fff;border-radius:6px;box-shadow:0 1px 2px #0002}table{border-collapse:collapse;width:100%}
th,td{padding:.4rem .5rem;border-bottom:1px solid #e3e3e3;text-align:left;white-space:nowrap}td.name{white-space:normal;min-width:16rem}
th a{color:inherit}td.n{text-align:right}.on_time,.accepted{color:#1b5e20}.late,.returned{color:#8a5a00}.missing,.overdue{color:#b71c1c}
.chart{background:#fff;border-radius:6px;padding:.5rem;overflow-x:auto}.chart svg{max-width:100%;height:auto}small{color:#555}
`;

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

/** /board: counts, the chart, every agency's row, the year's ranking, the downloads. */
export function boardPage(v: View, p: BoardPageInput): Page {
  const { board } = p;
  const q = `${board.quarter.year}-Q${board.quarter.quarter}`;
  const label = `${["I", "II", "III", "IV"][board.quarter.quarter - 1]}/${board.quarter.year}`;
  const rows = board.rows
    .filter((r) => !p.group || r.group === p.group)
    .sort((a, b) => (SORTS[p.sort ?? ""] ?? SORTS.agency!)(a, b) || SORTS.agency!(a, b));
  const sortLink = (key: string, title: string) => html`<a href="${link(v, "/board", { sort: key })}">${title}</a>`;
  const a = board.article;
  const t = board.tasks;
  const due = board.rows.reduce((n, r) => n + r.tasks.due, 0);
  const body = html`<h1>${word(v, "board-heading", { plan: board.plan.title, quarter: label })}</h1>
<small>${word(v, "board-as-of", { date: p.asOf, user: p.user })}</small>
${picker(
  v,
  word(v, "board-plan"),
  board.plans.map((x) => [x.id, x.title]),
  "plan",
  board.plan.id,
)}
${picker(
  v,
  word(v, "board-quarter"),
  [1, 2, 3, 4].map((n) => [`${board.quarter.year}-Q${n}`, `Q${n}`]),
  "quarter",
  q,
)}
${picker(v, word(v, "board-group"), [["", word(v, "board-group-all")], ...board.groups.map((g) => [g.group, groupLabel(v, g.group, p.jurisdictions)])], "group", p.group ?? "")}
<h2>${word(v, "board-article")}</h2>
${
  a
    ? html`<div class="cards" data-counts="article">
${card(a.owed, word(v, "board-col-agency"), "owed")}${card(a.onTime, word(v, "board-outcome", { outcome: "on_time" }), "on_time")}
${card(a.late, word(v, "board-outcome", { outcome: "late" }), "late")}${card(a.returned, word(v, "board-outcome", { outcome: "returned" }), "returned")}
${card(a.missing.length, word(v, "board-outcome", { outcome: "missing" }), "missing")}${card(a.accepted, word(v, "board-outcome", { outcome: "accepted" }), "accepted")}
</div>`
    : html`<p>${word(v, "board-article-none")}</p>`
}
<h2>${word(v, "board-tasks")}</h2>
<div class="cards" data-counts="tasks">${card(t.agencies, word(v, "board-col-agency"), "agencies")}${card(due, word(v, "board-col-due"), "due")}
${card(t.onTime, word(v, "board-col-ontime"), "on_time")}${card(t.late, word(v, "board-col-late"), "late")}${card(t.missing, word(v, "board-col-missing"), "missing")}</div>
<h2>${word(v, "board-chart-title")}</h2><div class="chart">${raw(p.chart)}</div>
<h2>${word(v, "board-col-agency")} (${rows.length})</h2><small>${word(v, "board-sort")}</small>
<div class="scroll"><table><thead><tr><th>${sortLink("agency", word(v, "board-col-agency"))}</th>
<th>${word(v, "board-col-group")}</th><th>${sortLink("article", word(v, "board-col-article"))}</th>
<th>${sortLink("due", word(v, "board-col-due"))}</th><th>${word(v, "board-col-ontime")}</th><th>${word(v, "board-col-late")}</th>
<th>${sortLink("missing", word(v, "board-col-missing"))}</th><th>${sortLink("rate", word(v, "board-col-rate"))}</th></tr></thead>
<tbody>${rows.map(
    (
      r,
    ) => html`<tr data-agency="${r.agencyId}"><td class="name"><a href="${link(v, `/board/agency/${encodeURIComponent(r.agencyId)}`, { year: String(board.quarter.year) })}">${r.agency}</a></td>
<td>${groupLabel(v, r.group, p.jurisdictions)}</td><td class="${outcomeOf(r)}">${r.article ? word(v, "board-outcome", { outcome: outcomeOf(r) }) : "—"}</td>
<td class="n">${r.tasks.due}</td><td class="n">${r.tasks.onTime}</td><td class="n">${r.tasks.late}</td><td class="n">${r.tasks.missing}</td>
<td class="n">${rate(r.tasks.onTime, r.tasks.due)}</td></tr>`,
  )}</tbody></table></div>
${rankingTable(v, board)}
<h2>${word(v, "board-downloads")}</h2>
<nav class="pick"><a href="${link(v, "/board/export", { plan: board.plan.id, quarter: q, format: "csv" })}">${word(v, "board-download-csv")}</a>
<a href="${link(v, "/board/export", { plan: board.plan.id, quarter: q, format: "xlsx" })}">${word(v, "board-download-xlsx")}</a></nav>`;
  return layout(v, `${word(v, "board-title")} — ${label}`, body);
}

function card(n: number, label: string, key: string): Page {
  return html`<div class="card ${key}" data-count="${key}"><b>${n}</b>${label}</div>`;
}

function picker(v: View, title: string, options: string[][], param: string, current: string): Page {
  return html`<nav class="pick" aria-label="${title}">${options.map(
    ([value, label]) =>
      html`<a href="${link(v, "/board", { [param]: value || undefined })}" ${value === current ? raw('aria-current="true"') : ""}>${label}</a>`,
  )}</nav>`;
}

function rankingTable(v: View, board: Board): Page {
  const year = String(board.quarter.year);
  if (!board.ranking.length)
    return html`<h2>${word(v, "board-ranking", { year })}</h2><p>${word(v, "board-ranking-none")}</p>`;
  return html`<h2>${word(v, "board-ranking", { year })}</h2>
<div class="scroll"><table><thead><tr><th>${word(v, "board-col-rank")}</th><th>${word(v, "board-col-agency")}</th>
<th>${word(v, "board-col-rate")}</th><th>${word(v, "board-col-ontime")}</th><th>${word(v, "board-col-due")}</th>
<th>${word(v, "board-col-late")}</th><th>${word(v, "board-col-missing")}</th><th>${word(v, "board-col-accepted")}</th></tr></thead>
<tbody>${board.ranking.map(
    (
      r,
    ) => html`<tr><td class="n">${r.rank}</td><td class="name">${r.agency}</td><td class="n">${rate(r.onTime, r.due)}</td>
<td class="n">${r.onTime}</td><td class="n">${r.due}</td><td class="n">${r.late}</td><td class="n">${r.missing}</td><td class="n">${r.accepted}</td></tr>`,
  )}</tbody></table></div><p><small>${raw(v.i18n.t(v.lang, "ranking-rules"))}</small></p>`;
}
