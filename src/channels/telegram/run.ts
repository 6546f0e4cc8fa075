import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Update } from "grammy/types";
import { z } from "zod";
import { STARTER_COMMANDS } from "../../core/commands.js";
import type { WebhookRoute } from "../../core/channel-port.js";
import type { I18n } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { ChatQueue } from "../chat-queue.js";
import { registerCommands, type TelegramBot } from "./bot.js";

export interface TelegramRuntime {
  username: string;
  /** In webhook mode: the route the application's HTTP server serves. */
  webhook?: WebhookRoute;
  stop(): Promise<void>;
}

export interface RunOptions {
  /** With several instances: polls only while this process holds the lease (see core/lease.ts). */
  whileLeader?: (start: () => Promise<void>, stop: () => Promise<void>) => { stop(): Promise<void> };
  webhookUrl?: string;
  webhookSecret?: string;
  log: Logger;
  i18n: I18n;
}

// Enough of an update to queue it; grammY reads the rest.
const updateShape = z.object({ update_id: z.number().int().nonnegative() }).passthrough();

/** Whose updates must stay in order: the chat, or the person for updates without one. */
function chatOf(u: Update): string {
  const chat = u.message?.chat.id ?? u.edited_message?.chat.id ?? u.callback_query?.message?.chat.id;
  return String(chat ?? u.callback_query?.from.id ?? u.my_chat_member?.chat.id ?? "other");
}

/** Starts receiving: long polling (grammY runner) by default, a webhook route when a URL is configured. */
export async function startTelegram(channel: TelegramBot, opts: RunOptions): Promise<TelegramRuntime> {
  const { bot } = channel;
  await bot.init();
  await registerCommands(bot, opts.i18n, STARTER_COMMANDS);
  const username = bot.botInfo.username;
  if (opts.webhookUrl) {
    const queue = new ChatQueue((err) => opts.log.error({ err: String(err) }, "telegram update failed"));
    const webhook: WebhookRoute = {
      name: "telegram",
      path: new URL(opts.webhookUrl).pathname,
      secretHeader: "x-telegram-bot-api-secret-token",
      secret: opts.webhookSecret ?? "",
      accept: (body) => {
        const parsed = updateShape.safeParse(body);
        if (!parsed.success) return false;
        const update = parsed.data as unknown as Update;
        // Answered 200 once queued: the update is ours, and a failure gets the polite error reply.
        queue.push(chatOf(update), () => channel.handleUpdate(update));
        return true;
      },
    };
    await bot.api.setWebhook(opts.webhookUrl, { secret_token: opts.webhookSecret, drop_pending_updates: false });
    opts.log.info({ path: webhook.path }, "telegram webhook registered");
    return { username, webhook, stop: () => queue.idle() };
  }
  let runner: RunnerHandle | null = null;
  const startPolling = async () => {
    await bot.api.deleteWebhook();
    // At most 16 updates in progress: one process answers ~800 a second either way, and the runner's default
    // (500 at once) held that many half-built replies (peak RSS 208–218 MB → 188–192 MB on the large data set).
    runner = run(bot, {
      runner: { fetch: { allowed_updates: ["message", "callback_query"] } },
      sink: { concurrency: 16 },
    });
    opts.log.info({ bot: username }, "telegram long polling");
  };
  const stopPolling = async () => {
    if (runner?.isRunning()) await runner.stop();
    runner = null;
  };
  if (opts.whileLeader) {
    const lease = opts.whileLeader(startPolling, stopPolling);
    return { username, stop: () => lease.stop() };
  }
  await startPolling();
  return { username, stop: stopPolling };
}
