import cron from "node-cron";
import type { Db } from "../db/client.js";
import type { Clock } from "../domain/clock.js";
import type { ReminderPolicy } from "../domain/reminders.js";
import type { WorkCalendar } from "../domain/workcal.js";
import type { I18n } from "../i18n.js";
import type { Logger } from "../logger.js";
import type { TaskCatalog } from "../core/catalog.js";
import { Dispatcher, type Outlet } from "./dispatcher.js";
import { reminderCheck, type PushRules } from "./relevance.js";
import { tick, type SchedulerDeps } from "./tick.js";
import { consolePerson } from "../db/recipient-repo.js";

/** How the running scheduler is set up (built from the configuration in src/settings.ts). */
export interface ReminderSettings {
  cron: string;
  cal: WorkCalendar;
  policy: ReminderPolicy;
  /** Messages per second a paced channel is sent. */
  ratePerSecond: number;
  /** When the daily digest goes (minutes after midnight) and how many pushes a person gets a day. */
  digestMinute?: number;
  dailyCap?: number;
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
  const deps = schedulerDeps(opts);
  const dispatcher = new Dispatcher({
    db: opts.db,
    clock: opts.clock,
    channels: opts.channels,
    ratePerSecond: opts.settings.ratePerSecond,
    log: opts.log,
    check: reminderCheck(opts.db, opts.clock, pushRules(opts.settings), opts.i18n),
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

/** What a tick needs, from the running assistant's parts and settings. */
export function schedulerDeps(opts: {
  db: Db;
  clock: Clock;
  catalog: TaskCatalog;
  i18n: I18n;
  settings: ReminderSettings;
}): SchedulerDeps {
  const { cal, policy, articleTask, digestMinute } = opts.settings;
  return {
    db: opts.db,
    clock: opts.clock,
    catalog: opts.catalog,
    i18n: opts.i18n,
    cal,
    policy,
    ...(digestMinute !== undefined ? { digestMinute } : {}),
    ...(articleTask ? { articleTask } : {}),
  };
}

export function pushRules(settings: ReminderSettings): PushRules {
  return {
    cal: settings.cal,
    ...(settings.digestMinute !== undefined ? { digestMinute: settings.digestMinute } : {}),
    ...(settings.dailyCap !== undefined ? { dailyCap: settings.dailyCap } : {}),
  };
}

/**
 * A console session's pushes, after each answer: its own person's digest (ticked at the session's clock,
 * so `--now 2024-04-01T09:00` shows that morning's) and whatever else the outbox holds for the terminal.
 */
export function consolePushes(deps: SchedulerDeps, dispatcher: Dispatcher, externalId: string) {
  return async (): Promise<void> => {
    const person = await consolePerson(deps.db, externalId);
    if (person) await tick({ ...deps, only: person });
    await dispatcher.runOnce();
  };
}
