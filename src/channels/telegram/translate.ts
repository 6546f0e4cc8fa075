import type { Context } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { LinkPreviewOptions } from "grammy/types";
import type { Button, Incoming } from "../../core/types.js";
import { clip } from "../../domain/text.js";

export const TELEGRAM_MAX_TEXT = 4096;
export const CAPTION_MAX = 1024;

// Links in our messages are mostly what officials submitted (often intranet
// addresses): a preview would make Telegram fetch them and clutter the chat.
export const NO_PREVIEW: LinkPreviewOptions = { is_disabled: true };

export function keyboard(buttons: Button[][] | undefined): InlineKeyboardMarkup | undefined {
  if (!buttons?.length) return undefined;
  return {
    inline_keyboard: buttons.map((row) => row.map((b) => ({ text: clip(b.label, 64), callback_data: b.data }))),
  };
}

/**
 * A Telegram update as the core's Incoming, or null when the bot should stay
 * quiet (group chatter that is neither a command nor addressed to the bot).
 */
export function toIncoming(
  ctx: Context,
  botUsername: string,
  fetchFile: (fileId: string) => Promise<Uint8Array>,
): Incoming | null {
  const from = ctx.from;
  const chat = ctx.chat;
  if (!from || !chat || from.is_bot) return null;
  const base = {
    channel: "telegram" as const,
    externalId: String(from.id),
    chatId: String(chat.id),
    displayName: [from.first_name, from.last_name].filter(Boolean).join(" ") || from.username || "",
    languageCode: from.language_code,
    buttons: true,
  };
  if (ctx.callbackQuery) return { ...base, callback: ctx.callbackQuery.data ?? "" };
  const message = ctx.message;
  if (!message) return null;
  const isPrivate = chat.type === "private";
  let text = message.text ?? message.caption;
  if (!isPrivate) {
    const mention = `@${botUsername}`.toLowerCase();
    const addressed =
      !!text &&
      (text.startsWith("/") ||
        text.toLowerCase().includes(mention) ||
        message.reply_to_message?.from?.username === botUsername);
    if (!addressed) return null;
    text = text!.replace(new RegExp(`@${botUsername}\\b`, "gi"), "").trim();
  }
  if (message.text !== undefined || (text && !message.document && !message.photo)) return { ...base, text: text ?? "" };
  if (message.document) {
    const id = message.document.file_id;
    return {
      ...base,
      text: message.caption,
      attachment: {
        kind: "document",
        fileName: message.document.file_name,
        mimeType: message.document.mime_type,
        size: message.document.file_size,
        download: () => fetchFile(id),
      },
    };
  }
  if (message.photo?.length) {
    const largest = message.photo.at(-1)!;
    return {
      ...base,
      text: message.caption,
      attachment: {
        kind: "photo",
        fileName: "anh.jpg",
        size: largest.file_size,
        download: () => fetchFile(largest.file_id),
      },
    };
  }
  if (message.sticker) return { ...base, attachment: { kind: "sticker" } };
  return { ...base, attachment: { kind: "other" } };
}
