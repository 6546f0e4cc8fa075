import { getOrInsert } from "../domain/collections.js";
import {
  agendaItem,
  agendaItemBetween,
  defaultAgendaRules,
  sortAgenda,
  type AgencyTask,
  type AgendaItem,
  type AgendaRules,
} from "../domain/agenda.js";
import type { IsoDate } from "../domain/calendar.js";
import type { ReportMark } from "../domain/progress.js";
import type { TaskCatalog } from "./catalog.js";

/** Sorted lists kept at most (agencies × role filters × views); past that the day's lists start over. */
const MAX_LISTS = 20_000;

/**
 * The day's agendas, shared by everyone. A task's place on the agenda depends
 * only on the task, its role and the day — not on who asks — so each item is
 * made once per day and every agency's sorted list holds references to them:
 * a thousand agencies' lists cost a few megabytes and a request allocates
 * nothing. Everything is dropped when the day or the catalog changes.
 */
export class AgendaMemo {
  private stamp = "";
  /** Per view ("" for the whole agenda, "from|to" for a period): item per task and role. */
  private items = new Map<string, Map<number, AgendaItem | null>>();
  private lists = new Map<string, AgendaItem[]>();

  private constructor(
    private readonly catalog: TaskCatalog,
    private readonly rules: AgendaRules,
  ) {}

  private static memos = new WeakMap<TaskCatalog, AgendaMemo>();

  static of(catalog: TaskCatalog, rules: AgendaRules = defaultAgendaRules): AgendaMemo {
    return getOrInsert(AgendaMemo.memos, catalog, () => new AgendaMemo(catalog, rules));
  }

  /**
   * `tasks` as an agenda on `day`, soonest first; `listKey` names the list (agency and role filter). The
   * items of tasks the agency has reported on (`reports`) are its own, made for this request.
   */
  agenda(listKey: string, tasks: AgencyTask[], day: IsoDate, reports: Map<number, ReportMark[]> = new Map()) {
    const shared = this.list(`${listKey}|`, day, "", tasks, (t) => agendaItem(t, day, [], this.rules));
    return this.own(shared, reports, (t, r) => agendaItem(t, day, r, this.rules));
  }

  /** Only tasks due inside [from, to], each with its first date there. */
  between(
    listKey: string,
    tasks: AgencyTask[],
    day: IsoDate,
    from: IsoDate,
    to: IsoDate,
    reports: Map<number, ReportMark[]> = new Map(),
  ): AgendaItem[] {
    const shared = this.list(`${listKey}|${from}|${to}`, day, `${from}|${to}`, tasks, (t) =>
      agendaItemBetween(t, day, from, to, [], this.rules),
    );
    return this.own(shared, reports, (t, r) => agendaItemBetween(t, day, from, to, r, this.rules));
  }

  /** The shared list with the agency's reported tasks placed by their reports (and sorted again). */
  private own(
    shared: AgendaItem[],
    reports: Map<number, ReportMark[]>,
    make: (t: AgencyTask, r: ReportMark[]) => AgendaItem | null,
  ): AgendaItem[] {
    if (reports.size === 0 || !shared.some((i) => i.role === "lead" && reports.has(i.taskId))) return shared;
    const out: AgendaItem[] = [];
    for (const i of shared) {
      const r = i.role === "lead" ? reports.get(i.taskId) : undefined;
      const it = r ? make(i, r) : i;
      if (it) out.push(it);
    }
    return sortAgenda(out);
  }

  private list(
    key: string,
    day: IsoDate,
    view: string,
    tasks: AgencyTask[],
    make: (t: AgencyTask) => AgendaItem | null,
  ): AgendaItem[] {
    this.forDay(day);
    let list = this.lists.get(key);
    if (list) return list;
    const items = getOrInsert(this.items, view, () => new Map());
    list = [];
    for (const t of tasks) {
      const id = t.role === "lead" ? t.taskId : -t.taskId;
      const it = getOrInsert(items, id, () => make(t));
      if (it) list.push(it);
    }
    sortAgenda(list);
    if (this.lists.size >= MAX_LISTS) this.lists.clear();
    this.lists.set(key, list);
    return list;
  }

  private forDay(day: IsoDate): void {
    const stamp = `${this.catalog.generation}|${day}`;
    if (stamp === this.stamp) return;
    this.stamp = stamp;
    this.items = new Map();
    this.lists = new Map();
  }
}
