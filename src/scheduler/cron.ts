import cron from "node-cron";
import type { Db } from "../db/client.js";
import type { Clock } from "../domain/clock.js";
import type { ReminderPolicy } from "../domain/reminders.js";
import type { WorkCalendar } from "../domain/workcal.js";
import type { I18n } from "../i18n.js";
import type { Logger } from "../logger.js";
import type { TaskCatalog } from "../core/catalog.js";
import { Dispatcher, type Outlet } from "./dispatcher.js";
import { reminderCheck } from "./relevance.js";
import { tick, type SchedulerDeps } from "./tick.js";

/** How the running scheduler is set up (built from the configuration in src/settings.ts). */
export interface ReminderSettings {
  cron: string;
  cal: WorkCalendar;
  policy: ReminderPolicy;
  /** Messages per second a paced channel is sent. */
  ratePerSecond: number;
  articleTask?: string;
}

export interface ReminderEngine {
  deps: SchedulerDeps;
  dispatcher: Dispatcher;
  stop(): Promise<void>;
}

/** Scheduler ticks on a cron and a dispatcher loop, for a running assistant. */
export function startReminders(opts: {
  db: Db;
  clock: Clock;
  catalog: TaskCatalog;
  i18n: I18n;
  settings: ReminderSettings;
  channels: Outlet[];
  log: Logger;
}): ReminderEngine {
  const { cal, policy, articleTask } = opts.settings;
  const deps: SchedulerDeps = {
    db: opts.db,
    clock: opts.clock,
    catalog: opts.catalog,
    i18n: opts.i18n,
    cal,
    policy,
    ...(articleTask ? { articleTask } : {}),
  };
  const dispatcher = new Dispatcher({
    db: opts.db,
    clock: opts.clock,
    channels: opts.channels,
    ratePerSecond: opts.settings.ratePerSecond,
    log: opts.log,
    check: reminderCheck(opts.db, opts.clock, cal),
  });
  let ticking = false;
  const task = cron.schedule(opts.settings.cron, async () => {
    if (ticking) return;
    ticking = true;
    try {
      const r = await tick(deps);
      if (r.enqueued) opts.log.info(r, "reminders enqueued");
    } catch (err) {
      opts.log.error({ err: String(err) }, "scheduler tick failed");
    } finally {
      ticking = false;
    }
  });
  dispatcher.start();
  return {
    deps,
    dispatcher,
    stop: async () => {
      await task.stop();
      await dispatcher.stop();
    },
  };
}
