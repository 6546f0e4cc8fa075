import Fuse from "fuse.js";
import type { TaskDetail } from "../../db/task-repo.js";
import type { AgencyTask } from "../../domain/agenda.js";
import { formatVnDate } from "../../domain/calendar.js";
import { today } from "../../domain/clock.js";
import { nextDue } from "../../domain/deadline/next.js";
import { fold, shorten } from "../../domain/text.js";
import { escapeHtml } from "../html.js";
import { text, type Turn } from "../context.js";
import { progressOptions, taskProgressFor } from "../progress.js";
import { emptyReply, type Reply } from "../types.js";
import { callbackData } from "../callback.js";

export const OPEN_TASK = callbackData("td", { id: "int" }, { asWords: true });

// Fuzzy indexes are built only when no title contains the words, for the most
// recently searched lists (an agency's, or all); they are large, so few are kept.
type Doc = { t: AgencyTask; text: string };
const fuzzyIndexes = new Map<AgencyTask[], Fuse<Doc>>();
const FUZZY_MAX = 20;

function fuzzyIndex(turn: Turn, tasks: AgencyTask[]): Fuse<Doc> {
  let fuse = fuzzyIndexes.get(tasks);
  if (fuse) fuzzyIndexes.delete(tasks);
  else
    fuse = new Fuse(
      tasks.map((t) => ({ t, text: turn.catalog.searchText(t) })),
      { keys: ["text"], threshold: 0.3, ignoreLocation: true, minMatchCharLength: 3 },
    );
  if (fuzzyIndexes.size >= FUZZY_MAX) fuzzyIndexes.delete(fuzzyIndexes.keys().next().value!);
  fuzzyIndexes.set(tasks, fuse);
  return fuse;
}

function seesAll(turn: Turn): boolean {
  const { role } = turn.account.user;
  return role === "reviewer" || role === "admin";
}

/** The tasks this user may open: their agency's, or all for reviewers and admins. */
async function visibleTasks(turn: Turn): Promise<AgencyTask[]> {
  if (seesAll(turn)) return turn.catalog.allTasks();
  return turn.catalog.forAgency(turn.account.user.agencyId!);
}

/** The agency's occurrences of a task it leads, each with its status and receipt. */
async function occurrenceLines(turn: Turn, t: TaskDetail): Promise<string[]> {
  const agencyId = turn.account.user.agencyId;
  const task = agencyId ? (await turn.catalog.forAgency(agencyId, "lead")).find((x) => x.taskId === t.id) : undefined;
  if (!task || !agencyId) return [];
  const p = await taskProgressFor(turn, agencyId, task, progressOptions(turn.config, today(turn.clock)));
  if (p.occurrences.length === 0 && p.unscheduled.length === 0) return [];
  const lines = ["", turn.t("detail-occurrences", { agency: turn.account.user.agencyName ?? "" })];
  for (const o of p.occurrences) {
    const state = turn.plain(`progress-${o.status}`);
    const note = o.note ? ` (${escapeHtml(shorten(o.note, 60))})` : "";
    const receipt = o.report ? ` · ${escapeHtml(o.report.receipt)}` : "";
    lines.push(`${turn.t("detail-occurrence", { date: formatVnDate(o.due), state })}${note}${receipt}`);
  }
  for (const r of p.unscheduled.slice(0, 3)) lines.push(turn.t("detail-report-any", { receipt: r.receipt }));
  return lines;
}

/** Whether the person's agency only supports the task: a date gone by is then the lead's, not overdue for them. */
async function supportsOnly(turn: Turn, taskId: number): Promise<boolean> {
  const agencyId = turn.account.user.agencyId;
  if (!agencyId) return false;
  return (await turn.catalog.forAgency(agencyId)).find((x) => x.taskId === taskId)?.role === "support";
}

