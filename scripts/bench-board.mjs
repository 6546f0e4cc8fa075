// The reviewer board on an already generated large data set (see bench.ts): /board's server time for 1,000
// agencies, the chat's chart picture, and this process's peak memory. Plain JavaScript over the compiled build,
// started with npm start's Node flags, in a process that does nothing else.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { articleChartPng } from "../dist/core/board/chat-chart.js";
import { buildAssistant } from "../dist/core/build.js";
import { quarterStandings } from "../dist/core/submissions/reports.js";
import { articleCycleOf } from "../dist/core/submissions/cycle.js";
import { createBoardLink } from "../dist/db/board-repo.js";
import { openDatabase } from "../dist/db/client.js";
import { fixedClock } from "../dist/domain/clock.js";
import { boardApp } from "../dist/http/board/routes.js";

const [url, dbName] = process.argv.slice(2);
const db = await openDatabase(url);
const clock = fixedClock(new Date("2024-04-10T02:00:00Z"));
const assistant = buildAssistant({ database: db, clock, storageDir: mkdtempSync(path.join(tmpdir(), "cchc-board-")) });
const { services } = assistant;
const agency = await db.client.agency.findFirstOrThrow({ where: { jurisdiction: "bench" } });
const reviewer = await db.client.user.create({
  data: { displayName: "Người duyệt thử", agencyId: agency.id, role: "reviewer", status: "active" },
});
const app = boardApp({ services, baseUrl: "http://bench.local" });
const token = await createBoardLink(db.client, reviewer.id, clock.now(), 15 * 60_000);
const login = await app.request(`/board/login?t=${token}`);
const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function timed(n, run, warm = 0) {
  for (let i = 0; i < warm; i++) await run(i);
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

let bytes = 0;
// Warmed up as a board in service is (bench-serve.mjs does the same): the first request loads the catalog.
const page = await timed(
  40,
  async (i) => {
    const r = await app.request(`/board?quarter=2024-Q${1 + (i % 2)}`, { headers: { cookie } });
    if (r.status !== 200) throw new Error(`/board answered ${r.status}`);
    bytes = (await r.text()).length;
  },
  4,
);
const rows = await db.client.agency.count();
console.log(
  JSON.stringify({
    bench: "board",
    db: dbName,
    agencies: rows,
    n: page.length,
    p50ms: +percentile(page, 50).toFixed(1),
    p95ms: +percentile(page, 95).toFixed(1),
    htmlKB: Math.round(bytes / 1024),
    target: { p95ms: 200 },
  }),
);

const cycle = await articleCycleOf(services);
// The generated plan has no quarterly article: the agencies' standings are made up (a third each way) so the
// picture has what a real quarter's has.
const outcomes = ["on_time", "late", "missing"];
const standings = cycle
  ? await quarterStandings(db.client, cycle, { year: 2024, quarter: 1 }, "2024-04-10")
  : (await db.client.agency.findMany({ where: { jurisdiction: "bench" }, select: { id: true, name: true } })).map(
      (a, i) => ({ agencyId: a.id, agency: a.name, outcome: outcomes[i % 3], accepted: false, receipts: [] }),
    );
let pngBytes = 0;
const chart = await timed(30, async () => {
  pngBytes = (await articleChartPng(services, standings, "Số đơn vị", "vi")).length;
});
console.log(
  JSON.stringify({
    bench: "board-chart-png",
    db: dbName,
    standings: standings.length,
    n: chart.length,
    p50ms: +percentile(chart, 50).toFixed(1),
    p95ms: +percentile(chart, 95).toFixed(1),
    pngKB: Math.round(pngBytes / 1024),
    target: { p95ms: 300 },
  }),
);
const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ bench: "board-rss", db: dbName, peakRssMB, target: { peakRssMB: 200 } }));
await db.close();
