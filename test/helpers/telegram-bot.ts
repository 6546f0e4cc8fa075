import { telegramChannel } from "../../src/channels/telegram/channel.js";
import { ZaloChannel } from "../../src/channels/zalo/channel.js";
import { ZaloClient } from "../../src/channels/zalo/client.js";
import type { ChannelPort, StartedChannel } from "../../src/core/channel-port.js";
import { createApp, startHttpServer, type HttpServer, type WebhookRoute } from "../../src/http/server.js";
import { createLogger } from "../../src/logger.js";
import { pushesOf } from "./reminders.js";
import type { World } from "./assistant.js";
import type { FakeTelegram } from "./fake-telegram.js";
import type { FakeZalo } from "./fake-zalo.js";

const log = createLogger("silent");

export interface RunningChannel extends StartedChannel {
  channel: ChannelPort;
  stop(): Promise<void>;
}

/**
 * A channel of a test world started as main.ts starts it: receiving for the assistant, and a dispatcher
 * sending it what the outbox holds (notices queued by a reply are sent at once, as in production).
 */
export async function serveChannel(w: World, channel: ChannelPort): Promise<RunningChannel> {
  const started = await channel.start((m) => w.assistant.handle(m));
  const dispatcher = pushesOf(w, [channel]);
  const before = w.services.onQueued;
  w.services.onQueued = () => {
    before?.();
    dispatcher.wake();
  };
  dispatcher.start(50);
  return {
    ...started,
    channel,
    stop: async () => {
      await dispatcher.stop();
      await channel.stop();
    },
  };
}

/** The Telegram channel of a test world, long polling the fake Bot API (or on a webhook when given). */
export function pollingBot(
  w: World,
  api: FakeTelegram,
  webhook?: { webhookUrl: string; webhookSecret: string },
): Promise<RunningChannel> {
  const channel = telegramChannel({
    token: api.token,
    apiRoot: api.url,
    i18n: w.services.i18n,
    log,
    ...webhook,
  });
  return serveChannel(w, channel);
}

/** The Zalo channel of a test world, long polling the fake Bot API. */
export function pollingZalo(w: World, api: FakeZalo): Promise<RunningChannel> {
  const client = new ZaloClient({ token: api.token, apiRoot: api.url });
  return serveChannel(w, new ZaloChannel({ client, i18n: w.services.i18n, locale: "vi", log, pollTimeoutSec: 1 }));
}

/** The application's HTTP server with the given webhooks, on a free port of 127.0.0.1. */
export function serveWebhooks(routes: WebhookRoute[]): Promise<HttpServer> {
  return startHttpServer(createApp(routes, log), 0, log);
}
