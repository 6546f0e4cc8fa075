import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { enqueue } from "../../src/db/outbox-repo.js";
import { newDatabaseUrl, type TestUrl } from "../helpers/db.js";
import { FakeTelegram } from "../helpers/fake-telegram.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const N = 200;
let target: TestUrl;
let db: Database;
let api: FakeTelegram;

beforeAll(async () => {
  target = await newDatabaseUrl();
  db = await openDatabase(target.url);
  api = new FakeTelegram();
  await api.start();
  await db.client.user.createMany({
    data: Array.from({ length: N }, (_, i) => ({ displayName: `u${i}`, role: "focal", status: "active" })),
  });
  const users = await db.client.user.findMany({ select: { id: true } });
  await db.client.chatAccount.createMany({
    data: users.map((u) => ({
      userId: u.id,
      channel: "telegram",
      externalId: String(60000 + u.id),
      chatId: String(60000 + u.id),
    })),
  });
  const accounts = await db.client.chatAccount.findMany();
  const now = new Date(Date.now() - 1000);
  await enqueue(
    db.client,
    accounts.map((a) => ({
      dedupeKey: `wave:${a.id}`,
      userId: a.userId,
      accountId: a.id,
      channel: "telegram",
      chatId: a.chatId,
      kind: "article",
      stage: "T-1",
      subject: "article:wave",
      stageOrder: 0,
      agencyId: null,
      taskId: null,
      year: null,
      quarter: null,
      dueDate: null,
      text: "Còn 1 ngày",
      sendAfter: now,
    })),
  );
});

afterAll(async () => {
  await db?.close();
  await api?.stop();
  await target?.drop();
});

function worker(args: string[]): Promise<number | null> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/dispatch-worker.ts", ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: target.url,
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.url,
      RATE: "200",
      LEASE_MS: "2000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr.on("data", (d) => process.stderr.write(`[worker] ${d}`));
  return new Promise((resolve) => child.on("exit", (code) => resolve(code)));
}

describe("two instances on one database", () => {
  it("deliver a wave with no duplicate and no loss, also when one is killed mid-wave", async () => {
    const [a, b] = await Promise.all([worker(["--kill-after", "30"]), worker([])]);
    expect(a).toBeNull(); // killed
    expect(b).toBe(0);
    const sends = api.sent("sendMessage");
    const perChat = new Map<string, number>();
    for (const s of sends) perChat.set(String(s.body.chat_id), (perChat.get(String(s.body.chat_id)) ?? 0) + 1);
    expect(perChat.size).toBe(N);
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);
    expect(await db.client.outboxMessage.count({ where: { state: "sent" } })).toBe(N);
  }, 90_000);
});
