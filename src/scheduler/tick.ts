import { getOrInsert } from "../domain/collections.js";
import { recipientsFor } from "../domain/recipients.js";
import type { Db } from "../db/client.js";
import { digestFor, digestsOn, enqueueDigests, type DigestInsert } from "../db/outbox-repo.js";
import { agencyNames } from "../db/directory-repo.js";
import { allRotaSlots } from "../db/plan-repo.js";
import { focalNames, recipientsByAgency, reviewersWithAccounts } from "../db/recipient-repo.js";
import { sentArticleKeys } from "../db/submission-repo.js";
import type { IsoDate } from "../domain/calendar.js";
import { digestAt, digestKey, ITEM_TITLE, itemFromReminder, type DigestItem } from "../domain/digest.js";
import { shorten } from "../domain/text.js";
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
import type { I18n } from "../i18n.js";
import type { TaskCatalog } from "../core/catalog.js";
import { findArticleCycle, type ArticleCycle } from "../core/submissions/cycle.js";

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
  /** When the day's digest goes, minutes after midnight (DIGEST_TIME; default: the start of working hours). */
  digestMinute?: number;
  /** Only this person's digest (a console session ticks for its own person, at its own `--now`). */
  only?: { userId: number; agencyId: string | null };
}

const digestTime = (deps: SchedulerDeps, day: IsoDate) => digestAt(deps.cal, deps.digestMinute, day);

/** A day's digest: when it goes and the day that falls on (a holiday's items go on the next working day). */
interface DigestDay {
  at: Date;
  day: IsoDate;
}

/** Each day's digest worked out once a tick: it is asked for every item placed (a quarter's morning: 150,000). */
function digestDays(deps: SchedulerDeps): (day: IsoDate) => DigestDay {
  const known = new Map<IsoDate, DigestDay>();
  return (day) =>
    getOrInsert(known, day, () => {
      const at = digestTime(deps, day);
      return { at, day: localDate(at) };
    });
}

/** Agencies with a live (not withdrawn, not returned) article per quarter. */
async function submittedArticles(db: Db): Promise<(agencyId: string, q: Quarter) => boolean> {
  const keys = await sentArticleKeys(db);
  return (agencyId, q) => keys.has(`${agencyId}|${q.year}|${q.quarter}`);
}

/** What planning reads from the database, loaded once per tick. */
export interface PlanInputs {
  cycle: ArticleCycle | null;
  tasks: TaskForReminders[];
  rota: RotaSlot[];
  submitted: (agencyId: string, q: Quarter) => boolean;
}

