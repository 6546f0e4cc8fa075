import { getOrInsert } from "../domain/collections.js";
import { recipientsFor } from "../domain/recipients.js";
import type { Db } from "../db/client.js";
import { enqueue, type OutboxInsert } from "../db/outbox-repo.js";
import { agencyNames } from "../db/directory-repo.js";
import { allRotaSlots } from "../db/plan-repo.js";
import { focalNames, recipientsByAgency, reviewersWithAccounts } from "../db/recipient-repo.js";
import { sentArticleKeys } from "../db/submission-repo.js";
import { formatVnDate, type IsoDate } from "../domain/calendar.js";
import { localDate, type Clock } from "../domain/clock.js";
import type { Quarter } from "../domain/quarter.js";
import {
  planArticleCycle,
  planRotation,
  planTaskReminders,
  type PlannedReminder,
  type ReminderPolicy,
  type RotaSlot,
  type TaskForReminders,
} from "../domain/reminders.js";
import { isWorkingDay, nextSlot, slotOn, type WorkCalendar } from "../domain/workcal.js";
import { escapeHtml } from "../core/html.js";
import { isLocale, type I18n } from "../i18n.js";
import type { TaskCatalog } from "../core/catalog.js";
import { findArticleCycle, type ArticleCycle } from "../core/submissions/cycle.js";
import { renderReminder } from "./render.js";
import { reminderButtons } from "./relevance.js";

export interface SchedulerDeps {
  db: Db;
  clock: Clock;
  catalog: TaskCatalog;
  i18n: I18n;
  cal: WorkCalendar;
  policy: ReminderPolicy;
  articleTask?: string;
  /** How far back a tick looks for reminders it may have missed (downtime). */
  catchUpDays?: number;
  /** Agencies whose task reminders are planned and enqueued together (default 25): bounds a tick's memory. */
  agenciesPerBatch?: number;
}

/** Agencies with a live (not withdrawn, not returned) article per quarter. */
async function submittedArticles(db: Db): Promise<(agencyId: string, q: Quarter) => boolean> {
  const keys = await sentArticleKeys(db);
  return (agencyId, q) => keys.has(`${agencyId}|${q.year}|${q.quarter}`);
}

/** What planning reads from the database, loaded once per tick. */
interface PlanInputs {
  cycle: ArticleCycle | null;
  tasks: TaskForReminders[];
  rota: RotaSlot[];
  submitted: (agencyId: string, q: Quarter) => boolean;
}

async function planInputs(deps: SchedulerDeps): Promise<PlanInputs> {
  const cycle = await findArticleCycle(deps.db, deps.articleTask);
  const tasks = (await deps.catalog.tasksWithLeads())
    .filter((t) => t.task.taskId !== cycle?.taskId && t.leads.length > 0)
    .map((t) => ({
      taskId: t.task.taskId,
      code: t.task.code,
      deadline: t.task.deadline,
      planYear: t.task.planYear,
      agencyIds: t.leads,
    }));
  const rota = await allRotaSlots(deps.db);
  return { cycle, tasks, rota, submitted: await submittedArticles(deps.db) };
}

const byTime = (a: PlannedReminder, b: PlannedReminder) =>
  a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key);

/** Article cycle and posting rota: a few per agency, planned in one go. */
function planFixed(deps: SchedulerDeps, inputs: PlanInputs, from: Date, to: Date): PlannedReminder[] {
  return [
    ...(inputs.cycle
      ? planArticleCycle(
          inputs.cycle.agencies.map((a) => a.id),
          inputs.submitted,
          from,
          to,
          deps.cal,
          deps.policy,
        )
      : []),
    ...planRotation(inputs.rota, from, to, deps.cal, deps.policy),
  ];
}

/**
 * Task reminders, a batch of agencies at a time: a city's tasks times their
 * agencies times their focal points is too much to hold at once (10,000 tasks
 * and 1,000 agencies ran a tick out of memory), a batch is small.
 */
