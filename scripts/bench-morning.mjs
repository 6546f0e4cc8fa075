// The heaviest morning (see bench.ts, figure "morning"): one scheduler tick on the large data set at 09:00 on
// 1 April 2024, the morning after the first quarter's deadlines, gathering every reminder due into one digest
// per person. Compiled build, npm start's Node flags; prints what it planned and enqueued, its time and peak RSS.
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
const clock = fixedClock(new Date("2024-04-01T02:00:00Z"));
const deps = {
  db: db.client,
  clock,
  catalog: new TaskCatalog(catalogSource(db)),
  i18n: i18n(),
  cal: workCalendarFrom(config, [2023, 2024, 2025]),
  policy: policyFrom(config),
  digestMinute: config.DIGEST_TIME,
};
const t0 = performance.now();
const r = await tick(deps);
const seconds = (performance.now() - t0) / 1000;
console.log(
  JSON.stringify({
    bench: "morning-tick",
    db: dbName,
    remindersPlanned: r.planned,
    itemsPlanned: r.items,
    digestsEnqueued: r.enqueued,
    tickSeconds: +seconds.toFixed(1),
    tickPeakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    nodeFlags: process.execArgv,
    mallocArenaMax: process.env.MALLOC_ARENA_MAX ?? null,
  }),
);
await db.close();
