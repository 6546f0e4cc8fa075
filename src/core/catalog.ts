import { getOrInsert } from "../domain/collections.js";
import type { CatalogAssignment, CatalogRows, CatalogSource, CatalogTask } from "../db/catalog-repo.js";
import type { Addressee, TaskDetail } from "../db/task-repo.js";
import type { AgencyTask, AssignmentRole } from "../domain/agenda.js";
import { rotaDeadline, type RotaMonth } from "../domain/rota.js";
import { fold } from "../domain/text.js";
import { AgencyDirectory } from "../domain/agency/lookup.js";
import type { Jurisdiction } from "../directory/types.js";

/** What one load of the plans yields; replaced whole on reload, so readers never see a half-built catalog. */
interface Snapshot {
  byAgency: Map<string, AgencyTask[]>;
  /** Tasks an agency both leads and supports (rare): listed as lead, shown in both role filters. */
  supportAlso: Map<string, Set<number>>;
  all: AgencyTask[];
  leads: Map<number, string[]>;
  rows: Map<number, CatalogTask>;
  assignments: Map<number, CatalogAssignment[]>;
  byCode: Map<string, number[]>;
  children: Map<string, number[]>;
  agencyName: Map<string, string>;
  groupName: Map<string, string>;
  /** "code title" folded for search, filled as tasks are searched. */
  searchText: Map<number, string>;
  /** Each agency's lead tasks, filled as they are asked for (progress figures ask for every agency's). */
  leadOnly: Map<string, AgencyTask[]>;
  jurisdictions: Jurisdiction[];
}

