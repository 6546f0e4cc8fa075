import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "./config.js";
import { importPlanFiles, planFilesIn } from "./core/plans.js";
import { openDatabase } from "./db/client.js";
import { syncDirectory } from "./db/directory-repo.js";
import { listPlans } from "./db/plan-repo.js";
import { fixedClock, parseNow, systemClock } from "./domain/clock.js";
import { i18n } from "./i18n.js";
import { createLogger } from "./logger.js";

// The one composition root: configuration, logging, database, plans, channels.
async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { now: { type: "string" } }, strict: false });
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const log = createLogger(config.LOG_LEVEL);
  const t = (id: string, args?: Record<string, string | number>) => i18n().t(config.DEFAULT_LOCALE, id, args);
  const nowAt = typeof values.now === "string" ? parseNow(values.now) : null;
  if (typeof values.now === "string" && !nowAt) {
    process.stderr.write(`${t("cli-bad-now", { value: values.now })}\n`);
    return 2;
  }
  const clock = nowAt ? fixedClock(nowAt) : systemClock;

  const db = await openDatabase(config.DATABASE_URL);
  try {
    if (db.appliedMigrations.length) log.info({ migrations: db.appliedMigrations }, "database migrated");
    if (await syncDirectory(db.prisma)) log.info("agency directory updated");
    if (config.plansDir) {
      const results = await importPlanFiles(db.prisma, await planFilesIn(config.plansDir), clock);
      for (const r of results) {
        if (r.ok) log.info({ plan: r.report.plan, outcome: r.outcome, tasks: r.report.tasks, ms: r.ms }, "plan loaded");
        else log.warn({ file: r.file, error: r.error }, "plan not imported");
      }
    } else {
      log.warn("PLANS_DIR is not set and ../shared/plans does not exist: no plans imported");
    }
    const plans = await listPlans(db.prisma);
    if (plans.length === 0) process.stdout.write(`${t("plans-none")}\n`);
    for (const p of plans) process.stdout.write(`${t("plans-line", { id: p.id, title: p.title, year: String(p.year), tasks: p.tasks, at: p.importedAt.slice(0, 16).replace("T", " ") })}\n`);
  } finally {
    await db.close();
  }
  return 0;
}

process.exitCode = await main();
