import { parseArgs } from "node:util";
import { runConsole } from "./channels/console/console.js";
import type { OutboxSender } from "./core/reminders/dispatcher.js";
import { startReminders, workCalendarFrom, yearsAround } from "./core/reminders/setup.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { buildAssistant, coreConfigFrom, sweepStorage } from "./core/build.js";
import type { Assistant } from "./core/assistant.js";
import { ensureLinkedAccount } from "./core/identity.js";
import { Notifier } from "./core/notifier.js";
import { holdWhileLeased } from "./core/lease.js";
import { importPlanFiles, planFilesIn } from "./core/plans.js";
import { openDatabase, type Database } from "./db/client.js";
import { syncDirectory } from "./db/directory-repo.js";
import { ROLES, type UserRole } from "./db/user-repo.js";
import { fixedClock, parseNow, systemClock, type Clock } from "./domain/clock.js";
import { type I18n, i18n } from "./i18n.js";
import { createApp, startHttpServer, type WebhookRoute } from "./http/server.js";
import { createLogger, type Logger } from "./logger.js";

// The one composition root: configuration, logging, database, plans, channels, shutdown.

const USAGE_OPTIONS = {
  console: { type: "boolean", default: false },
  as: { type: "string" },
  role: { type: "string", default: "focal" },
  now: { type: "string" },
} as const;

class StartError extends Error {}

async function loadPlans(db: Database, config: Config, clock: Clock, log: Logger): Promise<void> {
  if (await syncDirectory(db.prisma)) log.info("agency directory updated");
  if (!config.plansDir) {
    log.warn("PLANS_DIR is not set and ../shared/plans does not exist: no plans imported");
    return;
  }
  for (const r of await importPlanFiles(db.prisma, await planFilesIn(config.plansDir), clock, { log })) {
    if (r.ok) log.info({ plan: r.report.plan, outcome: r.outcome, tasks: r.report.tasks, ms: r.ms }, "plan loaded");
    else log.warn({ file: r.file, error: r.error }, "plan not imported");
  }
}

interface PlatformContext {
  config: Config;
  db: Database;
  assistant: Assistant;
  notifier: Notifier;
  i18n: I18n;
  log: Logger;
}

/** A platform started for this process: how reminders reach it, its webhook if any, how it stops. */
interface StartedPlatform {
  name: string;
  sender: OutboxSender;
  webhook?: WebhookRoute;
  stop(): Promise<void>;
}

/** The console channel, as `--as <agency> --role <role>` when given (a linked test account). */
async function chatInConsole(ctx: PlatformContext, as: string | undefined, role: UserRole): Promise<void> {
  const { config, db, assistant, i18n: t } = ctx;
  let externalId = "console";
  if (as !== undefined) {
    const found = assistant.services.directory.lookup(as);
    if (!found.match) throw new StartError(t.t(config.DEFAULT_LOCALE, "agency-none", { query: as }));
    externalId = `console:${found.match.id}:${role}`;
    await ensureLinkedAccount(db.prisma, "console", externalId, found.match.id, role, found.match.name);
  }
  await runConsole({
    assistant,
    externalId,
    input: process.stdin,
    output: process.stdout,
    interactive: !!process.stdin.isTTY,
    locale: config.DEFAULT_LOCALE,
  });
}

// Each platform's modules load only when it is configured (they are large, and most deployments use one).
async function startTelegramPlatform(ctx: PlatformContext): Promise<StartedPlatform | null> {
  const { config, db, assistant, notifier, i18n: t, log } = ctx;
  if (!config.TELEGRAM_BOT_TOKEN) return null;
  const [{ createTelegramBot }, { startTelegram }, { telegramOutboxSender }] = await Promise.all([
    import("./channels/telegram/bot.js"),
    import("./channels/telegram/run.js"),
    import("./channels/telegram/outbox-sender.js"),
  ]);
  const token = config.TELEGRAM_BOT_TOKEN;
  const channel = createTelegramBot({ token, apiRoot: config.TELEGRAM_API_ROOT, assistant, notifier, i18n: t, log });
  notifier.register("telegram", channel.sender);
  const runtime = await startTelegram(channel, {
    webhookUrl: config.TELEGRAM_WEBHOOK_URL,
    webhookSecret: config.TELEGRAM_WEBHOOK_SECRET,
    log,
    i18n: t,
    whileLeader: (start, stop) => holdWhileLeased({ db: db.prisma, name: "poll:telegram", log, start, stop }),
  });
  assistant.services.config.botUsername ??= runtime.username;
  const sender = telegramOutboxSender(token, config.TELEGRAM_API_ROOT);
  return { name: "telegram", sender, webhook: runtime.webhook, stop: () => runtime.stop() };
}

