import { type Api, GrammyError, HttpError, InputFile } from "grammy";
import type { SendResult } from "../../core/channel-port.js";
import { splitHtml } from "../../core/html.js";
import type { OutMessage } from "../../core/types.js";
import { CAPTION_MAX, keyboard, NO_PREVIEW, TELEGRAM_MAX_TEXT } from "./translate.js";

/** Telegram allows about one message a second to one chat: the parts of a long push are spaced. */
const PART_GAP_MS = 1100;

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Sends a file with the message as its caption when it fits; otherwise the text first, then the file. */
async function sendFile(api: Api, chatId: string | number, message: OutMessage, sleep: Sleep, gapMs: number) {
  const file = message.file!;
  const fits = message.text.length <= CAPTION_MAX;
  if (!fits) {
    await sendTo(api, chatId, { text: message.text, ...(message.buttons ? { buttons: message.buttons } : {}) });
    if (gapMs) await sleep(gapMs);
  }
  const markup = fits ? keyboard(message.buttons) : undefined;
  const other = fits
    ? { caption: message.text, parse_mode: "HTML" as const, ...(markup ? { reply_markup: markup } : {}) }
    : {};
  const input = new InputFile(file.path, file.name);
  if (file.kind === "photo") await api.sendPhoto(chatId, input, other);
  else await api.sendDocument(chatId, input, other);
}

/**
 * Sends one of our messages: split on its markup to Telegram's limit (buttons under the last part),
 * a file with its caption when it fits. `gapMs` spaces the parts (pushes, which no reply paces).
 */
export async function sendTo(
  api: Api,
  chatId: string | number,
  message: OutMessage,
  sleep: Sleep = realSleep,
  gapMs = 0,
): Promise<void> {
  if (message.file) return sendFile(api, chatId, message, sleep, gapMs);
  const parts = splitHtml(message.text, TELEGRAM_MAX_TEXT);
  for (const [i, part] of parts.entries()) {
    if (i > 0 && gapMs) await sleep(gapMs);
    const markup = i === parts.length - 1 ? keyboard(message.buttons) : undefined;
    await api.sendMessage(chatId, part, {
      parse_mode: "HTML",
      link_preview_options: NO_PREVIEW,
      ...(markup ? { reply_markup: markup } : {}),
    });
  }
}

/** What a failed Bot API call means for the dispatcher: pause (429), stop writing (403), retry, or give up. */
export function sendResultOf(err: unknown): SendResult {
  if (err instanceof GrammyError) {
    if (err.error_code === 429)
      return { ok: false, kind: "rate-limited", retryAfterSec: err.parameters.retry_after ?? 5 };
    if (err.error_code === 403) return { ok: false, kind: "blocked" };
    if (err.error_code >= 500) return { ok: false, kind: "transient", error: err.description };
    return { ok: false, kind: "permanent", error: `${err.error_code} ${err.description}` };
  }
  if (err instanceof HttpError) return { ok: false, kind: "transient", error: err.message };
  return { ok: false, kind: "transient", error: String(err) };
}

/**
 * A push, through a plain Api without auto-retry: the dispatcher paces sends
 * itself and must see 429s (to pause everyone) and 403s (to stop writing to
 * people who blocked the bot).
 */
export async function push(api: Api, chatId: string, message: OutMessage, sleep: Sleep): Promise<SendResult> {
  try {
    await sendTo(api, chatId, message, sleep, PART_GAP_MS);
    return { ok: true };
  } catch (err) {
    return sendResultOf(err);
  }
}
