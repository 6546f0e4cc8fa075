// One agency's year and one task's reports, as board pages.
import { html, raw } from "hono/html";
import type { AgencyYear, TaskReports } from "../../core/board/detail.js";
import { formatVnDate } from "../../domain/calendar.js";
import { shorten } from "../../domain/text.js";
import { layout, link, type View, word } from "./pages.js";

// A task's title runs to several lines; the table shows its start (the whole title on hover and on its page).
const TITLE_MAX = 90;

const back = (v: View) => html`<p><a href="${link(v, "/board")}">${word(v, "board-back")}</a></p>`;
const status = (v: View, s: string) => html`<span class="${s}">${word(v, "board-outcome", { outcome: s })}</span>`;

/** /board/agency/<id>: the agency's occurrences for the year, its focal points, its chart by quarter. */
export function agencyPage(v: View, a: AgencyYear, chart: string) {
  const names = a.focalPoints.join(", ");
  const body = html`${back(v)}<h1>${word(v, "board-agency-title", { agency: a.name, year: String(a.year) })}</h1>
<p>${names ? word(v, "board-agency-focal", { names }) : word(v, "board-agency-focal-none")}</p>
<h2>${word(v, "board-agency-chart")}</h2><div class="chart">${raw(chart)}</div>
<h2>${word(v, "board-agency-tasks")}</h2>
${
  a.occurrences.length
    ? html`<div class="scroll"><table><thead><tr><th>${word(v, "board-col-task")}</th>
<th>${word(v, "board-col-date")}</th><th>${word(v, "board-col-status")}</th><th>${word(v, "board-col-receipt")}</th>
</tr></thead><tbody>${a.occurrences.map(
        (o) => html`<tr data-status="${o.status}"><td class="name">
<a href="${link(v, `/board/task/${encodeURIComponent(o.key)}`, { plan: o.planId })}">${o.code}</a>
<span title="${o.title}">${shorten(o.title, TITLE_MAX)}</span></td>
<td>${formatVnDate(o.due)}</td><td>${status(v, o.status)}</td><td>${o.receipt ?? "—"}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${word(v, "board-agency-none")}</p>`
}`;
  return layout(v, a.name, body);
}

/** /board/task/<code>: which lead agencies reported each occurrence of the task. */
export function taskPage(v: View, t: TaskReports) {
  const body = html`${back(v)}<h1>${word(v, "board-task-title", { code: t.code, title: t.title })}</h1>
<small>${t.planTitle}</small><h2>${word(v, "board-task-leads")}</h2>
<div class="scroll"><table><thead><tr><th>${word(v, "board-col-agency")}</th>
${t.dues.map((d) => html`<th>${formatVnDate(d)}</th>`)}</tr></thead>
<tbody>${t.agencies.map(
    (a) => html`<tr data-agency="${a.agencyId}"><td class="name">
<a href="${link(v, `/board/agency/${encodeURIComponent(a.agencyId)}`)}">${a.name}</a></td>
${t.dues.map((d) => {
  const s = a.byDue.get(d);
  return html`<td>${s ? status(v, s.status) : "—"}${s?.receipt ? html`<br><small>${s.receipt}</small>` : ""}</td>`;
})}</tr>`,
  )}</tbody></table></div>`;
  return layout(v, `${t.code} — ${t.title}`, body);
}