function* taskReminderBatches(
  deps: SchedulerDeps,
  tasks: TaskForReminders[],
  from: Date,
  to: Date,
  agenciesPerBatch: number,
): Generator<PlannedReminder[]> {
  const byAgency = new Map<string, TaskForReminders[]>();
  for (const t of tasks) {
    for (const a of t.agencyIds) {
      const list = byAgency.get(a);
      if (list) list.push(t);
      else byAgency.set(a, [t]);
    }
  }
  const agencies = [...byAgency.keys()].sort();
  for (let i = 0; i < agencies.length; i += agenciesPerBatch) {
    const subset = new Map<number, TaskForReminders>();
    for (const a of agencies.slice(i, i + agenciesPerBatch)) {
      for (const t of byAgency.get(a)!) {
        getOrInsert(subset, t.taskId, () => ({ ...t, agencyIds: [] })).agencyIds.push(a);
      }
    }
    yield planTaskReminders([...subset.values()], from, to, deps.cal, deps.policy);
  }
}

/** Every reminder due between `from` and `to`, per agency (before recipients are looked up). */
export async function planReminders(deps: SchedulerDeps, from: Date, to: Date): Promise<PlannedReminder[]> {
  const inputs = await planInputs(deps);
  return [
    ...planFixed(deps, inputs, from, to),
    ...planTaskReminders(inputs.tasks, from, to, deps.cal, deps.policy),
  ].sort(byTime);
}

export interface TickResult {
  planned: number;
  enqueued: number;
  /** Agencies whose every focal point is away with nobody standing in. */
  unattended: string[];
}

/** What a tick has done so far, and the agency names it has looked up (for the digest). */
interface TickProgress {
  planned: number;
  enqueued: number;
  unattended: Set<string>;
  names: Map<string, string>;
  tasks: Map<number, { code: string; title: string }>;
}

/**
 * One scheduler tick: plans the reminders due up to `now` (looking back for
 * missed ones), finds who receives each (focal points; leaders for
 * escalations; a stand-in for someone away) and enqueues them, a batch of
 * agencies at a time. Enqueueing is idempotent, so ticks may repeat, overlap
 * or run in several processes.
 */
export async function tick(deps: SchedulerDeps, now: Date = deps.clock.now()): Promise<TickResult> {
  const from = new Date(now.getTime() - (deps.catchUpDays ?? 3) * 86_400_000);
  const inputs = await planInputs(deps);
  const progress: TickProgress = {
    planned: 0,
    enqueued: 0,
    unattended: new Set(),
    names: new Map(),
    tasks: new Map((await deps.catalog.allTasks()).map((t) => [t.taskId, t])),
  };
  const fixed = planFixed(deps, inputs, from, now).sort(byTime);
  await enqueueReminders(
    deps,
    fixed.filter((r) => r.audience !== "reviewers"),
    progress,
  );
  for (const batch of taskReminderBatches(deps, inputs.tasks, from, now, deps.agenciesPerBatch ?? 25))
    await enqueueReminders(deps, batch.sort(byTime), progress);
  const unattended = [...progress.unattended];
  progress.enqueued += await enqueueDigest(deps, inputs, fixed, now, unattended, progress.names);
  return { planned: progress.planned, enqueued: progress.enqueued, unattended };
}

/** Recipients, texts and outbox rows for one batch of planned reminders. */
async function enqueueReminders(deps: SchedulerDeps, planned: PlannedReminder[], progress: TickProgress) {
  if (planned.length === 0) return;
  progress.planned += planned.length;
  const agencyIds = [...new Set(planned.map((r) => r.agencyId!).filter(Boolean))];
  const people = await recipientsByAgency(deps.db, agencyIds);
  for (const [id, name] of await agencyNames(deps.db, agencyIds)) progress.names.set(id, name);
  const names = progress.names;
  const taskInfo = progress.tasks;
  const unattended = progress.unattended;
  const rows: OutboxInsert[] = [];
  for (const r of planned) {
    const { deliveries, unattended: nobody } = recipientsFor(people.get(r.agencyId!) ?? [], r.audience, r.at);
    if (nobody) unattended.add(r.agencyId!);
    for (const { recipient, onBehalfOf, heldUntil } of deliveries) {
      // Held until they are back; the dispatcher drops it then if it no longer matters.
      const sendAt = heldUntil ? nextSlot(deps.cal, heldUntil) : r.at;
      const locale = isLocale(recipient.locale) ? recipient.locale : "vi";
      const task = r.taskId ? taskInfo.get(r.taskId) : undefined;
      const buttons = JSON.stringify(reminderButtons((id) => deps.i18n.plain(locale, id)));
      const hint = deps.i18n.plain(locale, "reminder-typed-hint");
      const text = renderReminder(r, {
        t: (id, args) => deps.i18n.t(locale, id, args),
        agencyName: names.get(r.agencyId!) ?? "",
        taskCode: task?.code,
        taskTitle: task?.title,
        sendAt,
        onBehalfOf,
      });
      for (const a of recipient.accounts) {
        rows.push({
          dedupeKey: `${r.key}|u${recipient.userId}|a${a.id}`,
          userId: recipient.userId,
          accountId: a.id,
          channel: a.channel,
          chatId: a.chatId,
          kind: r.kind,
          stage: r.stage,
          subject: r.subject,
          stageOrder: r.order,
          agencyId: r.agencyId,
          taskId: r.taskId ?? null,
          year: r.year ?? null,
          quarter: r.quarter ?? null,
          dueDate: r.due,
          text,
          buttons,
          hint,
          sendAfter: sendAt,
        });
      }
    }
  }
  progress.enqueued += await enqueue(deps.db, rows);
}

