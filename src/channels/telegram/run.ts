import { timingSafeEqual } from "node:crypto";
import http from "node:http";
import { run, type RunnerHandle } from "@grammyjs/runner";
import { webhookCallback, type Bot } from "grammy";
import type { I18n } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { registerCommands, type BotContext } from "./bot.js";
import { holdWhileLeased } from "../../core/lease.js";
import type { Db } from "../../db/client.js";

const MAX_BODY = 1024 * 1024;

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== "string" || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface TelegramRuntime {
  username: string;
  /** The webhook server's port (webhook mode only). */
  port?: number;
  stop(): Promise<void>;
}

export interface RunOptions {
  /** With several instances: poll only while holding this lease (see core/lease.ts). */
  pollLease?: { db: Db; name: string };
  webhookUrl?: string;
  webhookSecret?: string;
  port: number;
  log: Logger;
  i18n: I18n;
}

/** Starts receiving: long polling (grammY runner) by default, a webhook server when a URL is configured. */
export async function startTelegram(bot: Bot<BotContext>, opts: RunOptions): Promise<TelegramRuntime> {
  await bot.init();
  await registerCommands(bot, opts.i18n);
  const username = bot.botInfo.username;
  if (opts.webhookUrl) {
    const path = new URL(opts.webhookUrl).pathname;
    const handle = webhookCallback(bot, "http", { secretToken: opts.webhookSecret, onTimeout: "return" });
    const server = http.createServer((req, res) => {
      if (req.method === "GET" && req.url === "/health") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, bot: username }));
        return;
      }
      if (req.method === "POST" && req.url === path) {
        // Checked here in constant time (and the body size bounded) before grammY sees the request.
        if (!sameSecret(req.headers["x-telegram-bot-api-secret-token"], opts.webhookSecret ?? "")) return void res.writeHead(401).end();
        if (Number(req.headers["content-length"] ?? 0) > MAX_BODY) return void res.writeHead(413).end();
        void Promise.resolve(handle(req, res)).catch((err) => {
          opts.log.warn({ err: String(err) }, "webhook request failed");
          if (!res.headersSent) res.writeHead(500).end();
        });
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(opts.port, resolve));
    await bot.api.setWebhook(opts.webhookUrl, { secret_token: opts.webhookSecret, drop_pending_updates: false });
    opts.log.info({ port: opts.port, path }, "telegram webhook listening");
    const port = (server.address() as { port: number }).port;
    return { username, port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }
  let runner: RunnerHandle | null = null;
  const startPolling = async () => {
    await bot.api.deleteWebhook();
    runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query"] } } });
    opts.log.info({ bot: username }, "telegram long polling");
  };
  const stopPolling = async () => {
    if (runner?.isRunning()) await runner.stop();
    runner = null;
  };
  if (opts.pollLease) {
    const lease = holdWhileLeased({ db: opts.pollLease.db, name: opts.pollLease.name, log: opts.log, start: startPolling, stop: stopPolling });
    return { username, stop: () => lease.stop() };
  }
  await startPolling();
  return { username, stop: stopPolling };
}