async function renderDetail(turn: Turn, t: TaskDetail): Promise<string> {
  const names = (list: TaskDetail["lead"], raw: string) => escapeHtml(list.map((a) => a.name).join("; ") || raw || "—");
  const next = nextDue(t.deadline, today(turn.clock));
  const gone = next.status === "overdue" && (await supportsOnly(turn, t.id)) ? "detail-due-past" : "detail-due-overdue";
  const due =
    next.due === null
      ? turn.t(`deadline-kind-${t.deadline.kind}`)
      : next.status === "overdue"
        ? turn.t(gone, { date: formatVnDate(next.due) })
        : turn.t("detail-due-next", { date: formatVnDate(next.due) });
  const lines = [
    `<b>${turn.t("detail-task")} ${escapeHtml(t.code)}</b> — ${escapeHtml(t.planTitle)}`,
    turn.t("detail-section", { section: `${t.section.code}. ${t.section.title}` }),
    "",
    escapeHtml(t.title),
  ];
  if (t.context) lines.push(`<i>${escapeHtml(shorten(t.context, 400))}</i>`);
  if (t.isHeading) {
    lines.push("", turn.t("detail-children"));
    for (const c of t.children) lines.push(`• <b>${escapeHtml(c.code)}</b> ${escapeHtml(shorten(c.title, 100))}`);
  } else {
    lines.push(
      "",
      `${turn.t("detail-product")}: ${escapeHtml(t.product || "—")}`,
      `${turn.t("detail-lead")}: ${names(t.lead, t.leadText)}`,
      `${turn.t("detail-support")}: ${names(t.support, t.supportText)}`,
      `${turn.t("detail-deadline")}: ${escapeHtml(t.deadline.label || "—")}`,
      due,
    );
    if (t.agencyNotes) lines.push(`<i>${escapeHtml(t.agencyNotes)}</i>`);
    lines.push(...(await occurrenceLines(turn, t)));
  }
  lines.push("", turn.t("detail-source", { line: t.sourceLine }));
  return lines.join("\n");
}

/** "nhiệm vụ 1.14": the task in full, if it is this user's to see. */
export async function detailByCode(turn: Turn, code: string): Promise<Reply> {
  const reply = emptyReply();
  const wanted = code.trim();
  if (!wanted) return { ...reply, messages: [text(turn.t("detail-which"))] };
  const found = await turn.catalog.findDetails(wanted);
  if (found.length === 0) return { ...reply, messages: [text(turn.t("detail-none", { code: shorten(wanted, 20) }))] };
  const visible = seesAll(turn) ? found : await onlyVisible(turn, found);
  if (visible.length === 0)
    return { ...reply, messages: [text(turn.t("detail-not-yours", { code: shorten(wanted, 20) }))] };
  if (visible.length === 1) return { ...reply, messages: [text(await renderDetail(turn, visible[0]!))] };
  reply.messages.push(
    text(
      turn.t("detail-several", { code: shorten(wanted, 20) }),
      visible
        .slice(0, 8)
        .map((t) => [{ label: shorten(`${t.key} ${t.title}`, 60), data: OPEN_TASK.pack({ id: t.id }) }]),
    ),
  );
  return reply;
}

async function onlyVisible(turn: Turn, tasks: TaskDetail[]): Promise<TaskDetail[]> {
  const mine = new Set((await turn.catalog.forAgency(turn.account.user.agencyId!)).map((t) => t.taskId));
  return tasks.filter((t) => mine.has(t.id));
}

/** A task button: ids come from the user, so they are checked like any other input. */
export async function detailById(turn: Turn, id: number): Promise<Reply> {
  const reply = emptyReply();
  const task = await turn.catalog.detail(id);
  if (!task) return { ...reply, toast: turn.t("button-stale"), messages: [text(turn.t("button-stale"))] };
  const allowed = seesAll(turn) || (await onlyVisible(turn, [task])).length === 1;
  if (!allowed)
    return {
      ...reply,
      toast: turn.t("not-allowed"),
      messages: [text(turn.t("detail-not-yours", { code: task.code }))],
    };
  return { ...reply, messages: [text(await renderDetail(turn, task))] };
}

/** "tìm chuyển đổi số": words in the titles of the tasks this user can see. */
export async function search(turn: Turn, query: string): Promise<Reply> {
  const reply = emptyReply();
  const q = query.trim().slice(0, 100);
  if (!fold(q)) return { ...reply, messages: [text(turn.t("search-what"))] };
  const tasks = await visibleTasks(turn);
  const needle = fold(q);
  const exact = tasks.filter((t) => turn.catalog.searchText(t).includes(needle));
  const hits = exact.length
    ? exact
    : fuzzyIndex(turn, tasks)
        .search(needle, { limit: 10 })
        .map((h) => h.item.t);
  if (hits.length === 0) return { ...reply, messages: [text(turn.t("search-none", { query: q }))] };
  const shown = hits.slice(0, 10);
  const lines = [
    turn.t("search-title", { query: q, count: hits.length }),
    ...shown.map((t) => `• <b>${escapeHtml(t.code)}</b> ${escapeHtml(shorten(t.title, 100))}`),
  ];
  const buttons = [];
  for (let k = 0; k < shown.length; k += 4)
    buttons.push(shown.slice(k, k + 4).map((t) => ({ label: t.code, data: OPEN_TASK.pack({ id: t.taskId }) })));
  reply.messages.push(text(lines.join("\n"), buttons));
  return reply;
}