export async function planInputs(deps: SchedulerDeps): Promise<PlanInputs> {
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
 * Reminders a batch of agencies at a time (their tasks', article cycle's and rota's together, so each
 * person's digest is whole in one batch): a city's tasks times their agencies times their focal points is too
 * much to hold at once (10,000 tasks and 1,000 agencies ran a tick out of memory), a batch is small.
 */
function* agencyBatches(
  deps: SchedulerDeps,
  tasks: TaskForReminders[],
  fixed: PlannedReminder[],
  from: Date,
  to: Date,
  agenciesPerBatch: number,
): Generator<PlannedReminder[]> {
  const byAgency = new Map<string, TaskForReminders[]>();
  for (const t of tasks) for (const a of t.agencyIds) getOrInsert(byAgency, a, () => []).push(t);
  const fixedOf = new Map<string, PlannedReminder[]>();
  for (const r of fixed) if (r.agencyId) getOrInsert(fixedOf, r.agencyId, () => []).push(r);
  const agencies = [...new Set([...byAgency.keys(), ...fixedOf.keys()])]
    .filter((a) => !deps.only || a === deps.only.agencyId)
    .sort();
  for (let i = 0; i < agencies.length; i += agenciesPerBatch) {
    const slice = agencies.slice(i, i + agenciesPerBatch);
    const subset = new Map<number, TaskForReminders>();
    for (const a of slice) {
      for (const t of byAgency.get(a) ?? []) {
        getOrInsert(subset, t.taskId, () => ({ ...t, agencyIds: [] })).agencyIds.push(a);
      }
    }
    yield [
      ...slice.flatMap((a) => fixedOf.get(a) ?? []),
      ...planTaskReminders([...subset.values()], from, to, deps.cal, deps.policy),
    ].sort(byTime);
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
  /** Reminders planned (stages due), before they are gathered into digests. */
  planned: number;
  /** Digests newly enqueued (one per person, chat account and day). */
  enqueued: number;
  /** Items those digests and the ones merged into hold. */
  items: number;
  /** Agencies whose every focal point is away with nobody standing in. */
  unattended: string[];
}

/** What a tick has done so far, and the agency names it has looked up (for the reviewers' digest). */
interface TickProgress {
  planned: number;
  enqueued: number;
  items: number;
  unattended: Set<string>;
  names: Map<string, string>;
  tasks: Map<number, { code: string; key: string; title: string }>;
  /** Tasks whose code another task of their plan also has (Sa Đéc numbers each section anew). */
  repeated: Set<number>;
  digestOf: (day: IsoDate) => DigestDay;
}

/**
 * One scheduler tick: plans the reminders due up to `now` (looking back for
 * missed ones), finds who receives each (focal points; leaders for
 * escalations; a stand-in for someone away) and gathers them into one digest
 * per person and working day, a batch of agencies at a time. Enqueueing is
 * idempotent (a digest per account and day, merged while pending), so ticks
 * may repeat, overlap or run in several processes.
 */
export async function tick(deps: SchedulerDeps, now: Date = deps.clock.now()): Promise<TickResult> {
  const from = new Date(now.getTime() - (deps.catchUpDays ?? 3) * 86_400_000);
  const inputs = await planInputs(deps);
  const all = await deps.catalog.allTasks();
  const progress: TickProgress = {
    planned: 0,
    enqueued: 0,
    items: 0,
    unattended: new Set(),
    names: new Map(),
    tasks: new Map(all.map((t) => [t.taskId, t])),
    repeated: repeatedCodes(all),
    digestOf: digestDays(deps),
  };
  const fixed = planFixed(deps, inputs, from, now).sort(byTime);
  const forPeople = fixed.filter((r) => r.audience !== "reviewers");
  // The next batch is planned while the last one is written (on PostgreSQL the writes wait on the network).
  let writing: Promise<void> = Promise.resolve();
  for (const batch of agencyBatches(deps, inputs.tasks, forPeople, from, now, deps.agenciesPerBatch ?? 25)) {
    await writing;
    writing = enqueueBatch(deps, batch, progress, now);
  }
  await writing;
  const unattended = [...progress.unattended];
  await enqueueReviewerDigest(deps, inputs, fixed, now, unattended, progress);
  return { planned: progress.planned, enqueued: progress.enqueued, items: progress.items, unattended };
}

/** The tasks whose code is not enough to tell them apart in their plan. */
export function repeatedCodes(tasks: { taskId: number; planId: string; code: string }[]): Set<number> {
  const byCode = new Map<string, number[]>();
  for (const t of tasks) getOrInsert(byCode, `${t.planId}|${t.code}`, () => []).push(t.taskId);
  return new Set([...byCode.values()].filter((ids) => ids.length > 1).flat());
}

/** Gathers items into digests by dedupe key, keeping only the newest stage of each. */
class DigestSet {
  readonly rows = new Map<string, DigestInsert>();
  add(userId: number, account: Placed["account"], on: DigestDay, item: DigestItem) {
    const had = getOrInsert(this.rows, digestKey(on.day, userId, account.id), () =>
      digestFor(userId, account, on.day, on.at),
    );
    const same = had.items.findIndex((i) => i.id === item.id);
    if (same < 0) had.items.push(item);
    else if (item.order > had.items[same]!.order) had.items[same] = item;
  }
  async enqueue(deps: SchedulerDeps, progress: TickProgress) {
    const rows = [...this.rows.values()];
    progress.items += rows.reduce((n, r) => n + r.items.length, 0);
    progress.enqueued += await enqueueDigests(deps.db, rows);
  }
}

/** One item for one person's account, on the day it is to be read. */
interface Placed {
  userId: number;
  account: { id: number; channel: string; chatId: string };
  day: IsoDate;
  item: DigestItem;
}

/** Recipients and digest items for one batch of planned reminders. */
async function enqueueBatch(deps: SchedulerDeps, planned: PlannedReminder[], progress: TickProgress, now: Date) {
  if (planned.length === 0) return;
  progress.planned += planned.length;
  const agencyIds = [...new Set(planned.map((r) => r.agencyId!).filter(Boolean))];
  const people = await recipientsByAgency(deps.db, agencyIds);
  for (const [id, name] of await agencyNames(deps.db, agencyIds)) progress.names.set(id, name);
  const set = new DigestSet();
  const today = localDate(now);
  const past = place(deps, planned, people, progress, (p) => {
    if (p.day < today) return false;
    set.add(p.userId, p.account, progress.digestOf(p.day), p.item);
    return true;
  });
  for (const p of await catchUp(deps, past, today, progress))
    set.add(p.userId, p.account, progress.digestOf(p.day), p.item);
  await set.enqueue(deps, progress);
}

/**
 * Each planned reminder as an item for each account of each person it reaches, on the day it is to be read,
 * handed to `take`; returns those it did not take (a quarter's morning places 600,000: none is kept for long).
 */
function place(
  deps: SchedulerDeps,
  planned: PlannedReminder[],
  people: Awaited<ReturnType<typeof recipientsByAgency>>,
  progress: TickProgress,
  take: (p: Placed) => boolean,
): Placed[] {
  const left: Placed[] = [];
  for (const r of planned) {
    const { deliveries, unattended: nobody } = recipientsFor(people.get(r.agencyId!) ?? [], r.audience, r.at);
    if (nobody) progress.unattended.add(r.agencyId!);
    // One item for everyone it reaches, but a stand-in's says for whom.
    let shared: DigestItem | undefined;
    const sameDay = localDate(r.at);
    for (const { recipient, onBehalfOf, heldUntil } of deliveries) {
      if (deps.only && recipient.userId !== deps.only.userId) continue;
      // Held until they are back: into the digest of that day.
      const day = heldUntil ? localDate(nextSlot(deps.cal, heldUntil)) : sameDay;
      if (!onBehalfOf) shared ??= itemFor(r, progress, undefined);
      const item = onBehalfOf ? itemFor(r, progress, onBehalfOf) : shared!;
      left.push(
        ...recipient.accounts
          .map((account) => ({ userId: recipient.userId, account, day, item }))
          .filter((p) => !take(p)),
      );
    }
  }
  return left;
}

/** Only what a line shows is stored: a task's line names no agency, and shows a short title. */
function itemFor(r: PlannedReminder, progress: TickProgress, onBehalfOf: string | undefined): DigestItem {
  const task = r.taskId ? progress.tasks.get(r.taskId) : undefined;
  return itemFromReminder(r, {
    ...(r.kind !== "task" ? { agency: progress.names.get(r.agencyId!) ?? "" } : {}),
    ...(task ? { code: task.code, title: shorten(task.title, ITEM_TITLE) } : {}),
    ...(task && progress.repeated.has(r.taskId!) ? { key: task.key } : {}),
    ...(onBehalfOf ? { onBehalfOf } : {}),
  });
}

/**
 * Items of a day gone by (the tick looks back over downtime): dropped where that day's digest went, else
 * moved into today's, so a missed morning is caught up in one message, not one per day.
 */
async function catchUp(
  deps: SchedulerDeps,
  past: Placed[],
  today: IsoDate,
  progress: Pick<TickProgress, "digestOf">,
): Promise<Placed[]> {
  if (past.length === 0) return [];
  const days = [...new Set(past.map((p) => progress.digestOf(p.day).day))];
  const had = await digestsOn(deps.db, [...new Set(past.map((p) => p.account.id))], days);
  return past
    .filter((p) => !had.has(`${p.account.id}|${progress.digestOf(p.day).day}`))
    .map((p) => ({ ...p, day: today }));
}

/**
 * Reviewers' digest, the same form as everyone's: the day's escalations, the agencies still missing an
 * article whose quarter just ended (with their focal points) and agencies nobody is there to answer for.
 */
async function enqueueReviewerDigest(
  deps: SchedulerDeps,
  inputs: PlanInputs,
  planned: PlannedReminder[],
  now: Date,
  unattended: string[],
  progress: TickProgress,
): Promise<void> {
  const day: IsoDate = localDate(now);
  if (!isWorkingDay(deps.cal, day) || now < slotOn(deps.cal, day)) return;
  const today = planned.filter(
    (r) => (r.kind === "escalation" || r.kind === "deadline-report") && localDate(r.at) === day,
  );
  const reviewers = (await reviewersWithAccounts(deps.db)).filter((r) => !deps.only || r.id === deps.only.userId);
  if (reviewers.length === 0 || (today.length === 0 && unattended.length === 0)) return;
  const items: DigestItem[] = [];
  const name = (id: string) => progress.names.get(id) ?? id;
  for (const e of today.filter((r) => r.kind === "escalation"))
    items.push({ ...itemFromReminder(e, { agency: name(e.agencyId!) }), id: `late|${e.key}`, stage: "review" });
  for (const report of today.filter((r) => r.kind === "deadline-report"))
    items.push(...(await missingItems(deps, inputs, report)));
  for (const id of unattended)
    items.push({
      id: `unattended|${day}|${id}`,
      kind: "unattended",
      stage: "review",
      order: 0,
      due: day,
      agencyId: id,
      agency: name(id),
    });
  const on = progress.digestOf(day);
  const set = new DigestSet();
  for (const rv of reviewers) for (const a of rv.accounts) for (const item of items) set.add(rv.id, a, on, item);
  await set.enqueue(deps, progress);
}

/** The agencies still owing the article of the quarter a deadline report is about, with their focal points. */
export async function missingItems(
  deps: SchedulerDeps,
  inputs: PlanInputs,
  report: PlannedReminder,
): Promise<DigestItem[]> {
  const q = { year: report.year!, quarter: report.quarter! };
  const missing = (inputs.cycle?.agencies ?? []).filter((a) => !inputs.submitted(a.id, q));
  const focal = await focalNames(
    deps.db,
    missing.map((m) => m.id),
  );
  return missing.map((m) => ({
    id: `missing|${report.subject}|${m.id}`,
    kind: "missing" as const,
    stage: "review",
    order: 0,
    due: report.due,
    agencyId: m.id,
    agency: m.name,
    ...q,
    who: focal
      .filter((f) => f.agencyId === m.id)
      .map((f) => f.name)
      .join(", "),
  }));
}
