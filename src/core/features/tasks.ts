import { formatVnDate } from "../../domain/calendar.js";
import { today } from "../../domain/clock.js";
import { DEFAULT_DUE_DAYS, resolveWindow, type Intent } from "../../domain/intent.js";
import { say, stale, type Turn } from "../context.js";
import type { Feature } from "../feature.js";
import type { Reply } from "../types.js";
import { detailByCode, detailById, OPEN_TASK, search } from "./task-detail.js";
import { decodeSpec, LIST, renderList, type ListSpec } from "./task-list.js";

/** The list an intent asks for, or a question back when its dates make no sense. */
function specOf(turn: Turn, intent: Intent): ListSpec | Reply {
  const p = intent.params;
  const base: ListSpec = { filter: "all", ...(p.role ? { role: p.role } : {}) };
  switch (intent.intent) {
    case "overdue":
      return { ...base, filter: "overdue", ...(p.quarter ? { quarter: p.quarter } : {}) };
    case "due_soon": {
      if (!p.window) return { ...base, filter: "soon", days: p.days ?? DEFAULT_DUE_DAYS };
      const span = resolveWindow(p.window, today(turn.clock));
      if ("past" in span) return say(turn.t("window-past", { date: formatVnDate(span.past) }));
      if ("invalid" in span) return say(turn.t("window-invalid"));
      return { ...base, filter: "between", from: span.from, to: span.to };
    }
    case "quarter":
      return { ...base, filter: "quarter", quarter: p.quarter ?? "this" };
    default:
      return base;
  }
}

/** "xem thêm", "quay lại", "trang 3": the next, previous or a given page of the last list. */
async function page(turn: Turn, intent: Intent): Promise<Reply> {
  const last = turn.account.state.list;
  const decoded = last ? decodeSpec(last.spec) : null;
  if (!last || !decoded || !turn.account.user.agencyId) return say(turn.t("page-no-list"));
  const asked = intent.params.page === "last" ? last.pages : (intent.params.page ?? 1);
  const wanted =
    intent.intent === "page_next" ? decoded.page + 1 : intent.intent === "page_prev" ? decoded.page - 1 : asked;
  if (wanted < 1 || wanted > last.pages) return say(turn.t("page-out-of-range", { pages: last.pages }));
  return renderList(turn, decoded.spec, wanted);
}

/** An agency's tasks: lists and their filters, one task, search, paging. */
export const tasksFeature: Feature = {
  name: "tasks",
  intents: [
    "my_tasks",
    "due_soon",
    "overdue",
    "quarter",
    "lead_only",
    "support_only",
    "task_detail",
    "search",
    "page_next",
    "page_prev",
    "page_n",
  ],
  callbacks: [OPEN_TASK, LIST],
  async onIntent(turn, intent) {
    if (intent.intent === "task_detail") return detailByCode(turn, intent.params.code ?? "");
    if (!turn.account.user.agencyId) return say(turn.t("no-agency"));
    if (intent.intent === "search") return search(turn, intent.params.query ?? "");
    if (intent.intent.startsWith("page_")) return page(turn, intent);
    const spec = specOf(turn, intent);
    return "filter" in spec ? renderList(turn, spec, 1) : spec;
  },
  async onCallback(turn, data) {
    const task = OPEN_TASK.unpack(data);
    if (task) return detailById(turn, task.id);
    const list = decodeSpec(data);
    if (!list || !turn.account.user.agencyId) return stale(turn);
    return { ...(await renderList(turn, list.spec, list.page)), edit: true };
  },
};
