import type { ImportReport, PlanImport } from "../domain/plan-import.js";
import { bumpCatalogVersion } from "./catalog-repo.js";
import type { Db } from "./client.js";

export type SaveOutcome = "created" | "updated" | "unchanged";

/** Rows per statement: well under SQLite's bound-parameter limit. */
const CHUNK = 400;

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** What importing a plan would change in the one already loaded under its id. */
export interface PlanDiff {
  /** A plan with this id is loaded. */
  loaded: boolean;
  sameFile: boolean;
  format: { before: string; after: string } | null;
  tasksBefore: number;
  added: string[];
  removed: string[];
  changed: string[];
  /** Receipts of submissions whose task would be removed. */
  orphaned: string[];
}

/** Compares a parsed plan with the stored one, task by task (keyed as in savePlan). */
export async function diffPlan(db: Db, plan: PlanImport): Promise<PlanDiff> {
  const stored = await db.plan.findUnique({ where: { id: plan.id }, select: { format: true, sourceHash: true } });
  const empty: PlanDiff = {
    loaded: false,
    sameFile: false,
    format: null,
    tasksBefore: 0,
    added: plan.tasks.map((t) => t.key),
    removed: [],
    changed: [],
    orphaned: [],
  };
  if (!stored) return empty;
  const rows = await db.task.findMany({
    where: { planId: plan.id },
    select: {
      id: true,
      key: true,
      title: true,
      product: true,
      leadText: true,
      supportText: true,
      deadlineText: true,
      isHeading: true,
    },
  });
  const before = new Map(rows.map((r) => [r.key, r]));
  const after = new Set(plan.tasks.map((t) => t.key));
  const added: string[] = [];
  const changed: string[] = [];
  for (const t of plan.tasks) {
    const r = before.get(t.key);
    if (!r) added.push(t.key);
    else if (
      r.title !== t.title ||
      r.product !== t.product ||
      r.leadText !== t.leadText ||
      r.supportText !== t.supportText ||
      r.deadlineText !== t.deadline.label ||
      r.isHeading !== t.isHeading
    )
      changed.push(t.key);
  }
  const removedRows = rows.filter((r) => !after.has(r.key));
  const orphaned: string[] = [];
  for (const chunk of chunks(
    removedRows.map((r) => r.id),
    CHUNK,
  )) {
    orphaned.push(
      ...(await db.submission.findMany({ where: { taskId: { in: chunk } }, select: { receipt: true } })).map(
        (s) => s.receipt,
      ),
    );
  }
  return {
    loaded: true,
    sameFile: stored.sourceHash === plan.sourceHash,
    format: { before: stored.format, after: plan.format },
    tasksBefore: rows.filter((r) => !r.isHeading).length,
    added,
    removed: removedRows.map((r) => r.key),
    changed,
    orphaned,
  };
}

/**
 * Stores an imported plan in one transaction. Tasks are matched by their key
 * (section/code/occurrence), so re-importing the same file changes nothing and
 * a corrected file updates the tasks in place (their ids, which submissions
 * and reminders refer to, survive).
 */
export async function savePlan(db: Db, plan: PlanImport, now: Date): Promise<SaveOutcome> {
  const existing = await db.plan.findUnique({ where: { id: plan.id }, select: { sourceHash: true } });
  if (existing?.sourceHash === plan.sourceHash) return "unchanged";
  await db.$transaction(
    async (tx) => {
      const data = {
        title: plan.title,
        year: plan.year,
        jurisdiction: plan.jurisdiction,
        format: plan.format,
        sourceFile: plan.sourceFile,
        sourceHash: plan.sourceHash,
        importedAt: now,
        report: JSON.stringify(plan.report),
      };
      await tx.plan.upsert({ where: { id: plan.id }, create: { id: plan.id, ...data }, update: data });
      const sectionIds = new Map<string, number>();
      for (const s of plan.sections) {
        const row = await tx.section.upsert({
          where: { planId_code: { planId: plan.id, code: s.code } },
          create: { planId: plan.id, code: s.code, title: s.title, ordinal: s.ordinal },
          update: { title: s.title, ordinal: s.ordinal },
        });
        sectionIds.set(s.code, row.id);
      }
      const taskIds: number[] = [];
      let rotaTaskId: number | null = null;
      const assignments: {
        taskId: number;
        role: string;
        agencyId: string | null;
        groupId: string | null;
        phrase: string;
      }[] = [];
      for (const t of plan.tasks) {
        const row = {
          sectionId: sectionIds.get(t.sectionCode)!,
          code: t.code,
          isHeading: t.isHeading,
          parentCode: t.parentCode,
          ordinal: t.ordinal,
          title: t.title,
          context: t.context,
          product: t.product,
          leadText: t.leadText,
          supportText: t.supportText,
          agencyNotes: t.agencyNotes,
          deadlineText: t.deadline.label,
          deadlineKind: t.deadline.kind,
          deadline: JSON.stringify(t.deadline),
          firstDue: t.firstDue,
          lastDue: t.lastDue,
          sourceLine: t.line,
        };
        const saved = await tx.task.upsert({
          where: { planId_key: { planId: plan.id, key: t.key } },
          create: { planId: plan.id, key: t.key, ...row },
          update: row,
          select: { id: true },
        });
        taskIds.push(saved.id);
        if (t.key === plan.rotationTask) rotaTaskId = saved.id;
        for (const a of t.assignments) {
          assignments.push({
            taskId: saved.id,
            role: a.role,
            agencyId: a.target.type === "agency" ? a.target.id : null,
            groupId: a.target.type === "group" ? a.target.id : null,
            phrase: a.phrase,
          });
        }
      }
      await tx.taskAssignment.deleteMany({ where: { task: { planId: plan.id } } });
      for (const chunk of chunks(assignments, CHUNK)) await tx.taskAssignment.createMany({ data: chunk });
      // Removed tasks are found here and deleted a slice at a time: a NOT IN list of
      // every kept id ran past SQLite's parameter limit on a plan of 999 tasks.
      const kept = new Set(taskIds);
      const gone = (await tx.task.findMany({ where: { planId: plan.id }, select: { id: true } }))
        .map((t) => t.id)
        .filter((id) => !kept.has(id));
      for (const chunk of chunks(gone, CHUNK)) await tx.task.deleteMany({ where: { id: { in: chunk } } });
      await tx.section.deleteMany({ where: { planId: plan.id, code: { notIn: plan.sections.map((s) => s.code) } } });
      await tx.rotationSlot.deleteMany({ where: { planId: plan.id } });
      await tx.rotationSlot.createMany({
        data: plan.rotation.map((r) => ({ planId: plan.id, taskId: rotaTaskId, ...r })),
      });
      await bumpCatalogVersion(tx);
    },
    { timeout: 60_000 },
  );
  return existing ? "updated" : "created";
}

