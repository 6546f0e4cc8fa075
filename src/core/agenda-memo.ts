import { getOrInsert } from "../domain/collections.js";
import { agendaItem, agendaItemBetween, sortAgenda, type AgencyTask, type AgendaItem } from "../domain/agenda.js";
import type { IsoDate } from "../domain/calendar.js";
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

  private constructor(private readonly catalog: TaskCatalog) {}

  private static memos = new WeakMap<TaskCatalog, AgendaMemo>();

  static of(catalog: TaskCatalog): AgendaMemo {
    return getOrInsert(AgendaMemo.memos, catalog, () => new AgendaMemo(catalog));
  }

  /** `tasks` as an agenda on `day`, soonest first; `listKey` names the list (agency and role filter). */
  agenda(listKey: string, tasks: AgencyTask[], day: IsoDate): AgendaItem[] {
    return this.list(`${listKey}|`, day, "", tasks, (t) => agendaItem(t, day));
  }

  /** Only tasks due inside [from, to], each with its first date there. */
  between(listKey: string, tasks: AgencyTask[], day: IsoDate, from: IsoDate, to: IsoDate): AgendaItem[] {
    return this.list(`${listKey}|${from}|${to}`, day, `${from}|${to}`, tasks, (t) =>
      agendaItemBetween(t, day, from, to),
    );
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
