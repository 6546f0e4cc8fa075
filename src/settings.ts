// The validated configuration (config.ts) turned into the plain settings each part takes, so no part below
// main.ts knows an environment variable's name.
import type { Config } from "./config.js";
import type { CoreConfig } from "./core/context.js";
import type { Clock } from "./domain/clock.js";
import { vietnamHolidays } from "./domain/holidays.js";
import { defaultPolicy, type ReminderPolicy } from "./domain/reminders.js";
import { parseWorkHours, type WorkCalendar } from "./domain/workcal.js";
import type { ReminderSettings } from "./scheduler/cron.js";

export function workCalendarFrom(
  config: Pick<Config, "WORK_HOURS" | "WORK_DAYS" | "HOLIDAYS">,
  years: number[],
): WorkCalendar {
  const hours = parseWorkHours(config.WORK_HOURS) ?? { startMinute: 480, endMinute: 1020 };
  return { ...hours, weekdays: config.WORK_DAYS, holidays: vietnamHolidays(years, config.HOLIDAYS) };
}

export function policyFrom(
  config: Pick<Config, "REMINDER_DAYS_BEFORE" | "OVERDUE_WEEKS" | "ESCALATE_AFTER_DAYS" | "CONTINUOUS_REPORT_PERIOD">,
): ReminderPolicy {
  return {
    ...defaultPolicy,
    beforeDays: config.REMINDER_DAYS_BEFORE,
    articleBeforeDays: config.REMINDER_DAYS_BEFORE,
    overdueWeeks: config.OVERDUE_WEEKS,
    escalateAfterDays: config.ESCALATE_AFTER_DAYS,
    continuousReports: config.CONTINUOUS_REPORT_PERIOD,
  };
}

/** Holidays are data per year: cover the plans' years and the years around today. */
export function yearsAround(clock: Clock): number[] {
  const y = clock.now().getUTCFullYear();
  return [2023, 2024, 2025, 2026, y - 1, y, y + 1].filter((v, i, a) => a.indexOf(v) === i);
}

export function coreConfigFrom(config: Config): Partial<CoreConfig> {
  return {
    inviteTtlDays: config.INVITE_TTL_DAYS,
    submitRoles: config.SUBMIT_ROLES,
    maxUploadBytes: config.MAX_UPLOAD_MB * 1024 * 1024,
    ratePerMinute: config.RATE_LIMIT_PER_MINUTE,
    continuousReports: config.CONTINUOUS_REPORT_PERIOD,
    digestMinute: config.DIGEST_TIME,
    ...(config.ARTICLE_TASK ? { articleTask: config.ARTICLE_TASK } : {}),
    ...(config.TELEGRAM_BOT_USERNAME ? { botUsername: config.TELEGRAM_BOT_USERNAME } : {}),
    ...(config.BOARD_BASE_URL ? { boardBaseUrl: config.BOARD_BASE_URL } : {}),
  };
}

export function reminderSettingsFrom(config: Config, clock: Clock): ReminderSettings {
  return {
    cron: config.SCHEDULER_CRON,
    cal: workCalendarFrom(config, yearsAround(clock)),
    policy: policyFrom(config),
    ratePerSecond: config.SEND_RATE_PER_SECOND,
    digestMinute: config.DIGEST_TIME,
    dailyCap: config.MAX_PUSHES_PER_DAY,
    ...(config.ARTICLE_TASK ? { articleTask: config.ARTICLE_TASK } : {}),
  };
}