export interface PlanSummary {
  id: string;
  title: string;
  year: number;
  jurisdiction: string;
  format: string;
  sourceFile: string;
  importedAt: string;
  sections: number;
  tasks: number;
  report: ImportReport;
}

export async function listPlans(db: Db): Promise<PlanSummary[]> {
  const plans = await db.plan.findMany({ orderBy: { id: "asc" }, include: { _count: { select: { sections: true } } } });
  const counts = await db.task.groupBy({ by: ["planId"], where: { isHeading: false }, _count: { _all: true } });
  return plans.map((p) => ({
    id: p.id,
    title: p.title,
    year: p.year,
    jurisdiction: p.jurisdiction,
    format: p.format,
    sourceFile: p.sourceFile,
    importedAt: p.importedAt.toISOString(),
    sections: p._count.sections,
    tasks: counts.find((c) => c.planId === p.id)?._count._all ?? 0,
    report: JSON.parse(p.report) as ImportReport,
  }));
}

export async function rotationOf(db: Db, planId: string) {
  return db.rotationSlot.findMany({
    where: { planId },
    orderBy: [{ year: "asc" }, { month: "asc" }],
    include: { agency: { select: { name: true, kind: true } } },
  });
}

/** Who posts in a month, in every plan with a posting rota (Sa Đéc's "lịch đăng tin"). */
export async function rotationInMonth(db: Db, year: number, month: number) {
  const rows = await db.rotationSlot.findMany({
    where: { year, month },
    orderBy: [{ planId: "asc" }, { id: "asc" }],
    include: { agency: { select: { name: true } } },
  });
  return rows.map((r) => ({ agencyId: r.agencyId, agency: r.agency.name, phrase: r.phrase }));
}

/** Every plan's posting rota: who posts in which month. */
export async function allRotaSlots(db: Db) {
  return db.rotationSlot.findMany({ select: { year: true, month: true, agencyId: true, taskId: true } });
}

export type RemovePlanOutcome =
  | { removed: true; tasks: number }
  | { removed: false; reason: "unknown" }
  | { removed: false; reason: "submissions"; tasks: { key: string; receipts: string[] }[] };

/**
 * Removes a plan (its sections, tasks and rota) in one transaction, but only when no submission is filed against
 * one of its tasks: a report or an article keeps its task, so such a plan is refused with the tasks that hold them.
 */
export async function removePlan(db: Db, planId: string): Promise<RemovePlanOutcome> {
  return db.$transaction(async (tx) => {
    if (!(await tx.plan.findUnique({ where: { id: planId }, select: { id: true } })))
      return { removed: false, reason: "unknown" };
    const held = await tx.submission.findMany({
      where: { task: { planId } },
      select: { receipt: true, task: { select: { key: true } } },
      orderBy: { receipt: "asc" },
    });
    if (held.length) {
      const byTask = new Map<string, string[]>();
      for (const s of held) byTask.set(s.task!.key, [...(byTask.get(s.task!.key) ?? []), s.receipt]);
      return {
        removed: false,
        reason: "submissions",
        tasks: [...byTask].map(([key, receipts]) => ({ key, receipts })),
      };
    }
    const tasks = await tx.task.count({ where: { planId, isHeading: false } });
    await tx.plan.delete({ where: { id: planId } });
    await bumpCatalogVersion(tx);
    return { removed: true, tasks };
  });
}
