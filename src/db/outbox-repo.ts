import { adds, digestKey, mergeItems, parseItems, type DigestItem } from "../domain/digest.js";
import type { Db } from "./client.js";

export interface OutboxInsert {
  dedupeKey: string;
  userId: number;
  accountId: number;
  channel: string;
  chatId: string;
  kind: string;
  stage: string;
  subject: string;
  stageOrder: number;
  agencyId: string | null;
  taskId: number | null;
  year: number | null;
  quarter: number | null;
  dueDate: string | null;
  text: string;
  /** Buttons as JSON, in the recipient's language; "{id}" stands for the row's own id. */
  buttons?: string;
  /** A stored file as JSON ({path, name, kind}). */
  file?: string | null;
  /** What to type instead of the buttons, on channels without them. */
  hint?: string | null;
  /** A digest's items as JSON. */
  items?: string | null;
  sendAfter: Date;
}

/** The subject fields of a message about no task, agency or quarter (a notice, a digest). */
export const NO_SUBJECT = { agencyId: null, taskId: null, year: null, quarter: null, dueDate: null } as const;

/** Inserts what is not there yet: enqueueing the same reminder twice is a no-op. Returns how many were new. */
export async function enqueue(db: Db, rows: OutboxInsert[]): Promise<number> {
  if (rows.length === 0) return 0;
  let added = 0;
  // Batches keep each lookup under the databases' parameter limits and each write short.
  for (let i = 0; i < rows.length; i += ENQUEUE_BATCH)
    added += await enqueueBatch(db, rows.slice(i, i + ENQUEUE_BATCH));
  return added;
}

const ENQUEUE_BATCH = 50;

