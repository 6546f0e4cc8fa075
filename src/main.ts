import { argsError } from "./cli/args-error.js";
import { agencyRefusal } from "./cli/commands/agency.js";
import { parseArgs } from "node:util";
import { ConsoleChannel } from "./channels/console/console.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import type { Assistant } from "./core/assistant.js";
import { buildAssistant, sweepStorage } from "./core/build.js";
import type { ChannelPort, WebhookRoute } from "./core/channel-port.js";
import { importPlanFiles, planFilesIn } from "./core/plans.js";
import { listPlans } from "./db/plan-repo.js";
import { openDatabase, type Database } from "./db/client.js";
import { syncDirectory } from "./db/directory-repo.js";
import { ensureLinkedAccount, forgetOffered, ROLES, type UserRole } from "./db/user-repo.js";
import { fixedClock, parseNow, systemClock, type Clock } from "./domain/clock.js";
import { boardApp } from "./http/board/routes.js";
import { createApp, startHttpServer } from "./http/server.js";
import { type I18n, i18n } from "./i18n.js";
import { createLogger, type Logger } from "./logger.js";
import { telegram, zalo, type Platform } from "./platforms.js";
import { consolePushes, pushRules, schedulerDeps, startReminders } from "./scheduler/cron.js";
import { Dispatcher } from "./scheduler/dispatcher.js";
import { reminderCheck } from "./scheduler/relevance.js";
import { coreConfigFrom, reminderSettingsFrom, workCalendarFrom, yearsAround } from "./settings.js";

// The one composition root: configuration, logging, database, plans, channels, shutdown.

const USAGE_OPTIONS = {
  console: { type: "boolean", default: false },
  as: { type: "string" },
  role: { type: "string", default: "focal" },
  now: { type: "string" },
} as const;

class StartError extends Error {}

async function loadPlans(db: Database, config: Config, clock: Clock, log: Logger): Promise<void> {
  if (await syncDirectory(db.client)) log.info("agency directory updated");
  if (!config.plansDir) {
    log.warn("PLANS_DIR is not set and ../shared/plans does not exist: no plans imported");
    return;
  }
  for (const r of await importPlanFiles(db.client, await planFilesIn(config.plansDir), clock, { log })) {
    if (r.ok) log.info({ plan: r.report.plan, outcome: r.outcome, tasks: r.report.tasks, ms: r.ms }, "plan loaded");
    else log.warn({ file: r.file, error: r.error }, "plan not imported");
  }
}

/** Every chat platform this process may serve, one line each (src/platforms.ts). */
const PLATFORMS: Platform[] = [telegram, zalo];

/** What a console session runs on: the plans loaded, the database (no password), and who is typing. */
async function consoleBanner(ctx: RunContext, as: { agency: string; role: UserRole } | null): Promise<string> {
  const { config, db, i18n: t } = ctx;
  const plans = await listPlans(db.client);
  const database = config.DATABASE_URL.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
  return t.t(config.DEFAULT_LOCALE, "console-loaded", {
    plans: plans.length,
    tasks: plans.reduce((n, p) => n + p.tasks, 0),
    database,
    who: as
      ? t.t(config.DEFAULT_LOCALE, "console-as", { agency: as.agency, role: as.role })
      : t.t(config.DEFAULT_LOCALE, "console-as-nobody"),
  });
}

/** The console channel, as `--as <agency> --role <role>` when given (a linked test account). */
async function chatInConsole(ctx: RunContext, as: string | undefined, role: UserRole): Promise<void> {
  const { config, db, assistant, clock, i18n: t } = ctx;
  let externalId = "console";
  let agency = "";
  if (as !== undefined) {
    const found = (await assistant.services.catalog.directory()).lookup(as);
    // The rule of every entry point: an agency without the words typed, or one of several, is not guessed.
    const refused = agencyRefusal(found, (id, args) => t.t(config.DEFAULT_LOCALE, id, args));
    if (refused || !found.match) throw new StartError(refused ?? "");
    agency = found.match.name;
    externalId = `console:${found.match.id}:${role}`;
    await ensureLinkedAccount(db.client, "console", externalId, found.match.id, role, found.match.name);
  }
  await forgetOffered(db.client, "console", externalId);
  let pushes: (() => Promise<void>) | null = null;
  const channel = new ConsoleChannel({
    externalId,
    input: process.stdin,
    output: process.stdout,
    interactive: !!process.stdin.isTTY,
    locale: config.DEFAULT_LOCALE,
    i18n: t,
    banner: await consoleBanner(ctx, as === undefined ? null : { agency, role }),
    // This person's digest and what the outbox holds for them, printed after each answer (no pacing).
    afterTurn: async () => pushes?.(),
  });
  const settings = reminderSettingsFrom(config, clock);
  const dispatcher = new Dispatcher({
    db: db.client,
    clock,
    channels: [channel],
    chatId: externalId,
    ratePerSecond: settings.ratePerSecond,
    check: reminderCheck(db.client, clock, pushRules(settings), t),
  });
  const services = assistant.services;
  const deps = schedulerDeps({ db: db.client, clock, catalog: services.catalog, i18n: t, settings });
  pushes = consolePushes(deps, dispatcher, externalId);
  const started = await channel.start((m) => assistant.handle(m));
  await started.finished;
}

