import { createTelegramBot } from "../../src/channels/telegram/bot.js";
import { startTelegram, type TelegramRuntime } from "../../src/channels/telegram/run.js";
import type { Notifier } from "../../src/core/notifier.js";
import { createLogger } from "../../src/logger.js";
import type { World } from "./assistant.js";
import type { FakeTelegram } from "./fake-telegram.js";

/** The Telegram channel of a test world, long polling the fake Bot API, notifications routed through it. */
export async function pollingBot(w: World, api: FakeTelegram, notifier: Notifier, ratePerMinute = 1000): Promise<TelegramRuntime> {
  const log = createLogger("silent");
  const { bot, sender } = createTelegramBot({ token: api.token, apiRoot: api.url, assistant: w.assistant, notifier, i18n: w.services.i18n, log, ratePerMinute });
  notifier.register("telegram", sender);
  return startTelegram(bot, { port: 0, log, i18n: w.services.i18n });
}