/**
 * Reviewers get one digest a working day instead of individual pushes: the
 * day's escalations, the deadline report (every agency still missing, with
 * its focal points) and agencies nobody is there to answer for.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: replaced by the per-person digest (issue 17).
async function enqueueDigest(
  deps: SchedulerDeps,
  inputs: PlanInputs,
  planned: PlannedReminder[],
  now: Date,
  unattended: string[],
  names: Map<string, string>,
): Promise<number> {
  const day: IsoDate = localDate(now);
  if (!isWorkingDay(deps.cal, day) || now < slotOn(deps.cal, day)) return 0;
  const dayStart = slotOn(deps.cal, day);
  // Today's slot is inside the tick's window, so the day's items are already planned.
  const today = planned.filter(
    (r) => (r.kind === "escalation" || r.kind === "deadline-report") && localDate(r.at) === day,
  );
  const reviewers = await reviewersWithAccounts(deps.db);
  if (reviewers.length === 0 || (today.length === 0 && unattended.length === 0)) return 0;
  const escalations = today.filter((r) => r.kind === "escalation");
  const reports = await Promise.all(
    today
      .filter((r) => r.kind === "deadline-report")
      .map(async (report) => {
        const missing = (inputs.cycle?.agencies ?? []).filter(
          (a) => !inputs.submitted(a.id, { year: report.year!, quarter: report.quarter! }),
        );
        const focal = await focalNames(
          deps.db,
          missing.map((m) => m.id),
        );
        return {
          report,
          missing: missing.map((m) => ({
            name: m.name,
            who: focal
              .filter((f) => f.agencyId === m.id)
              .map((f) => f.name)
              .join(", "),
          })),
        };
      }),
  );
  const rows: OutboxInsert[] = [];
  for (const rv of reviewers) {
    const locale = isLocale(rv.locale) ? rv.locale : "vi";
    const t = (id: string, args?: Record<string, string | number>) => deps.i18n.t(locale, id, args);
    const lines = [t("digest-title", { date: formatVnDate(day) })];
    if (escalations.length) {
      lines.push("", t("digest-escalations", { count: escalations.length }));
      for (const e of escalations) lines.push(`• ${escapeHtml(names.get(e.agencyId!) ?? e.agencyId!)}`);
    }
    for (const { report, missing } of reports) {
      lines.push(
        "",
        t("digest-missing", {
          quarter: `${["I", "II", "III", "IV"][report.quarter! - 1]}/${report.year}`,
          due: formatVnDate(report.due),
          count: missing.length,
        }),
      );
      for (const m of missing) lines.push(`• ${escapeHtml(m.name)} — ${escapeHtml(m.who || t("digest-no-focal"))}`);
    }
    if (unattended.length) {
      lines.push("", t("digest-unattended", { count: unattended.length }));
      for (const id of unattended) lines.push(`• ${escapeHtml(names.get(id) ?? id)}`);
    }
    const text = lines.join("\n");
    for (const a of rv.accounts) {
      rows.push({
        dedupeKey: `digest:${day}|u${rv.id}|a${a.id}`,
        userId: rv.id,
        accountId: a.id,
        channel: a.channel,
        chatId: a.chatId,
        kind: "digest",
        stage: "daily",
        subject: `digest:${day}`,
        stageOrder: 0,
        agencyId: null,
        taskId: null,
        year: null,
        quarter: null,
        dueDate: day,
        text,
        sendAfter: dayStart,
      });
    }
  }
  return enqueue(deps.db, rows);
}
