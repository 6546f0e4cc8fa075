// The assistant alone on an already generated large data set (see bench.ts):
// "nhiệm vụ của tôi" latency, text updates per second and this process's peak
// memory, measured in a process that did nothing else. Plain JavaScript over the
// compiled build (dist/), started with npm start's Node flags: what production runs.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildAssistant } from "../dist/core/build.js";
import { openDatabase } from "../dist/db/client.js";
import { fixedClock } from "../dist/domain/clock.js";

const [url, dbName] = process.argv.slice(2);
const db = await openDatabase(url);
// The generator links user N to the chat "bench:N"; only the id range is read, so the harness holds no list.
const range = await db.client.user.aggregate({
  where: { agency: { jurisdiction: "bench" } },
  _min: { id: true },
  _max: { id: true },
  _count: true,
});
const first = range._min.id;
const users = range._count;
const assistant = buildAssistant({
  database: db,
  clock: fixedClock(new Date("2024-03-01T01:00:00Z")),
  storageDir: mkdtempSync(path.join(tmpdir(), "cchc-serve-")),
});
const pick = (i) => `bench:${first + ((i * 7919) % users)}`;
const ask = (i, text) =>
  assistant.handle({ channel: "console", externalId: pick(i), chatId: pick(i), text, buttons: true });
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

for (let i = 0; i < 200; i++) await ask(i, "nhiệm vụ của tôi");
const times = [];
for (let i = 0; i < 2000; i++) {
  const t0 = performance.now();
  await ask(i, "nhiệm vụ của tôi");
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    bench: "my-tasks",
    db: dbName,
    agencies: 1000,
    tasks: 10_000,
    users,
    n: times.length,
    p50ms: +percentile(times, 50).toFixed(3),
    p99ms: +percentile(times, 99).toFixed(3),
    target: { p99ms: 5 },
  }),
);

// Text updates through the whole core, several chats at once as the runner handles them.
const mix = ["nhiệm vụ của tôi", "quá hạn", "việc sắp đến hạn", "nhiệm vụ 1.14", "trợ giúp", "tìm chuyển đổi số"];
const n = 6000;
const concurrency = 8;
let next = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (let i = next++; i < n; i = next++) await ask(i, mix[i % mix.length]);
  }),
);
const seconds = (performance.now() - t0) / 1000;
console.log(
  JSON.stringify({
    bench: "updates",
    db: dbName,
    messages: n,
    concurrency,
    seconds: +seconds.toFixed(2),
    perSecond: Math.round(n / seconds),
    target: { perSecond: 2000 },
  }),
);
console.log(
  JSON.stringify({
    bench: "rss",
    db: dbName,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    nodeFlags: process.execArgv,
    mallocArenaMax: process.env.MALLOC_ARENA_MAX ?? null,
    target: { peakRssMB: 200 },
  }),
);
// After the memory figure: the year's completion figures over every agency (progress summary).
const { completionByAgency } = await import("../dist/core/progress.js");
const summaryTimes = [];
let ranked = 0;
for (let i = 0; i < 3; i++) {
  const s0 = performance.now();
  const rows = await completionByAgency(assistant.services, {
    today: "2024-12-31",
    soonDays: 14,
    continuous: "quarterly",
    from: "2024-01-01",
    to: "2024-12-31",
  });
  summaryTimes.push(performance.now() - s0);
  ranked = rows.filter((r) => r.due > 0).length;
}
summaryTimes.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    bench: "progress-summary",
    db: dbName,
    span: "2024",
    agencies: ranked,
    msMedian: +summaryTimes[1].toFixed(1),
    target: { ms: 500 },
  }),
);
await db.close();
