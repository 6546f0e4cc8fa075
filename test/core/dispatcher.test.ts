import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { Dispatcher } from "../../src/scheduler/dispatcher.js";
import { claim, enqueue, outboxCounts, type OutboxInsert } from "../../src/db/outbox-repo.js";
import { fixedClock, type Clock } from "../../src/domain/clock.js";
import { freshDatabase, type TestDb } from "../helpers/db.js";
import { FakePacer, RecordingSender } from "../helpers/reminders.js";

let db: TestDb;
const clock: Clock = fixedClock(new Date("2024-03-18T01:00:00Z"));
let accounts: number[] = [];

beforeEach(async () => {
  db?.dispose();
  db = await freshDatabase();
  accounts = [];
  for (let i = 0; i < 40; i++) {
    const u = await db.client.user.create({
      data: {
        displayName: `u${i}`,
        role: "focal",
        status: "active",
        accounts: { create: { channel: "telegram", externalId: `${5000 + i}`, chatId: `${5000 + i}` } },
      },
      include: { accounts: true },
    });
    accounts.push(u.accounts[0]!.id);
  }
  const rows: OutboxInsert[] = accounts.map((accountId, i) => ({
    dedupeKey: `test:${i}`,
    userId: i + 1,
    accountId,
    channel: "telegram",
    chatId: `${5000 + i}`,
    kind: "article",
    stage: "T-7",
    subject: "article:2024-1",
    stageOrder: 1,
    agencyId: null,
    taskId: null,
    year: 2024,
    quarter: 1,
    dueDate: "2024-03-31",
    text: `Nhắc ${i}`,
    sendAfter: new Date("2024-03-18T01:00:00Z"),
  }));
  await enqueue(db.client, rows);
});
afterAll(async () => db?.dispose());

const dispatcher = (sender: RecordingSender, extra: Partial<ConstructorParameters<typeof Dispatcher>[0]> = {}) =>
  new Dispatcher({
    db: db.client,
    clock,
    channels: [sender],
    ratePerSecond: 30,
    pacer: new FakePacer(),
    ...extra,
  });

