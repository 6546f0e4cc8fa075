// npm run bench [-- <figure...>] — prints one JSON line per figure.
// Figures measured in one run, side by side, so ratios are meaningful on a noisy machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { importPlanFiles } from "../src/core/plans.js";
import { type Database, openDatabase } from "../src/db/client.js";
import { syncDirectory } from "../src/db/directory-repo.js";
import { readPlanFile } from "../src/importer/read.js";
import { MAX_TASKS_PER_PLAN } from "../src/importer/rows.js";
import { generatedPlan } from "./generated-plan.js";
import { generateLargeDataset } from "./large-dataset.js";
import { measureProcess } from "./bench-process.js";
import { spawnLimitedApi } from "./fake-limited-api.js";
import { Dispatcher } from "../src/scheduler/dispatcher.js";
import { createPostgresDatabase } from "../test/helpers/db.js";
import { planDocx } from "../test/helpers/docx-plan.js";
import { telegramChannel } from "../src/channels/telegram/channel.js";
import { createLogger } from "../src/logger.js";
import { i18n } from "../src/i18n.js";
import { enqueue } from "../src/db/outbox-repo.js";
import { systemClock } from "../src/domain/clock.js";
import { reminderCheck } from "../src/scheduler/relevance.js";
import { workCalendarFrom } from "../src/settings.js";
import { loadConfig } from "../src/config.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const PLANS = path.resolve(ROOT, "../shared/plans");
const files = ["hcm-2024-qd6004-ke-hoach-cchc.txt", "sadec-2024-ke-hoach-cchc.txt"].map((f) => path.join(PLANS, f));

interface BenchDb {
  name: "sqlite" | "postgresql";
  url: string;
  drop(): Promise<void>;
}

