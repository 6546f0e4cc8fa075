import { Api, GrammyError, HttpError } from "grammy";
import type { OutboxSender, SendResult } from "../../core/reminders/dispatcher.js";
import { keyboard } from "./translate.js";

/**
 * Pushes for the dispatcher. A plain Api without auto-retry: the dispatcher
 * paces sends itself and must see 429s (to pause everyone) and 403s (to stop
 * writing to people who blocked the bot).
 */
export function telegramOutboxSender(token: string, apiRoot: string): OutboxSender {
  const api = new Api(token, { apiRoot });
  return {
    async push(chatId, text, buttons): Promise<SendResult> {
      const markup = keyboard(buttons);
      try {
        await api.sendMessage(chatId, text, { parse_mode: "HTML", ...(markup ? { reply_markup: markup } : {}) });
        return { ok: true };
      } catch (err) {
        if (err instanceof GrammyError) {
          if (err.error_code === 429) return { ok: false, kind: "rate-limited", retryAfterSec: err.parameters.retry_after ?? 5 };
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