describe("outbox and dispatcher", () => {
  it("enqueueing the same reminder twice is a no-op", async () => {
    const again = await enqueue(db.client, [
      { ...(await db.client.outboxMessage.findFirstOrThrow()), sendAfter: new Date() } as never,
    ]);
    expect(again).toBe(0);
    expect(await db.client.outboxMessage.count()).toBe(40);
  });

  it("paces sends at the configured rate", async () => {
    const sender = new RecordingSender();
    const pacer = new FakePacer();
    const stats = await dispatcher(sender, { pacer }).runOnce();
    expect(stats.sent).toBe(40);
    // 40 messages at 30/s (99 % of it): the last starts 39 intervals after the first, and the 31st not before
    // a second (and a margin) after the first — never 31 in one second.
    const interval = 1000 / (30 * 0.99);
    expect(pacer.t).toBeGreaterThanOrEqual(Math.max(39 * interval, 1015 + 9 * interval) - 1);
    expect(pacer.t).toBeLessThan(40 * interval + 20);
  });

  it("a failing database makes a batch fail, not hang", async () => {
    const down = { outboxMessage: { findMany: async () => Promise.reject(new Error("database down")) } };
    const d = new Dispatcher({ db: down as never, clock, channels: [new RecordingSender()], ratePerSecond: 30 });
    await expect(d.runOnce()).rejects.toThrow("database down");
  });

  it("two dispatchers on one database never send the same message twice", async () => {
    const sender = new RecordingSender();
    const [a, b] = await Promise.all([
      dispatcher(sender, { batch: 25 }).runOnce(),
      dispatcher(sender, { batch: 25 }).runOnce(),
    ]);
    const [c] = await Promise.all([dispatcher(sender).runOnce()]);
    expect(a.sent + b.sent + c.sent).toBe(40);
    const chats = sender.pushes.map((p) => p.chatId);
    expect(new Set(chats).size).toBe(40);
    expect(chats).toHaveLength(40);
  });

  it("resumes after a dispatcher died mid-batch, losing and repeating nothing", async () => {
    // The dead one claimed 15 rows and never finished them.
    const orphaned = await claim(db.client, {
      workerId: "dead-worker",
      now: clock.now(),
      limit: 15,
      leaseMs: 60_000,
      scope: { channels: ["telegram"] },
    });
    expect(orphaned).toHaveLength(15);
    const sender = new RecordingSender();
    expect((await dispatcher(sender).runOnce()).sent).toBe(25);
    // Once the lease has run out, the rest go out once.
    const later = fixedClock(new Date(clock.now().getTime() + 61_000));
    expect((await dispatcher(sender, { clock: later }).runOnce()).sent).toBe(15);
    expect(new Set(sender.pushes.map((p) => p.chatId)).size).toBe(40);
    expect(sender.pushes).toHaveLength(40);
    expect((await outboxCounts(db.client)).byState).toMatchObject({ sent: 40, pending: 0, sending: 0 });
  });

  it("honours 429 retry_after for everyone and sends later", async () => {
    const sender = new RecordingSender();
    let calls = 0;
    sender.script = () => (++calls === 6 ? { ok: false, kind: "rate-limited", retryAfterSec: 3 } : { ok: true });
    const pacer = new FakePacer();
    const first = await dispatcher(sender, { pacer }).runOnce();
    expect(first.rateLimited).toBe(1);
    expect(pacer.t).toBeGreaterThanOrEqual(3000);
    const row = await db.client.outboxMessage.findFirstOrThrow({ where: { state: "pending" } });
    expect(row.sendAfter.getTime()).toBe(clock.now().getTime() + 3000);
    sender.script = () => ({ ok: true });
    expect(
      (await dispatcher(sender, { clock: fixedClock(new Date(clock.now().getTime() + 3000)) }).runOnce()).sent,
    ).toBe(1);
    expect(sender.pushes).toHaveLength(40);
  });

  it("marks a user who blocked the bot inactive and stops writing to them", async () => {
    const blocked = accounts[3]!;
    await db.client.outboxMessage.create({
      data: {
        ...(await db.client.outboxMessage.findFirstOrThrow({ where: { accountId: blocked } })),
        id: undefined,
        dedupeKey: "later",
        sendAfter: new Date("2024-03-25T01:00:00Z"),
      } as never,
    });
    const sender = new RecordingSender();
    sender.script = (chat) => (chat === "5003" ? { ok: false, kind: "blocked" } : { ok: true });
    const stats = await dispatcher(sender).runOnce();
    expect(stats.blocked).toBe(1);
    expect((await db.client.chatAccount.findUniqueOrThrow({ where: { id: blocked } })).active).toBe(false);
    expect((await db.client.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "later" } })).state).toBe(
      "cancelled",
    );
  });

  it("retries transient failures with backoff, then gives up and records it", async () => {
    const sender = new RecordingSender();
    sender.script = (chat) => (chat === "5007" ? { ok: false, kind: "transient", error: "ECONNRESET" } : { ok: true });
    await dispatcher(sender).runOnce();
    let row = await db.client.outboxMessage.findFirstOrThrow({ where: { chatId: "5007" } });
    expect(row).toMatchObject({ state: "pending", lastError: "ECONNRESET", attempts: 1 });
    let at = clock.now().getTime();
    for (let i = 0; i < 8 && row.state === "pending"; i++) {
      at = row.sendAfter.getTime();
      await dispatcher(sender, { clock: fixedClock(new Date(at)), maxAttempts: 4 }).runOnce();
      row = await db.client.outboxMessage.findFirstOrThrow({ where: { chatId: "5007" } });
    }
    expect(row.state).toBe("failed");
    expect(row.attempts).toBe(4);
  });
});