interface RunContext {
  config: Config;
  db: Database;
  clock: Clock;
  assistant: Assistant;
  i18n: I18n;
  log: Logger;
}

/** The one HTTP server, when there is something to serve: the platforms' webhooks, the reviewer board. */
async function startHttp(ctx: RunContext, webhooks: WebhookRoute[], stops: (() => Promise<void>)[]): Promise<void> {
  const { config, assistant, log } = ctx;
  const board = config.BOARD_BASE_URL
    ? boardApp({
        services: assistant.services,
        baseUrl: config.BOARD_BASE_URL,
        ...(config.BOARD_SECRET ? { secret: config.BOARD_SECRET } : {}),
      })
    : undefined;
  if (!webhooks.length && !board) return;
  const server = await startHttpServer(createApp(webhooks, log, board ? { board } : {}), config.PORT, log);
  // Stopped before the channels, so nothing new arrives while they finish what they have.
  stops.push(() => server.stop());
}

/** The configured platforms, receiving; the scheduler and the one dispatcher pushing to all of them. */
async function serve(ctx: RunContext, stops: (() => Promise<void>)[]): Promise<void> {
  const { config, db, assistant, log } = ctx;
  if (config.ZALO_PORT !== undefined)
    log.warn("ZALO_PORT is no longer used: both webhooks and /health are served on PORT");
  const channels: ChannelPort[] = [];
  const webhooks: WebhookRoute[] = [];
  for (const platform of PLATFORMS) {
    const channel = await platform({ config, db: db.client, i18n: ctx.i18n, log });
    if (!channel) continue;
    const started = await channel.start((m) => assistant.handle(m));
    assistant.services.config.botUsername ??= started.botUsername;
    if (started.webhook) webhooks.push(started.webhook);
    channels.push(channel);
    stops.push(() => channel.stop());
  }
  await startHttp(ctx, webhooks, stops);
  const reminders = startReminders({
    db: db.client,
    clock: ctx.clock,
    catalog: assistant.services.catalog,
    i18n: ctx.i18n,
    settings: reminderSettingsFrom(config, ctx.clock),
    channels,
    log,
  });
  // A notice queued by a reply goes out at once, not at the dispatcher's next look.
  assistant.services.onQueued = () => reminders.dispatcher.wake();
  stops.push(() => reminders.stop());
}

async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: USAGE_OPTIONS, strict: true });
  const config = loadConfig();
  const useConsole = values.console || (!config.TELEGRAM_BOT_TOKEN && !config.ZALO_BOT_TOKEN);
  // In the terminal, logs would drown the conversation: warnings only unless asked.
  const log = createLogger(useConsole && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL, [
    config.TELEGRAM_BOT_TOKEN,
    config.ZALO_BOT_TOKEN,
    config.TELEGRAM_WEBHOOK_SECRET,
    config.ZALO_WEBHOOK_SECRET,
  ]);
  const t = i18n();
  const nowAt = values.now !== undefined ? parseNow(values.now) : null;
  if (values.now !== undefined && !nowAt)
    throw new StartError(t.t(config.DEFAULT_LOCALE, "cli-bad-now", { value: values.now }));
  // A role is someone's role at an agency: alone it would quietly be ignored.
  if (values.as === undefined && process.argv.slice(2).some((a) => a === "--role" || a.startsWith("--role=")))
    throw new StartError(t.t(config.DEFAULT_LOCALE, "start-role-needs-as"));
  const role = values.role as UserRole;
  if (!ROLES.includes(role))
    throw new StartError(t.t(config.DEFAULT_LOCALE, "start-bad-role", { roles: ROLES.join(", ") }));

  const db = await openDatabase(config.DATABASE_URL);
  if (db.appliedMigrations.length) log.info({ migrations: db.appliedMigrations }, "database migrated");
  const clock = nowAt ? fixedClock(nowAt) : systemClock;
  const stops: (() => Promise<void>)[] = [() => db.close()];
  const shutdown = async () => {
    for (const stop of stops.reverse())
      await stop().catch((err) => log.warn({ err: String(err) }, "shutdown step failed"));
  };
  try {
    await loadPlans(db, config, clock, log);
    const assistant = buildAssistant({
      database: db,
      clock,
      storageDir: config.STORAGE_DIR,
      config: coreConfigFrom(config),
      bootstrapAdmins: { telegram: config.ADMIN_TELEGRAM_IDS ?? [] },
      workCalendar: workCalendarFrom(config, yearsAround(clock)),
      log,
    });
    await sweepStorage(assistant.services, log);
    const ctx: RunContext = { config, db, clock, assistant, i18n: t, log };
    if (useConsole) {
      // The board can be tried from the console too: "/bang" prints a link to it.
      await startHttp(ctx, [], stops);
      await chatInConsole(ctx, values.as, role);
      return 0;
    }
    await serve(ctx, stops);
    log.info("assistant running; Ctrl+C to stop");
    await new Promise<void>((resolve) => {
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
    });
    log.info("shutting down");
    return 0;
  } finally {
    await shutdown();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    const code = (err as { code?: string }).code ?? "";
    if (code.startsWith("ERR_PARSE_ARGS_")) {
      process.stderr.write(`${argsError("vi", err)}\n`);
      process.exitCode = 2;
      return;
    }
    if (err instanceof ConfigError || err instanceof StartError) {
      process.stderr.write(`${(err as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