const EMPTY: Snapshot = {
  byAgency: new Map(),
  supportAlso: new Map(),
  all: [],
  leads: new Map(),
  rows: new Map(),
  assignments: new Map(),
  byCode: new Map(),
  children: new Map(),
  agencyName: new Map(),
  groupName: new Map(),
  jurisdictions: [],
  searchText: new Map(),
  leadOnly: new Map(),
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const childKey = (planId: string, sectionId: number, code: string) => `${planId}|${sectionId}|${code}`;

/**
 * Every agency's tasks, held in memory: plans change a few times a year and are
 * read on every message. Each process checks the version stamp written by
 * imports at most every `checkEveryMs`, so a new import shows up within that.
 * Kept lean (10,000 tasks seen by 1,000 agencies must fit a small process):
 * one object per task and role shared by every agency, details built on demand.
 */
export class TaskCatalog {
  private s: Snapshot = EMPTY;
  private version: string | null | undefined;
  /** Bumped on every reload: part of the key of anything derived from the catalog. */
  generation = 0;
  private checkedAt = -Infinity;
  private loading: Promise<void> | null = null;
  private lookup: { generation: number; directory: AgencyDirectory } | undefined;

  constructor(
    private readonly source: CatalogSource,
    private readonly checkEveryMs = 2000,
    private readonly monotonic: () => number = () => performance.now(),
  ) {}

  async forAgency(agencyId: string, role?: AssignmentRole): Promise<AgencyTask[]> {
    await this.fresh();
    const tasks = this.s.byAgency.get(agencyId) ?? [];
    if (role === "lead") return getOrInsert(this.s.leadOnly, agencyId, () => tasks.filter((t) => t.role === "lead"));
    if (role === "support") {
      const also = this.s.supportAlso.get(agencyId);
      return tasks
        .filter((t) => t.role === "support" || also?.has(t.taskId))
        .map((t) => (t.role === "support" ? t : { ...t, role: "support" as AssignmentRole }));
    }
    return tasks;
  }

  /** Every agency that has a task (lead or support). */
  async agencyIds(): Promise<string[]> {
    await this.fresh();
    return [...this.s.byAgency.keys()];
  }

  /** Every agency's name by id (one look at the version for a whole table of them). */
  async agencyNames(): Promise<ReadonlyMap<string, string>> {
    await this.fresh();
    return this.s.agencyName;
  }

  async agencyName(agencyId: string): Promise<string | undefined> {
    await this.fresh();
    return this.s.agencyName.get(agencyId);
  }

  async allTasks(): Promise<AgencyTask[]> {
    await this.fresh();
    return this.s.all;
  }

  /** Tasks by code ("1.14") or key ("VII/3.12", "VII/3.11#2"), headings included, in plan order. */
  async findDetails(code: string): Promise<TaskDetail[]> {
    await this.fresh();
    const wanted = code.trim().replace(/\.$/, "");
    return (this.s.byCode.get(wanted) ?? []).map((id) => this.detailOf(this.s, id)!);
  }

  async detail(taskId: number): Promise<TaskDetail | null> {
    await this.fresh();
    return this.detailOf(this.s, taskId);
  }

  /** Every task with the agencies that lead it (groups expanded), for the reminder planner. */
  async tasksWithLeads(): Promise<{ task: AgencyTask; leads: string[] }[]> {
    await this.fresh();
    const { all, leads } = this.s;
    return all.map((task) => ({ task, leads: leads.get(task.taskId) ?? [] }));
  }

  /** Where the agency a person types is found: the directories as loaded, rebuilt when an import changes them. */
  async directory(): Promise<AgencyDirectory> {
    await this.fresh();
    if (this.lookup?.generation !== this.generation)
      this.lookup = { generation: this.generation, directory: new AgencyDirectory(this.s.jurisdictions) };
    return this.lookup.directory;
  }

  /** A task's code and title folded (no diacritics, lower case), as search compares them. */
  searchText(t: AgencyTask): string {
    return getOrInsert(this.s.searchText, t.taskId, () => fold(`${t.code} ${t.title}`));
  }

  /** Forget everything (after an import in this process). */
  invalidate(): void {
    this.version = undefined;
    this.checkedAt = -Infinity;
  }

  private async fresh(): Promise<void> {
    const now = this.monotonic();
    if (this.version !== undefined && now - this.checkedAt < this.checkEveryMs) return;
    this.loading ??= (async () => {
      const stamp = await this.source.version();
      if (stamp !== this.version || this.version === undefined) {
        // Drop the old snapshot first: old and new together would double the peak.
        this.s = EMPTY;
        this.s = build(await this.source.rows());
        this.version = stamp;
        this.generation++;
      }
      this.checkedAt = this.monotonic();
    })().finally(() => {
      this.loading = null;
    });
    await this.loading;
  }

  private detailOf(s: Snapshot, taskId: number): TaskDetail | null {
    const t = s.rows.get(taskId);
    if (!t) return null;
    const side = (role: string): Addressee[] =>
      (s.assignments.get(taskId) ?? [])
        .filter((a) => a.role === role)
        .map((a) =>
          a.agencyId
            ? { id: a.agencyId, name: s.agencyName.get(a.agencyId) ?? a.agencyId, type: "agency" as const }
            : { id: a.groupId!, name: s.groupName.get(a.groupId!) ?? a.groupId!, type: "group" as const },
        );
    const children = t.isHeading
      ? (s.children.get(childKey(t.planId, t.sectionId, t.code)) ?? [])
          .map((id) => s.rows.get(id)!)
          .map((c) => ({ code: c.code, title: c.title }))
      : [];
    const { sectionId: _s, parentCode: _p, ordinal: _o, planYear: _y, ...shown } = t;
    return { ...shown, lead: side("lead"), support: side("support"), children };
  }
}

function build({ tasks, assignments, members, agencies, groups, rota, jurisdictions }: CatalogRows): Snapshot {
  const { rows, byCode, children, base } = indexTasks(tasks);
  const { byTask, roles, leads } = indexAssignments(assignments, members, base);
  const { byAgency, supportAlso } = agencyLists(roles, base);
  applyRota(rota, base, { byAgency, supportAlso, leads });
  return {
    byAgency,
    supportAlso,
    all: [...base.values()],
    leads,
    rows,
    assignments: byTask,
    byCode,
    children,
    agencyName: agencies,
    groupName: groups,
    searchText: new Map(),
    leadOnly: new Map(),
    jurisdictions,
  };
}

/** Tasks by id and by every code they answer to, headings' children, and each task's lead view. */
function indexTasks(everything: CatalogRows["tasks"]) {
  const rows = new Map<number, CatalogTask>();
  const byCode = new Map<string, number[]>();
  const children = new Map<string, number[]>();
  const base = new Map<number, AgencyTask>();
  for (const t of everything) {
    rows.set(t.id, t);
    push(byCode, t.code, t.id);
    if (t.key !== t.code) push(byCode, t.key, t.id);
    const plain = t.key.replace(/#\d+$/, "");
    if (plain !== t.key && plain !== t.code) push(byCode, plain, t.id);
    if (t.parentCode) push(children, childKey(t.planId, t.sectionId, t.parentCode), t.id);
    if (t.isHeading) continue;
    const { id: taskId, planId, planTitle, planYear, code, key, title, deadline, ordinal } = t;
    base.set(t.id, { taskId, planId, planTitle, planYear, code, key, title, role: "lead", deadline, ordinal });
  }
  return { rows, byCode, children, base };
}

/** Each agency's role in each task, groups expanded to their members; each task's lead agencies. */
function indexAssignments(
  assignments: CatalogRows["assignments"],
  members: CatalogRows["members"],
  base: Map<number, AgencyTask>,
) {
  const groupMembers = new Map<string, string[]>();
  for (const m of members) push(groupMembers, m.groupId, m.agencyId);
  const byTask = new Map<number, CatalogAssignment[]>();
  const roles = new Map<string, Map<number, AssignmentRole | "both">>();
  const leads = new Map<number, string[]>();
  for (const a of assignments) {
    push(byTask, a.taskId, a);
    if (!base.has(a.taskId)) continue;
    const reached = a.agencyId ? [a.agencyId] : (groupMembers.get(a.groupId ?? "") ?? []);
    if (a.role === "lead") {
      const known = leads.get(a.taskId);
      // Usually one lead assignment: its list is used as is, merged only when there are more.
      leads.set(a.taskId, known ? [...new Set([...known, ...reached])] : reached);
    }
    for (const agencyId of reached) {
      const mine = getOrInsert(roles, agencyId, () => new Map());
      const had = mine.get(a.taskId);
      mine.set(a.taskId, had === undefined || had === a.role ? (a.role as AssignmentRole) : "both");
    }
  }
  return { byTask, roles, leads };
}

/** Each agency's task list; one object per task and role, shared by every agency that sees it. */
function agencyLists(roles: Map<string, Map<number, AssignmentRole | "both">>, base: Map<number, AgencyTask>) {
  const asSupport = new Map<number, AgencyTask>();
  const view = (taskId: number, role: AssignmentRole) => {
    const b = base.get(taskId)!;
    if (role === "lead") return b;
    return getOrInsert(asSupport, taskId, (): AgencyTask => ({ ...b, role: "support" }));
  };
  const byAgency = new Map<string, AgencyTask[]>();
  const supportAlso = new Map<string, Set<number>>();
  for (const [agencyId, mine] of roles) {
    const list: AgencyTask[] = [];
    for (const [taskId, role] of mine) {
      if (role === "both") getOrInsert(supportAlso, agencyId, () => new Set()).add(taskId);
      list.push(view(taskId, role === "support" ? "support" : "lead"));
    }
    byAgency.set(agencyId, list);
  }
  return { byAgency, supportAlso };
}

/**
 * A rota task is owed by the unit whose month it is: each unit on the rota leads it with its own months as the
 * deadline (whatever its role in the table), and is left out of the task's leads, which the reminder planner
 * reads — the rota's own reminders cover it.
 */
function applyRota(
  rota: CatalogRows["rota"],
  base: Map<number, AgencyTask>,
  s: Pick<Snapshot, "byAgency" | "supportAlso" | "leads">,
): void {
  const byUnit = new Map<string, RotaMonth[]>();
  for (const r of rota) if (base.has(r.taskId)) push(byUnit, `${r.taskId}|${r.agencyId}`, r);
  for (const [unit, months] of byUnit) {
    const [id = "", agencyId = ""] = unit.split("|");
    const taskId = Number(id);
    const b = base.get(taskId)!;
    const own: AgencyTask = { ...b, role: "lead", deadline: rotaDeadline(b.deadline, months) };
    const list = s.byAgency.get(agencyId) ?? [];
    const at = list.findIndex((t) => t.taskId === taskId);
    if (at >= 0) list[at] = own;
    else list.push(own);
    s.byAgency.set(agencyId, list);
    s.supportAlso.get(agencyId)?.delete(taskId);
    const leads = s.leads.get(taskId);
    if (leads)
      s.leads.set(
        taskId,
        leads.filter((a) => a !== agencyId),
      );
  }
}