/** SQLite always; PostgreSQL too when BENCH_POSTGRES_URL names a server where we may create databases. */
async function benchDatabases(): Promise<BenchDb[]> {
  const out: BenchDb[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-bench-"));
  out.push({
    name: "sqlite",
    url: `file:${path.join(dir, "bench.db")}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  });
  const admin = process.env.BENCH_POSTGRES_URL;
  if (admin) out.push({ name: "postgresql", ...(await createPostgresDatabase(admin, "cchc_bench")) });
  else
    console.log(JSON.stringify({ bench: "note", message: "BENCH_POSTGRES_URL not set: PostgreSQL figures skipped" }));
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A runaway file (100,000 task rows, ~15 MB, under the size cap): refused by the task cap, in linear time. */
async function runawayFigure(): Promise<void> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "cchc-runaway-")), "runaway.txt");
  writeFileSync(file, generatedPlan(100_000));
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const refused = await readPlanFile(file).then(
    () => "imported",
    (e: Error) => e.message,
  );
  const ms = performance.now() - t0;
  const rssMb = (process.memoryUsage().rss - rss0) / 1048576;
  console.log(
    JSON.stringify({
      bench: "import-runaway",
      rows: 100_000,
      bytes: statSync(file).size,
      outcome: refused,
      ms: Math.round(ms),
      rssGrowthMb: +rssMb.toFixed(1),
      target: { ms: 5000 },
    }),
  );
  rmSync(path.dirname(file), { recursive: true, force: true });
}

async function importFigure(): Promise<void> {
  // The same plans as the Word files departments receive (made by pandoc, as the tests make them).
  const word = files.map((f) => planDocx(f));
  for (const file of [...files, ...word]) {
    const parse: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await readPlanFile(file);
      parse.push(performance.now() - t0);
    }
    parse.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        bench: "parse",
        plan: path.basename(file),
        parseMsP50: +percentile(parse, 50).toFixed(2),
        ...(file.endsWith(".docx") ? { target: { ms: 1000 } } : {}),
      }),
    );
  }
  await runawayFigure();
  for (const plans of [files, word]) await importInto(plans, plans === files);
}

/** Imports the plans into a new database of each kind, then again unchanged (and the cap-sized plan first). */
async function importInto(plans: string[], withCap: boolean): Promise<void> {
  for (const target of await benchDatabases()) {
    const db = await openDatabase(target.url);
    try {
      await syncDirectory(db.client);
      if (withCap) await importAtCap(db, target);
      for (const file of plans) {
        const t0 = performance.now();
        const [r] = await importPlanFiles(db.client, [file], systemClock);
        const first = performance.now() - t0;
        const t1 = performance.now();
        await importPlanFiles(db.client, [file], systemClock);
        const again = performance.now() - t1;
        console.log(
          JSON.stringify({
            bench: "import",
            db: target.name,
            plan: path.basename(file),
            tasks: r?.ok ? r.report.tasks : null,
            firstImportMs: +first.toFixed(1),
            reimportUnchangedMs: +again.toFixed(1),
          }),
        );
      }
    } finally {
      await db.close();
      await target.drop();
    }
  }
}

async function importAtCap(db: Database, target: BenchDb): Promise<void> {
  const cap = path.join(mkdtempSync(path.join(tmpdir(), "cchc-cap-")), "cap-plan.txt");
  writeFileSync(cap, generatedPlan(MAX_TASKS_PER_PLAN));
  const tc = performance.now();
  const [capped] = await importPlanFiles(db.client, [cap], systemClock);
  console.log(
    JSON.stringify({
      bench: "import-at-cap",
      db: target.name,
      tasks: capped?.ok ? capped.report.tasks : null,
      ms: Math.round(performance.now() - tc),
    }),
  );
}

/** The Node flags `npm start` runs the assistant with, so the figures are production's. */
const startScript = (): string[] =>
  (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts.start as string).split(/\s+/);

/** The Node flags of `npm start`. */
function startFlags(): string[] {
  return startScript().filter((w) => w.startsWith("--"));
}

/** The environment `npm start` sets (MALLOC_ARENA_MAX), on top of this one. */
function startEnv(): NodeJS.ProcessEnv {
  const set = startScript().filter((w) => /^[A-Z_]+=/.test(w));
  return { ...process.env, ...Object.fromEntries(set.map((w) => w.split("=") as [string, string])) };
}

const LARGE = { agencies: 1000, tasks: 10_000, users: 100_000 };

/** The large data set in a fresh database, ready as a database in service would be. */
async function largeDatabase(target: BenchDb): Promise<void> {
  const db = await openDatabase(target.url);
  try {
    const t0 = performance.now();
    await generateLargeDataset(db.client, LARGE);
    // As a database in service would be: without this the first minutes are measured against autovacuum
    // working through the freshly written rows (p99 6.7 ms and 1,800 updates/s instead of 3.3 ms and 2,500).
    if (target.name === "postgresql") await db.client.$executeRawUnsafe("VACUUM ANALYZE");
    console.error(
      `${target.name}: generated ${JSON.stringify(LARGE)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  } finally {
    await db.close();
  }
}

/** Runs one of the compiled-build scripts on a database, in a fresh process with npm start's flags. */
function runScript(script: string, target: BenchDb): void {
  const child = spawnSync(
    process.execPath,
    [...startFlags(), path.join(import.meta.dirname, script), target.url, target.name],
    { encoding: "utf8", maxBuffer: 1 << 20, env: startEnv() },
  );
  process.stdout.write(child.stdout);
  if (child.status !== 0) console.error(child.stderr);
}

function build(): void {
  const built = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
  if (built.status !== 0) throw new Error("npm run build failed");
}

/** Generates the large data set in each database, then measures the compiled assistant in a fresh process. */
async function myTasksFigure(): Promise<void> {
  build();
  for (const target of await benchDatabases()) {
    await largeDatabase(target);
    try {
      runScript("bench-serve.mjs", target);
      await measureProcess(target.url, target.name, startFlags(), startEnv());
      // Last: it fills the outbox.
      runScript("bench-morning.mjs", target);
    } finally {
      await target.drop();
    }
  }
}

/**
 * The heaviest morning: the tick on the large data set at 09:00 on 1 April 2024 (in a fresh process), then
 * every digest it enqueued sent through a local Bot API enforcing 30 messages a second and one a second a chat.
 */
async function morningFigure(): Promise<void> {
  build();
  const limit = flag("limit", 30);
  for (const target of await benchDatabases()) {
    await largeDatabase(target);
    try {
      const recipients = await telegramRecipients(target.url);
      runScript("bench-morning.mjs", target);
      await deliverMorning(target, limit, recipients);
    } finally {
      await target.drop();
    }
  }
}

/** The generated focal points and leaders (those reminders reach) on Telegram, each their own chat. */
async function telegramRecipients(url: string): Promise<number> {
  const db = await openDatabase(url);
  try {
    const people = await db.client.user.findMany({
      where: { role: { in: ["focal", "leader"] }, agency: { jurisdiction: "bench" } },
      select: { id: true },
    });
    for (const [k, u] of people.entries())
      await db.client.chatAccount.updateMany({
        where: { userId: u.id },
        data: { channel: "telegram", externalId: String(800_000 + k), chatId: String(800_000 + k) },
      });
    return people.length;
  } finally {
    await db.close();
  }
}

async function deliverMorning(target: BenchDb, limit: number, recipients: number): Promise<void> {
  const api = await spawnLimitedApi(limit);
  const db = await openDatabase(target.url);
  try {
    const digests = await db.client.outboxMessage.count({ where: { kind: "digest", state: "pending" } });
    // That morning, moving in real time (a retry after a 429 must come due).
    const start = Date.now();
    const clock = { now: () => new Date(Date.parse("2024-04-01T02:00:00Z") + Date.now() - start) };
    const t = i18n();
    const dispatcher = new Dispatcher({
      db: db.client,
      clock,
      channels: [telegramChannel({ token: api.token, apiRoot: api.url, i18n: t, log: createLogger("silent") })],
      ratePerSecond: limit,
      check: reminderCheck(db.client, clock, { cal: workCalendarFrom(loadConfig({}, ROOT), [2024]) }, t),
    });
    const t0 = Date.now();
    await sendAll(dispatcher, db);
    const seen = await api.stats();
    const states = await db.client.outboxMessage.groupBy({ by: ["state"], _count: { _all: true } });
    const seconds = (seen.lastAt - t0) / 1000;
    const byState = Object.fromEntries(states.map((s) => [s.state, s._count._all]));
    console.log(
      JSON.stringify({
        bench: "morning-delivery",
        db: target.name,
        recipients,
        digests,
        sent: byState.sent ?? 0,
        emptyCancelled: byState.cancelled ?? 0,
        secondsToLast: +seconds.toFixed(1),
        allowedSeconds: +((digests / limit) * 1.05).toFixed(1),
        limit,
        http429: seen.http429,
        duplicates: [...seen.received.values()].filter((n) => n > 1).length,
        lost: digests - seen.received.size,
        target: { digestsAtMost: recipients, tickSeconds: 15, tickPeakRssMB: 200, http429: 0, duplicates: 0, lost: 0 },
      }),
    );
  } finally {
    await db.close();
    await api.close();
  }
}

/** The dispatcher as the application runs it (its loop, its batch size) until the outbox holds nothing to send. */
async function sendAll(dispatcher: Dispatcher, db: Database): Promise<void> {
  dispatcher.start(20);
  try {
    while ((await db.client.outboxMessage.count({ where: { state: { in: ["pending", "sending"] } } })) > 0)
      await new Promise((r) => setTimeout(r, 20));
  } finally {
    await dispatcher.stop();
  }
}

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** The dispatcher against a local Bot API that enforces the flood limits. */
async function fanoutFigure(): Promise<void> {
  const recipients = flag("recipients", 3000);
  const limit = flag("limit", 100);
  const api = await spawnLimitedApi(limit);
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-fanout-"));
  const db = await openDatabase(`file:${path.join(dir, "fanout.db")}`);
  try {
    for (let start = 0; start < recipients; start += 500) {
      const n = Math.min(500, recipients - start);
      await db.client.user.createMany({
        data: Array.from({ length: n }, (_, k) => ({ displayName: `u${start + k}`, role: "focal", status: "active" })),
      });
    }
    const users = await db.client.user.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    await db.client.chatAccount.createMany({
      data: users.map((u) => ({
        userId: u.id,
        channel: "telegram",
        externalId: String(100000 + u.id),
        chatId: String(100000 + u.id),
      })),
    });
    const accounts = await db.client.chatAccount.findMany({ select: { id: true, userId: true, chatId: true } });
    const at = new Date();
    await enqueue(
      db.client,
      accounts.map((a) => ({
        dedupeKey: `fanout:${a.id}`,
        userId: a.userId,
        accountId: a.id,
        channel: "telegram",
        chatId: a.chatId,
        kind: "article",
        stage: "T-1",
        subject: "article:bench",
        stageOrder: 0,
        agencyId: null,
        taskId: null,
        year: null,
        quarter: null,
        dueDate: null,
        text: "Còn 1 ngày: chưa nhận được bài viết quý này.",
        sendAfter: at,
      })),
    );
    const dispatcher = new Dispatcher({
      db: db.client,
      clock: systemClock,
      channels: [telegramChannel({ token: api.token, apiRoot: api.url, i18n: i18n(), log: createLogger("silent") })],
      ratePerSecond: limit,
    });
    const t0 = performance.now();
    await sendAll(dispatcher, db);
    const seconds = (performance.now() - t0) / 1000;
    const sent = await db.client.outboxMessage.count({ where: { state: "sent" } });
    const seen = await api.stats();
    const duplicates = [...seen.received.values()].filter((n) => n > 1).length;
    const lost = recipients - seen.received.size;
    const rate = sent / seconds;
    console.log(
      JSON.stringify({
        bench: "fanout",
        recipients,
        sent,
        seconds: +seconds.toFixed(2),
        rate: +rate.toFixed(2),
        limit,
        ratio: +(rate / limit).toFixed(3),
        http429: seen.http429,
        duplicates,
        lost,
        target: { ratio: 0.97, http429: 0, duplicates: 0, lost: 0 },
      }),
    );
  } finally {
    await db.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The reviewer board on the large data set: /board's server time, the chat's chart, memory (fresh process). */
async function boardFigure(): Promise<void> {
  build();
  for (const target of await benchDatabases()) {
    await largeDatabase(target);
    try {
      runScript("bench-board.mjs", target);
    } finally {
      await target.drop();
    }
  }
}

const figures: Record<string, () => Promise<void>> = {
  import: importFigure,
  "my-tasks": myTasksFigure,
  fanout: fanoutFigure,
  morning: morningFigure,
  board: boardFigure,
};
const wanted = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
for (const name of wanted.length ? wanted : Object.keys(figures)) {
  const run = figures[name];
  if (!run) {
    console.error(`unknown figure "${name}"; known: ${Object.keys(figures).join(", ")}`);
    process.exit(2);
  }
  await run();
}
