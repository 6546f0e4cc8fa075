// One scheduler tick on the large data set (see bench.ts) on the morning after
// a quarter's deadlines, when the most reminders fall due: how many are
// enqueued, how long it takes and this process's peak memory. Compiled build,
// npm start's Node flags.
import { TaskCatalog } from "../dist/core/catalog.js";
import { tick } from "../dist/scheduler/tick.js";
import { policyFrom, workCalendarFrom } from "../dist/settings.js";
import { loadConfig } from "../dist/config.js";
import { catalogSource } from "../dist/db/catalog-repo.js";
import { openDatabase } from "../dist/db/client.js";
import { fixedClock } from "../dist/domain/clock.js";
import { i18n } from "../dist/i18n.js";

const [url, dbName] = process.argv.slice(2);
const db = await openDatabase(url);
const config = loadConfig({}, process.cwd());
// 1 April 2024, 09:00 in Vietnam: Q1 deadlines just passed, three days of catch-up behind.
const clock = fixedClock(new Date("2024-04-01T02:00:00Z"));
const deps = {
  db: db.client,
  clock,
  catalog: new TaskCatalog(catalogSource(db)),
  i18n: i18n(),
  cal: workCalendarFrom(config, [2023, 2024, 2025]),
  policy: policyFrom(config),
};
const t0 = performance.now();
const r = await tick(deps);
const seconds = (performance.now() - t0) / 1000;
console.log(
  JSON.stringify({
    bench: "tick",
    db: dbName,
    planned: r.planned,
    enqueued: r.enqueued,
    seconds: +seconds.toFixed(1),
    perSecond: Math.round(r.enqueued / seconds),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    nodeFlags: process.execArgv,
  }),
);
await db.close();
