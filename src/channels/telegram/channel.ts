import { Api } from "grammy";
import type { ChannelPort, MessageHandler } from "../../core/channel-port.js";
import type { I18n } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { createTelegramBot } from "./bot.js";
import { startTelegram, type RunOptions, type TelegramRuntime } from "./run.js";
import { push, realSleep, type Sleep } from "./send.js";
import { TELEGRAM_MAX_TEXT } from "./translate.js";

export interface TelegramChannelOptions extends Pick<RunOptions, "whileLeader" | "webhookUrl" | "webhookSecret"> {
  token: string;
  apiRoot: string;
  i18n: I18n;
  log: Logger;
  maxDownloadBytes?: number;
  /** Waits between the parts of a long push (injectable so tests need not wait). */
  sleep?: Sleep;
}

/** Telegram as a channel port: grammY receives (long polling or webhook) and answers; `send` pushes. */
export function telegramChannel(o: TelegramChannelOptions): ChannelPort {
  let handler: MessageHandler | null = null;
  const bot = createTelegramBot({
    token: o.token,
    apiRoot: o.apiRoot,
    i18n: o.i18n,
    log: o.log,
    ...(o.maxDownloadBytes ? { maxDownloadBytes: o.maxDownloadBytes } : {}),
    handle: (incoming) => {
      if (!handler) throw new Error("telegram channel not started");
      return handler(incoming);
    },
  });
  // Pushes go through a plain Api: the bot's own retries 429s, which the dispatcher must see.
  const pushApi = new Api(o.token, { apiRoot: o.apiRoot });
  let runtime: TelegramRuntime | null = null;
  return {
    name: "telegram",
    capabilities: { buttons: true, maxText: TELEGRAM_MAX_TEXT, paced: true },
    async start(onMessage) {
      handler = onMessage;
      runtime = await startTelegram(bot, { ...o, log: o.log, i18n: o.i18n });
      return { botUsername: runtime.username, ...(runtime.webhook ? { webhook: runtime.webhook } : {}) };
    },
    stop: async () => {
      await runtime?.stop();
      runtime = null;
    },
    send: (chatId, message) => push(pushApi, chatId, message, o.sleep ?? realSleep),
  };
}
