import type { Db } from "../db/client.js";
import type { AgencyTask, Role } from "../domain/agenda.js";
import type { Deadline } from "../domain/deadline/types.js";
import { toTaskDetail, type TaskDetail, type TaskRow } from "../db/task-repo.js";

export const CATALOG_VERSION_KEY = "catalog.version";

/** Marks the plans as changed, so every process reloads its catalog. */
export async function bumpCatalogVersion(db: Pick<Db, "meta">): Promise<void> {
  const value = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await db.meta.upsert({ where: { key: CATALOG_VERSION_KEY }, create: { key: CATALOG_VERSION_KEY, value }, update: { value } });
}

/**
 * Every agency's tasks, held in memory: plans change a few times a year and are
 * read on every message. Each process checks the version stamp written by
 * imports at most every `checkEveryMs`, so a new import shows up within that.
 */
export class TaskCatalog {
  private byAgency = new Map<string, AgencyTask[]>();
  /** Tasks an agency both leads and supports appear in both role filters. */
  private supportAlso = new Map<string, Set<number>>();
  private all: AgencyTask[] = [];
  private leads = new Map<number, string[]>();
  private details = new Map<number, TaskDetail>();
  private byCode = new Map<string, number[]>();
  private version: string | null | undefined;
  /** Bumped on every reload: part of the key of anything derived from the catalog. */
  generation = 0;
  private checkedAt = -Infinity;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly checkEveryMs = 2000,
    private readonly monotonic: () => number = () => performance.now(),
  ) {}

  async forAgency(agencyId: string, role?: Role): Promise<AgencyTask[]> {
    await this.fresh();
    const tasks = this.byAgency.get(agencyId) ?? [];
    if (role === "lead") return tasks.filter((t) => t.role === "lead");
    if (role === "support") {
      const also = this.supportAlso.get(agencyId);
      return tasks.filter((t) => t.role === "support" || also?.has(t.taskId)).map((t) => (t.role === "support" ? t : { ...t, role: "support" as Role }));
    }
    return tasks;
  }

  async allTasks(): Promise<AgencyTask[]> {
    await this.fresh();
    return this.all;
  }

  /** Tasks by code ("1.14") or key ("VII/3.12", "VII/3.11#2"), headings included, in plan order. */
  async findDetails(code: string): Promise<TaskDetail[]> {
    await this.fresh();
    const wanted = code.trim().replace(/\.$/, "");
    return (this.byCode.get(wanted) ?? []).map((id) => this.details.get(id)!);
  }

  async detail(taskId: number): Promise<TaskDetail | null> {
    await this.fresh();
    return this.details.get(taskId) ?? null;
  }

  /** Every task with the agencies that lead it (groups expanded), for the reminder planner. */
  async tasksWithLeads(): Promise<{ task: AgencyTask; leads: string[] }[]> {
    await this.fresh();
    return this.all.map((task) => ({ task, leads: this.leads.get(task.taskId) ?? [] }));
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
      const stamp = (await this.db.meta.findUnique({ where: { key: CATALOG_VERSION_KEY } }))?.value ?? null;
      if (stamp !== this.version || this.version === undefined) await this.load(stamp);
      this.checkedAt = this.monotonic();
    })().finally(() => {
      this.loading = null;
    });
    await this.loading;
  }

  /** Full task texts for the detail view, so opening a task needs no query. */
  private loadDetails(
    everything: (TaskRow & { sectionId: number; parentCode: string | null })[],
    assignments: { taskId: number; role: string; agencyId: string | null; groupId: string | null }[],
    agencyName: Map<string, string>,
    groupName: Map<string, string>,
  ): void {
    const byTask = new Map<number, typeof assignments>();
    for (const a of assignments) byTask.set(a.taskId, [...(byTask.get(a.taskId) ?? []), a]);
    const side = (taskId: number, role: string) =>
      (byTask.get(taskId) ?? [])
        .filter((a) => a.role === role)
        .map((a) => (a.agencyId ? { id: a.agencyId, name: agencyName.get(a.agencyId) ?? a.agencyId, type: "agency" as const } : { id: a.groupId!, name: groupName.get(a.groupId!) ?? a.groupId!, type: "group" as const }));
    const details = new Map<number, TaskDetail>();
    const byCode = new Map<string, number[]>();
    const add = (k: string, id: number) => byCode.set(k, [...(byCode.get(k) ?? []), id]);
    for (const t of everything) {
      const children = t.isHeading ? everything.filter((c) => c.planId === t.planId && c.sectionId === t.sectionId && c.parentCode === t.code).map((c) => ({ code: c.code, title: c.title })) : [];
      details.set(t.id, toTaskDetail(t, side(t.id, "lead"), side(t.id, "support"), children));
      add(t.code, t.id);
      add(t.key, t.id);
      const base = t.key.replace(/#\d+$/, "");
      if (base !== t.key) add(base, t.id);
    }
    this.details = details;
    this.byCode = byCode;
  }

  private async load(stamp: string | null): Promise<void> {
    const [everything, assignments, members, names, groupNames] = await Promise.all([
      this.db.task.findMany({
        orderBy: [{ planId: "asc" }, { ordinal: "asc" }],
        include: { plan: { select: { title: true } }, section: { select: { code: true, title: true } } },
      }),
      this.db.taskAssignment.findMany({ select: { taskId: true, role: true, agencyId: true, groupId: true }, orderBy: { id: "asc" } }),
      this.db.agencyGroupMember.findMany({ select: { groupId: true, agencyId: true } }),
      this.db.agency.findMany({ select: { id: true, name: true } }),
      this.db.agencyGroup.findMany({ select: { id: true, name: true } }),
    ]);
    const tasks = everything.filter((t) => !t.isHeading);
    const agencyName = new Map(names.map((a) => [a.id, a.name]));
    const groupName = new Map(groupNames.map((g) => [g.id, g.name]));
    const base = new Map(
      tasks.map((t) => [t.id, { taskId: t.id, planId: t.planId, planTitle: t.plan.title, code: t.code, key: t.key, title: t.title, role: "lead" as Role, deadline: JSON.parse(t.deadline) as Deadline, ordinal: t.ordinal }]),
    );
    const groupMembers = new Map<string, string[]>();
    for (const m of members) groupMembers.set(m.groupId, [...(groupMembers.get(m.groupId) ?? []), m.agencyId]);
    const roles = new Map<string, Map<number, Role>>();
    const supportAlso = new Map<string, Set<number>>();
    const leads = new Map<number, Set<string>>();
    for (const a of assignments) {
      if (!base.has(a.taskId)) continue;
      const agencies = a.agencyId ? [a.agencyId] : (groupMembers.get(a.groupId ?? "") ?? []);
      if (a.role === "lead") {
        let set = leads.get(a.taskId);
        if (!set) leads.set(a.taskId, (set = new Set()));
        for (const id of agencies) set.add(id);
      }
      for (const agencyId of agencies) {
        let mine = roles.get(agencyId);
        if (!mine) roles.set(agencyId, (mine = new Map()));
        if (mine.get(a.taskId) !== "lead") mine.set(a.taskId, a.role as Role);
        if (a.role === "support") {
          let set = supportAlso.get(agencyId);
          if (!set) supportAlso.set(agencyId, (set = new Set()));
          set.add(a.taskId);
        }
      }
    }
    // One object per task and role, shared by every agency that sees it (a thousand agencies
    // seeing the same hundreds of group tasks would otherwise copy them each).
    const asSupport = new Map<number, AgencyTask>();
    const view = (taskId: number, role: Role) => {
      const b = base.get(taskId)!;
      if (role === "lead") return b;
      let v = asSupport.get(taskId);
      if (!v) asSupport.set(taskId, (v = { ...b, role: "support" }));
      return v;
    };
    this.byAgency = new Map([...roles].map(([agencyId, mine]) => [agencyId, [...mine].map(([taskId, role]) => view(taskId, role))]));
    this.supportAlso = supportAlso;
    this.loadDetails(everything, assignments, agencyName, groupName);
    this.leads = new Map([...leads].map(([taskId, set]) => [taskId, [...set]]));
    this.all = [...base.values()];
    this.version = stamp;
    this.generation++;
  }
}
