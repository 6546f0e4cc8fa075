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
  sendAfter: Date;
}

/** Inserts what is not there yet: enqueueing the same reminder twice is a no-op. Returns how many were new. */
export async function enqueue(db: Db, rows: OutboxInsert[]): Promise<number> {
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

/**
 * Claims up to `limit` due messages for one dispatcher. Each row is taken by a
 * conditional update, so of two dispatchers only one wins it; rows a crashed
 * dispatcher left "sending" are taken again once their lease has run out.
 */
export async function claim(db: Db, workerId: string, now: Date, limit: number, leaseMs: number): Promise<OutboxRow[]> {
  const claimable = {
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
  return db.outboxMessage.findMany({
    where: { id: { in: candidates }, state: "sending", lockedBy: workerId, lockedUntil },
    orderBy: [{ sendAfter: "asc" }, { id: "asc" }],
  });
}

type Outcome =
  | { state: "sent"; at: Date }
  | { state: "pending"; sendAfter: Date; error: string }
  | { state: "failed" | "cancelled"; error: string };

/** Records what happened to a claimed message (only while this dispatcher still holds it). */
export async function settle(db: Db, id: number, workerId: string, outcome: Outcome): Promise<boolean> {
  const data =
    outcome.state === "sent"
      ? { state: "sent", sentAt: outcome.at, lockedBy: null, lockedUntil: null, lastError: null }
      : outcome.state === "pending"
        ? {
            state: "pending",
            sendAfter: outcome.sendAfter,
            lockedBy: null,
            lockedUntil: null,
            lastError: outcome.error,
          }
        : { state: outcome.state, lockedBy: null, lockedUntil: null, lastError: outcome.error };
  const r = await db.outboxMessage.updateMany({ where: { id, state: "sending", lockedBy: workerId }, data });
  return r.count === 1;
}

export async function outboxCounts(db: Db): Promise<Record<string, number>> {
  const groups = await db.outboxMessage.groupBy({ by: ["state"], _count: { _all: true } });
  const out: Record<string, number> = { pending: 0, sending: 0, sent: 0, failed: 0, cancelled: 0 };
  for (const g of groups) out[g.state] = g._count._all;
  return out;
}
