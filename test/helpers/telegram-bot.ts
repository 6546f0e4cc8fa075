import { createTelegramBot } from "../../src/channels/telegram/bot.js";
import { startTelegram, type TelegramRuntime } from "../../src/channels/telegram/run.js";
import type { Notifier } from "../../src/core/notifier.js";
import { createApp, startHttpServer, type HttpServer, type WebhookRoute } from "../../src/http/server.js";
import { createLogger } from "../../src/logger.js";
import type { World } from "./assistant.js";
import type { FakeTelegram } from "./fake-telegram.js";

const log = createLogger("silent");

/** The Telegram channel of a test world, long polling the fake Bot API, notifications routed through it. */
export async function pollingBot(w: World, api: FakeTelegram, notifier: Notifier): Promise<TelegramRuntime> {
  const channel = createTelegramBot({
    token: api.token,
    apiRoot: api.url,
    assistant: w.assistant,
    notifier,
    i18n: w.services.i18n,
    log,
  });
  notifier.register("telegram", channel.sender);
  return startTelegram(channel, { log, i18n: w.services.i18n });
}

/** The application's HTTP server with the given webhooks, on a free port of 127.0.0.1. */
export function serveWebhooks(routes: WebhookRoute[]): Promise<HttpServer> {
  return startHttpServer(createApp(routes, log), 0, log);
}