async function enqueueBatch(db: Db, rows: OutboxInsert[]): Promise<number> {
  const existing = new Set(
    (
      await db.outboxMessage.findMany({
        where: { dedupeKey: { in: rows.map((r) => r.dedupeKey) } },
        select: { dedupeKey: true },
      })
    ).map((r) => r.dedupeKey),
  );
  const fresh: OutboxInsert[] = [];
  for (const row of rows) {
    if (existing.has(row.dedupeKey)) continue;
    existing.add(row.dedupeKey);
    fresh.push(row);
  }
  if (fresh.length === 0) return 0;
  try {
    return (await db.outboxMessage.createMany({ data: fresh })).count;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
  // Another scheduler inserted some of them between our read and write: one by one, theirs are no-ops.
  let added = 0;
  for (const row of fresh) {
    try {
      await db.outboxMessage.create({ data: row });
      added++;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
  return added;
}

const isUniqueViolation = (err: unknown) => /Unique constraint/i.test(String(err));

export type OutboxRow = Awaited<ReturnType<Db["outboxMessage"]["findFirstOrThrow"]>>;

/** Which messages a dispatcher may take: those of the channels it can send on (one chat, for a console session). */
export interface ClaimScope {
  channels: string[];
  chatId?: string;
}

/**
 * Claims up to `limit` due messages for one dispatcher. Each row is taken by a
 * conditional update, so of two dispatchers only one wins it; rows a crashed
 * dispatcher left "sending" are taken again once their lease has run out.
 */
export async function claim(
  db: Db,
  claimant: { workerId: string; now: Date; limit: number; leaseMs: number; scope: ClaimScope },
): Promise<OutboxRow[]> {
  const { workerId, now, limit, leaseMs, scope } = claimant;
  const claimable = {
    channel: { in: scope.channels },
    ...(scope.chatId !== undefined ? { chatId: scope.chatId } : {}),
    OR: [
      { state: "pending", sendAfter: { lte: now } },
      { state: "sending", lockedUntil: { lt: now } },
    ],
  };
  const candidates = (
    await db.outboxMessage.findMany({
      where: claimable,
      orderBy: [{ sendAfter: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true },
    })
  ).map((c) => c.id);
  if (candidates.length === 0) return [];
  // One statement: rows another dispatcher took meanwhile no longer match and stay theirs.
  const lockedUntil = new Date(now.getTime() + leaseMs);
  await db.outboxMessage.updateMany({
    where: { id: { in: candidates }, ...claimable },
    data: { state: "sending", lockedBy: workerId, lockedUntil, attempts: { increment: 1 } },
  });
  // A digest's items are read when it is composed, one at a time: read with the batch, hundreds of them at once
  // held the (synchronous) SQLite driver, and every send with it, for most of a second.
  const rows = await db.outboxMessage.findMany({
    where: { id: { in: candidates }, state: "sending", lockedBy: workerId, lockedUntil },
    orderBy: [{ sendAfter: "asc" }, { id: "asc" }],
    omit: { items: true },
  });
  return rows.map((r) => ({ ...r, items: null }));
}

/** A digest's items, read when it is composed. */
export async function itemsOf(db: Db, row: Pick<OutboxRow, "id" | "items">): Promise<DigestItem[]> {
  if (row.items !== null) return parseItems(row.items);
  const found = await db.outboxMessage.findUnique({ where: { id: row.id }, select: { items: true } });
  return parseItems(found?.items);
}

/** Why a pending message waits; "away" rows are released when their recipient is back. */
export type DeferReason = "away" | "retry" | "rate-limited" | "daily-cap";

type Outcome =
  | { state: "sent"; at: Date }
  | { state: "pending"; sendAfter: Date; reason: DeferReason; error: string }
  | { state: "failed" | "cancelled"; error: string };

const unlocked = { lockedBy: null, lockedUntil: null };

function outcomeData(outcome: Outcome) {
  switch (outcome.state) {
    case "sent":
      return { ...unlocked, state: "sent", sentAt: outcome.at, lastError: null, deferReason: null };
    case "pending":
      return {
        ...unlocked,
        state: "pending",
        sendAfter: outcome.sendAfter,
        lastError: outcome.error,
        deferReason: outcome.reason,
      };
    default:
      return { ...unlocked, state: outcome.state, lastError: outcome.error, deferReason: null };
  }
}

/** Records what happened to a claimed message (only while this dispatcher still holds it). */
export async function settle(db: Db, id: number, workerId: string, outcome: Outcome): Promise<boolean> {
  const r = await db.outboxMessage.updateMany({
    where: { id, state: "sending", lockedBy: workerId },
    data: outcomeData(outcome),
  });
  return r.count === 1;
}

/** An account that blocked the bot: marked inactive, and nothing more is sent to it. */
export async function dropAccount(db: Db, accountId: number): Promise<void> {
  await db.chatAccount.update({ where: { id: accountId }, data: { active: false } });
  await db.outboxMessage.updateMany({
    where: { accountId, state: "pending" },
    data: { state: "cancelled", lastError: "account inactive", deferReason: null },
  });
}

/** Kinds that are reminders a person may snooze or mute (not digests, not notices). */
const NOT_REMINDERS = ["digest", "notice"];

/** One of a person's messages by id, or the reminder they were sent last on this account. */
export function reminderFor(db: Db, accountId: number, rowId: number | null): Promise<OutboxRow | null> {
  if (rowId) return db.outboxMessage.findUnique({ where: { id: rowId } });
  return db.outboxMessage.findFirst({
    where: { accountId, state: "sent", kind: { notIn: NOT_REMINDERS } },
    orderBy: { sentAt: "desc" },
  });
}

/** A copy of a sent reminder that comes back at `at`; null when it was snoozed already (its time instead). */
export async function snooze(db: Db, row: OutboxRow, at: Date): Promise<{ at: Date; already: boolean }> {
  const dedupeKey = `${row.dedupeKey}|snooze`;
  const existing = await db.outboxMessage.findUnique({ where: { dedupeKey }, select: { sendAfter: true } });
  if (existing) return { at: existing.sendAfter, already: true };
  const {
    id: _id,
    dedupeKey: _k,
    state: _s,
    attempts: _a,
    lockedBy: _l,
    lockedUntil: _u,
    lastError: _e,
    deferReason: _d,
    sentAt: _t,
    createdAt: _c,
    ...copy
  } = row;
  await db.outboxMessage.create({ data: { ...copy, dedupeKey, sendAfter: at } });
  return { at, already: false };
}

/** Cancels what is still to come about a muted task (or kind) for one person. */
export async function cancelMuted(db: Db, userId: number, about: { taskId: number } | { kind: string }): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { userId, state: "pending", ...about },
    data: { state: "cancelled", lastError: "muted", deferReason: null },
  });
}

/** Someone is back: what was held while they were away goes now. */
export async function releaseAway(db: Db, userId: number, now: Date): Promise<number> {
  const r = await db.outboxMessage.updateMany({
    where: { userId, state: "pending", deferReason: "away", sendAfter: { gt: now } },
    data: { sendAfter: now },
  });
  return r.count;
}

/** Whether a later stage of the same reminder is already due for the account (the earlier one then goes unsent). */
export async function laterStageDue(db: Db, row: OutboxRow, now: Date): Promise<boolean> {
  const newer = await db.outboxMessage.count({
    where: {
      accountId: row.accountId,
      subject: row.subject,
      kind: row.kind,
      stageOrder: { gt: row.stageOrder },
      sendAfter: { lte: now },
      state: { in: ["pending", "sending", "sent"] },
    },
  });
  return newer > 0;
}

export interface OutboxCounts {
  byState: Record<string, number>;
  /** Digests by state, and the items they hold. */
  digests: Record<string, number>;
  items: Record<string, number>;
}

export async function outboxCounts(db: Db): Promise<OutboxCounts> {
  const states = () => ({ pending: 0, sending: 0, sent: 0, failed: 0, cancelled: 0 }) as Record<string, number>;
  const out: OutboxCounts = { byState: states(), digests: states(), items: states() };
  const groups = await db.outboxMessage.groupBy({ by: ["state"], _count: { _all: true } });
  for (const g of groups) out.byState[g.state] = g._count._all;
  let cursor = 0;
  for (;;) {
    const page = await db.outboxMessage.findMany({
      where: { kind: "digest", id: { gt: cursor } },
      select: { id: true, state: true, items: true },
      orderBy: { id: "asc" },
      take: 2000,
    });
    for (const d of page) {
      out.digests[d.state] = (out.digests[d.state] ?? 0) + 1;
      out.items[d.state] = (out.items[d.state] ?? 0) + parseItems(d.items).length;
    }
    if (page.length < 2000) return out;
    cursor = page.at(-1)!.id;
  }
}

export interface DigestInsert extends Omit<OutboxInsert, "items"> {
  items: DigestItem[];
}

/** A person's digest of one day on one chat account, with its first items. */
export function digestFor(
  userId: number,
  account: { id: number; channel: string; chatId: string },
  day: string,
  sendAfter: Date,
  items: DigestItem[] = [],
): DigestInsert {
  return {
    dedupeKey: digestKey(day, userId, account.id),
    userId,
    accountId: account.id,
    channel: account.channel,
    chatId: account.chatId,
    kind: "digest",
    stage: "daily",
    subject: `digest:${day}`,
    stageOrder: 0,
    ...NO_SUBJECT,
    dueDate: day,
    text: "",
    items,
    sendAfter,
  };
}

/**
 * One digest per account and day (its dedupe key): a new one is inserted, items for a digest still pending
 * are merged into it (a later tick, a snooze), one already sent is left alone. Returns how many were new.
 */
export async function enqueueDigests(db: Db, rows: DigestInsert[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < rows.length; i += DIGEST_BATCH) {
    const batch = rows.slice(i, i + DIGEST_BATCH);
    const existing = new Map(
      (
        await db.outboxMessage.findMany({
          where: { dedupeKey: { in: batch.map((r) => r.dedupeKey) } },
          select: { id: true, dedupeKey: true, state: true, items: true },
        })
      ).map((r) => [r.dedupeKey, r]),
    );
    const chunks: OutboxInsert[][] = [[]];
    let bytes = 0;
    for (const row of batch) {
      const had = existing.get(row.dedupeKey);
      if (had) {
        if (had.state === "pending") await mergeInto(db, had.id, row.items);
        continue;
      }
      const items = JSON.stringify(row.items);
      // A statement's parameters pass through Prisma's WebAssembly compiler, whose memory only grows: kept small.
      if (bytes + items.length > INSERT_BYTES && chunks.at(-1)!.length) {
        chunks.push([]);
        bytes = 0;
      }
      chunks.at(-1)!.push({ ...row, items });
      bytes += items.length;
    }
    added += await insertAll(
      db,
      chunks.filter((c) => c.length),
    );
  }
  return added;
}

/** Several small inserts in one transaction (one commit); if another process got there first, one by one. */
async function insertAll(db: Db, chunks: OutboxInsert[][]): Promise<number> {
  if (chunks.length === 0) return 0;
  try {
    const done = await db.$transaction(chunks.map((data) => db.outboxMessage.createMany({ data })));
    return done.reduce((n, r) => n + r.count, 0);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
  let added = 0;
  for (const c of chunks) added += await enqueue(db, c);
  return added;
}

const INSERT_BYTES = 16 * 1024;
/** Digests written in one transaction: one commit for several (a commit each made the tick wait on the disk). */
const DIGEST_BATCH = 4;

/** Adds items to a pending digest (a no-op when it holds them already, or is no longer pending). */
async function mergeInto(db: Db, id: number, items: DigestItem[]): Promise<void> {
  const row = await db.outboxMessage.findUnique({ where: { id }, select: { items: true, state: true } });
  if (row?.state !== "pending") return;
  const had = parseItems(row.items);
  if (!adds(had, items)) return;
  await db.outboxMessage.updateMany({
    where: { id, state: "pending", items: row.items },
    data: { items: JSON.stringify(mergeItems(had, items)) },
  });
}

/** Which of these accounts' digests (by day) exist already: a tick after downtime adds the rest to today's. */
export async function digestsOn(db: Db, accountIds: number[], days: string[]): Promise<Set<string>> {
  if (accountIds.length === 0 || days.length === 0) return new Set();
  const out = new Set<string>();
  for (let i = 0; i < accountIds.length; i += 500) {
    const rows = await db.outboxMessage.findMany({
      where: { accountId: { in: accountIds.slice(i, i + 500) }, subject: { in: days.map((d) => `digest:${d}`) } },
      select: { accountId: true, subject: true },
    });
    for (const r of rows) out.add(`${r.accountId}|${r.subject.slice(7)}`);
  }
  return out;
}

/** Items snoozed into a digest still to come on the account: left out of the digests before it. */
export async function snoozedLater(db: Db, accountId: number, now: Date, exceptId: number): Promise<Set<string>> {
  const rows = await db.outboxMessage.findMany({
    where: { accountId, kind: "digest", state: "pending", sendAfter: { gt: now }, id: { not: exceptId } },
    select: { items: true },
  });
  return new Set(
    rows.flatMap((r) =>
      parseItems(r.items)
        .filter((i) => i.snoozed)
        .map((i) => i.id),
    ),
  );
}

/**
 * Before a digest goes: other digests of the account already due (days missed, someone back from leave) and
 * notices held back by the daily cap join it, so the person gets one message. Returns its items.
 */
export async function foldIntoDigest(db: Db, row: OutboxRow, now: Date): Promise<DigestItem[]> {
  const others = await db.outboxMessage.findMany({
    where: {
      accountId: row.accountId,
      id: { not: row.id },
      OR: [
        { state: "pending", kind: "digest", sendAfter: { lte: now } },
        { state: "pending", deferReason: "daily-cap" },
        { state: "sending", lockedBy: row.lockedBy, kind: "digest" },
        { state: "sending", lockedBy: row.lockedBy, deferReason: "daily-cap" },
      ],
    },
    orderBy: { id: "asc" },
  });
  let items = await itemsOf(db, row);
  if (others.length === 0) return items;
  for (const o of others)
    items = mergeItems(
      items,
      o.kind === "digest"
        ? parseItems(o.items)
        : [{ id: `notice:${o.id}`, kind: "notice", stage: "notice", order: 0, due: row.dueDate ?? "", text: o.text }],
    );
  await db.outboxMessage.update({ where: { id: row.id }, data: { items: JSON.stringify(items) } });
  await db.outboxMessage.updateMany({
    where: { id: { in: others.map((o) => o.id) }, state: { in: ["pending", "sending"] } },
    data: { ...unlocked, state: "cancelled", lastError: `folded into digest #${row.id}`, deferReason: null },
  });
  return items;
}

/** Whether a claimed row is still this dispatcher's (a digest sent just before may have taken it in). */
export async function stillClaimed(db: Db, row: OutboxRow): Promise<boolean> {
  return (await db.outboxMessage.count({ where: { id: row.id, state: "sending", lockedBy: row.lockedBy } })) === 1;
}

/** Whether a digest of the account is due now (a message held for the next digest then waits to join it). */
export async function digestDue(db: Db, accountId: number, now: Date): Promise<boolean> {
  const n = await db.outboxMessage.count({
    where: { accountId, kind: "digest", state: { in: ["pending", "sending"] }, sendAfter: { lte: now } },
  });
  return n > 0;
}

/** Messages the bot pushed to an account since `since` (the daily cap counts them). */
export function sentSince(db: Db, accountId: number, since: Date): Promise<number> {
  return db.outboxMessage.count({ where: { accountId, state: "sent", sentAt: { gte: since } } });
}

/** The digest an account was sent last. */
export function latestDigest(db: Db, accountId: number): Promise<OutboxRow | null> {
  return db.outboxMessage.findFirst({
    where: { accountId, kind: "digest", state: "sent" },
    orderBy: { sentAt: "desc" },
  });
}
