import cron from "node-cron";
import type { Config } from "../../config.js";
import type { Db } from "../../db/client.js";
import type { Clock } from "../../domain/clock.js";
import { vietnamHolidays } from "../../domain/holidays.js";
import { defaultPolicy, type ReminderPolicy } from "../../domain/reminders.js";
import { parseWorkHours, type WorkCalendar } from "../../domain/workcal.js";
import type { I18n, Locale } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import type { TaskCatalog } from "../catalog.js";
import { Dispatcher, type OutboxSender } from "./dispatcher.js";
import { reminderCheck } from "./relevance.js";
import { tick, type SchedulerDeps } from "./scheduler.js";

export function workCalendarFrom(
  config: Pick<Config, "WORK_HOURS" | "WORK_DAYS" | "HOLIDAYS">,
  years: number[],
): WorkCalendar {
  const hours = parseWorkHours(config.WORK_HOURS) ?? { startMinute: 480, endMinute: 1020 };
  return { ...hours, weekdays: config.WORK_DAYS, holidays: vietnamHolidays(years, config.HOLIDAYS) };
}

export function policyFrom(
  config: Pick<Config, "REMINDER_DAYS_BEFORE" | "OVERDUE_WEEKS" | "ESCALATE_AFTER_DAYS">,
): ReminderPolicy {
  return {
    ...defaultPolicy,
    beforeDays: config.REMINDER_DAYS_BEFORE,
    articleBeforeDays: config.REMINDER_DAYS_BEFORE,
    overdueWeeks: config.OVERDUE_WEEKS,
    escalateAfterDays: config.ESCALATE_AFTER_DAYS,
  };
}

/** Holidays are data per year: cover the plans' years and the years around today. */
export function yearsAround(clock: Clock): number[] {
  const y = clock.now().getUTCFullYear();
  return [2023, 2024, 2025, 2026, y - 1, y, y + 1].filter((v, i, a) => a.indexOf(v) === i);
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
  locale: Locale;
  config: Config;
  senders: Map<string, OutboxSender>;
  log: Logger;
}): ReminderEngine {
  const cal = workCalendarFrom(opts.config, yearsAround(opts.clock));
  const deps: SchedulerDeps = {
    db: opts.db,
    clock: opts.clock,
    catalog: opts.catalog,
    i18n: opts.i18n,
    cal,
    policy: policyFrom(opts.config),
    ...(opts.config.ARTICLE_TASK ? { articleTask: opts.config.ARTICLE_TASK } : {}),
  };
  const dispatcher = new Dispatcher({
    db: opts.db,
    clock: opts.clock,
    senders: opts.senders,
    ratePerSecond: opts.config.SEND_RATE_PER_SECOND,
    log: opts.log,
    check: reminderCheck(opts.db, opts.clock, cal),
  });
  let ticking = false;
  const task = cron.schedule(opts.config.SCHEDULER_CRON, async () => {
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