async function startZaloPlatform(ctx: PlatformContext): Promise<StartedPlatform | null> {
  const { config, db, assistant, notifier, i18n: t, log } = ctx;
  if (!config.ZALO_BOT_TOKEN) return null;
  const [{ ZaloChannel }, { ZaloClient }, { zaloOutboxSender }] = await Promise.all([
    import("./channels/zalo/channel.js"),
    import("./channels/zalo/client.js"),
    import("./channels/zalo/outbox-sender.js"),
  ]);
  const token = config.ZALO_BOT_TOKEN;
  const client = new ZaloClient({ token, apiRoot: config.ZALO_API_ROOT });
  const zalo = new ZaloChannel({
    client,
    assistant,
    notifier,
    i18n: t,
    locale: config.DEFAULT_LOCALE,
    log,
    maxDownloadBytes: config.MAX_UPLOAD_MB * 1024 * 1024,
  });
  notifier.register("zalo", zalo.sender);
  const pushClient = new ZaloClient({ token, apiRoot: config.ZALO_API_ROOT, retries: 0 });
  const sender = zaloOutboxSender(pushClient, t.t(config.DEFAULT_LOCALE, "zalo-reminder-hint"));
  if (config.ZALO_WEBHOOK_URL) {
    const webhook = await zalo.startWebhook({ url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET! });
    return { name: "zalo", sender, webhook, stop: () => zalo.stop() };
  }
  // Several instances may run: only the lease holder polls Zalo.
  const lease = holdWhileLeased({
    db: db.prisma,
    name: "poll:zalo",
    log,
    start: () => zalo.startPolling(),
    stop: () => zalo.stop(),
  });
  return { name: "zalo", sender, stop: () => lease.stop() };
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
    const notifier = new Notifier(db.prisma, t, log);
    const assistant = buildAssistant({
      database: db,
      clock,
      storageDir: config.STORAGE_DIR,
      config: coreConfigFrom(config),
      bootstrapAdmins: { telegram: config.ADMIN_TELEGRAM_IDS ?? [] },
      workCalendar: workCalendarFrom(config, yearsAround(clock)),
      log,
    });
    const services = assistant.services;
    await sweepStorage(services, log);
    const ctx: PlatformContext = { config, db, assistant, notifier, i18n: t, log };

    if (useConsole) {
      await chatInConsole(ctx, values.as, role);
      return 0;
    }

    const senders = new Map<string, OutboxSender>();
    const webhooks: WebhookRoute[] = [];
    if (config.ZALO_PORT !== undefined)
      log.warn("ZALO_PORT is no longer used: both webhooks and /health are served on PORT");
    for (const start of [startTelegramPlatform, startZaloPlatform]) {
      const platform = await start(ctx);
      if (!platform) continue;
      senders.set(platform.name, platform.sender);
      if (platform.webhook) webhooks.push(platform.webhook);
      stops.push(platform.stop);
    }
    if (webhooks.length) {
      const server = await startHttpServer(createApp(webhooks, log), config.PORT, log);
      // Stopped before the channels, so nothing new arrives while they finish what they have.
      stops.push(() => server.stop());
    }
    const reminders = startReminders({
      db: db.prisma,
      clock,
      catalog: services.catalog,
      i18n: t,
      locale: config.DEFAULT_LOCALE,
      config,
      senders,
      log,
    });
    stops.push(() => reminders.stop());
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
    if (
      err instanceof ConfigError ||
      err instanceof StartError ||
      (err as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
    ) {
      process.stderr.write(`${(err as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
