import { autoRetry } from "@grammyjs/auto-retry";
import type { I18nFlavor } from "@grammyjs/i18n";
import { sequentialize } from "@grammyjs/runner";
import { Bot, GrammyError, type Context } from "grammy";
import type { Update } from "grammy/types";
import type { MessageHandler } from "../../core/channel-port.js";
import { splitHtml } from "../../core/html.js";
import type { Reply } from "../../core/types.js";
import { clip } from "../../domain/text.js";
import type { I18n } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { sendTo } from "./send.js";
import { keyboard, NO_PREVIEW, TELEGRAM_MAX_TEXT, toIncoming } from "./translate.js";

/** The bot's typed context: grammY's, with the i18n plugin's `t`. */
export type BotContext = Context & I18nFlavor;

export interface TelegramOptions {
  token: string;
  apiRoot: string;
  /** Answers one message (the assistant's handle, given when the channel starts). */
  handle: MessageHandler;
  i18n: I18n;
  log: Logger;
  /** Largest file fetched from Telegram (bots may download at most 20 MB). */
  maxDownloadBytes?: number;
}

/**
 * Whether the message a button was pressed on is a file or photo: its text is a caption,
 * which editMessageText cannot change.
 */
function pressedOnMedia(ctx: BotContext): boolean {
  const m = ctx.callbackQuery?.message;
  return !!m && !("text" in m && m.text !== undefined);
}

/**
 * For a pressed button, the reply's first message in place of the one that carried it; true when done.
 * A file stays as it was (only its buttons go), and a message too old to edit gets a new one instead.
 */
async function editInPlace(ctx: BotContext, message: Reply["messages"][number]): Promise<boolean> {
  if (pressedOnMedia(ctx)) {
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
    return false;
  }
  const parts = splitHtml(message.text, TELEGRAM_MAX_TEXT);
  if (parts.length !== 1) return false;
  const markup = keyboard(message.buttons);
  try {
    await ctx.editMessageText(parts[0]!, {
      parse_mode: "HTML",
      link_preview_options: NO_PREVIEW,
      ...(markup ? { reply_markup: markup } : {}),
    });
    return true;
  } catch (err) {
    return err instanceof GrammyError && /not modified/.test(err.description);
  }
}

/** Renders the core's reply in the chat it answers. */
async function answer(ctx: BotContext, reply: Reply, log: Logger): Promise<void> {
  // Every button press is answered, or the user's client keeps spinning.
  if (ctx.callbackQuery)
    await ctx.answerCallbackQuery(reply.toast ? { text: clip(reply.toast, 200) } : undefined).catch(() => undefined);
  const chatId = ctx.chat!.id;
  for (const [i, message] of reply.messages.entries()) {
    const editable = i === 0 && reply.edit && ctx.callbackQuery?.message && !message.file;
    if (editable && (await editInPlace(ctx, message))) continue;
    await sendTo(ctx.api, chatId, message);
  }
  if (reply.menu && ctx.chat?.type === "private") {
    await ctx.api
      .setMyCommands(reply.menu, { scope: { type: "chat", chat_id: chatId } })
      .catch((err) => log.warn({ err: String(err) }, "command menu not set"));
  }
}

export interface TelegramBot {
  bot: Bot<BotContext>;
  /** Handles one update from the webhook; never throws (a failure gets the polite error reply). */
  handleUpdate(update: Update): Promise<void>;
}

/**
 * The Telegram channel: grammY translates updates into the core's messages and
 * its replies back. Flood waits are retried (auto-retry) and updates of one
 * chat are handled in order (sequentialize); the core limits each sender's rate.
 */
export function createTelegramBot(opts: TelegramOptions): TelegramBot {
  const bot = new Bot<BotContext>(opts.token, { client: { apiRoot: opts.apiRoot } });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  bot.use(opts.i18n.engine);
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
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
    await answer(ctx, await opts.handle(incoming), opts.log);
  });
  const failed = (err: unknown, update: Update) => {
    opts.log.error({ err: String(err), update: update?.update_id }, "telegram update failed");
    // The update may be malformed (that may be why it failed): read it defensively.
    const u = update as unknown as
      | {
          message?: { chat?: { id?: unknown } };
          callback_query?: { id?: unknown; message?: { chat?: { id?: unknown } } };
        }
      | undefined;
    const chatId = u?.message?.chat?.id ?? u?.callback_query?.message?.chat?.id;
    const chat = typeof chatId === "number" ? chatId : undefined;
    const query = typeof u?.callback_query?.id === "string" ? u.callback_query.id : undefined;
    if (query) void bot.api.answerCallbackQuery(query).catch(() => undefined);
    if (chat !== undefined) void bot.api.sendMessage(chat, opts.i18n.t("vi", "internal-error")).catch(() => undefined);
  };
  bot.catch((err) => failed(err.error, err.ctx.update));
  return {
    bot,
    handleUpdate: async (update) => {
      try {
        await bot.handleUpdate(update);
      } catch (err) {
        failed(err instanceof Error && "error" in err ? (err as { error: unknown }).error : err, update);
      }
    },
  };
}

/** The default command menu (what people who are not linked or are officials see), in both languages. */
export async function registerCommands(bot: Bot<BotContext>, i18n: I18n, names: string[]): Promise<void> {
  for (const locale of ["vi", "en"] as const) {
    const commands = names.map((command) => ({ command, description: i18n.plain(locale, `command-${command}`) }));
    await bot.api.setMyCommands(commands, locale === "vi" ? {} : { language_code: "en" });
  }
}
