import { autoRetry } from "@grammyjs/auto-retry";
import { limit } from "@grammyjs/ratelimiter";
import { sequentialize } from "@grammyjs/runner";
import type { I18nFlavor } from "@grammyjs/i18n";
import { Bot, GrammyError, InputFile, type Context } from "grammy";
import type { Assistant } from "../../core/assistant.js";
import { splitMessage } from "../../core/html.js";
import type { ChannelSender, Notifier } from "../../core/notifier.js";
import type { OutMessage, Reply } from "../../core/types.js";
import type { I18n } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { keyboard, TELEGRAM_MAX_TEXT, toIncoming } from "./translate.js";

/** The bot's typed context: grammY's, with the i18n plugin's `t`. */
export type BotContext = Context & I18nFlavor;

export interface TelegramOptions {
  token: string;
  apiRoot: string;
  assistant: Assistant;
  notifier: Notifier;
  i18n: I18n;
  log: Logger;
  ratePerMinute: number;
  /** Largest file fetched from Telegram (bots may download at most 20 MB). */
  maxDownloadBytes?: number;
}

const CAPTION_MAX = 1024;

async function sendTo(bot: Bot<BotContext>, chatId: string | number, message: OutMessage): Promise<void> {
  if (message.file) {
    const markup = keyboard(message.buttons);
    const fits = message.text.length <= CAPTION_MAX;
    if (!fits) await sendTo(bot, chatId, { text: message.text, ...(message.buttons ? { buttons: message.buttons } : {}) });
    const other = { ...(fits ? { caption: message.text, parse_mode: "HTML" as const, ...(markup ? { reply_markup: markup } : {}) } : {}) };
    const input = new InputFile(message.file.path, message.file.name);
    if (message.file.kind === "photo") await bot.api.sendPhoto(chatId, input, other);
    else await bot.api.sendDocument(chatId, input, other);
    return;
  }
  const parts = splitMessage(message.text, TELEGRAM_MAX_TEXT);
  for (const [i, part] of parts.entries()) {
    const markup = i === parts.length - 1 ? keyboard(message.buttons) : undefined;
    await bot.api.sendMessage(chatId, part, { parse_mode: "HTML", ...(markup ? { reply_markup: markup } : {}) });
  }
}

async function deliver(bot: Bot<BotContext>, ctx: BotContext, reply: Reply): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery(reply.toast ? { text: reply.toast.slice(0, 200) } : undefined).catch(() => undefined);
  const editable = reply.edit && ctx.callbackQuery?.message;
  for (const [i, message] of reply.messages.entries()) {
    const parts = splitMessage(message.text, TELEGRAM_MAX_TEXT);
    if (i === 0 && editable && parts.length === 1) {
      const markup = keyboard(message.buttons);
      try {
        await ctx.editMessageText(parts[0]!, { parse_mode: "HTML", ...(markup ? { reply_markup: markup } : {}) });
        continue;
      } catch (err) {
        if (err instanceof GrammyError && /not modified/.test(err.description)) continue;
        // The message is too old or gone: send a new one instead.
      }
    }
    await sendTo(bot, ctx.chat!.id, message);
  }
}

/**
 * The Telegram channel: grammY translates updates into the core's messages and
 * its replies back. Flood waits are retried (auto-retry), each user is rate
 * limited, and updates of one chat are handled in order (sequentialize).
 */
export function createTelegramBot(opts: TelegramOptions): { bot: Bot<BotContext>; sender: ChannelSender } {
  const bot = new Bot<BotContext>(opts.token, { client: { apiRoot: opts.apiRoot } });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  bot.use(opts.i18n.engine);
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  bot.use(
    limit({
      timeFrame: 60_000,
      limit: opts.ratePerMinute,
      keyGenerator: (ctx) => ctx.from?.id.toString(),
      onLimitExceeded: async (ctx) => {
        if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
        await ctx.reply(ctx.t("rate-limited")).catch(() => undefined);
      },
    }),
  );
  const maxBytes = opts.maxDownloadBytes ?? 20 * 1024 * 1024;
  const fetchFile = async (fileId: string): Promise<Uint8Array> => {
    const file = await bot.api.getFile(fileId);
    if (!file.file_path) throw new Error("no file_path");
    const res = await fetch(`${opts.apiRoot}/file/bot${opts.token}/${file.file_path}`);
    if (!res.ok) throw new Error(`download failed: ${res.status}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > maxBytes) throw new Error("file too large");
    return bytes;
  };
  bot.on(["message", "callback_query:data"], async (ctx) => {
    const incoming = toIncoming(ctx, bot.botInfo.username, fetchFile);
    if (!incoming) return;
    const reply = await opts.assistant.handle(incoming);
    await deliver(bot, ctx, reply);
    if (reply.notify.length) await opts.notifier.deliver(reply.notify);
  });
  bot.catch((err) => {
    opts.log.error({ err: String(err.error), update: err.ctx.update.update_id }, "telegram update failed");
    const chat = err.ctx.chat?.id;
    if (chat !== undefined) void bot.api.sendMessage(chat, opts.i18n.t("vi", "internal-error")).catch(() => undefined);
  });
  return { bot, sender: { send: (chatId, message) => sendTo(bot, chatId, message) } };
}

/** The command menu, in both languages. */
export async function registerCommands(bot: Bot<BotContext>, i18n: I18n): Promise<void> {
  const names = ["nhiemvu", "sapden", "quahan", "timkiem", "trogiup", "lang", "start"];
  for (const locale of ["vi", "en"] as const) {
    const commands = names.map((command) => ({ command, description: i18n.t(locale, `command-${command}`) }));
    await bot.api.setMyCommands(commands, locale === "vi" ? {} : { language_code: "en" });
  }
}
