import { Api, GrammyError, HttpError } from "grammy";
import { splitHtml } from "../../core/html.js";
import type { OutboxSender, SendResult } from "../../core/reminders/dispatcher.js";
import { keyboard, NO_PREVIEW, TELEGRAM_MAX_TEXT } from "./translate.js";

/** Telegram allows about one message a second to one chat: the parts of a long push are spaced. */
const PART_GAP_MS = 1100;

/**
 * Pushes for the dispatcher. A plain Api without auto-retry: the dispatcher
 * paces sends itself and must see 429s (to pause everyone) and 403s (to stop
 * writing to people who blocked the bot). A push over Telegram's length is
 * split on its markup; its buttons go under the last part.
 */
export function telegramOutboxSender(
  token: string,
  apiRoot: string,
  sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)),
): OutboxSender {
  const api = new Api(token, { apiRoot });
  return {
    // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: merged into the channel port's send (issue 14).
    async push(chatId, text, buttons): Promise<SendResult> {
      const parts = splitHtml(text, TELEGRAM_MAX_TEXT);
      try {
        for (const [i, part] of parts.entries()) {
          if (i > 0) await sleep(PART_GAP_MS);
          const markup = i === parts.length - 1 ? keyboard(buttons) : undefined;
          await api.sendMessage(chatId, part, {
            parse_mode: "HTML",
            link_preview_options: NO_PREVIEW,
            ...(markup ? { reply_markup: markup } : {}),
          });
        }
        return { ok: true };
      } catch (err) {
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
    },
  };
}
