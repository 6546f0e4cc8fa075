import type { OutboxSender, SendResult } from "../../core/reminders/dispatcher.js";
import { stripHtml } from "../../core/html.js";
import { ZALO_MAX_TEXT } from "./channel.js";
import { ZaloApiError, type ZaloClient } from "./client.js";

/**
 * Reminder pushes on Zalo. Without buttons, the snooze hint is written out
 * ("nhắc lại sau 3 ngày" works on the latest reminder).
 */
export function zaloOutboxSender(client: ZaloClient, hint: string): OutboxSender {
  return {
    async push(chatId, text, buttons): Promise<SendResult> {
      const body = `${stripHtml(text)}${buttons.length ? `\n${hint}` : ""}`.slice(0, ZALO_MAX_TEXT);
      try {
        await client.sendMessage(chatId, body);
        return { ok: true };
      } catch (err) {
        if (err instanceof ZaloApiError) {
          if (err.errorCode === 429) return { ok: false, kind: "rate-limited", retryAfterSec: err.retryAfter ?? 5 };
          if (err.errorCode === 403) return { ok: false, kind: "blocked" };
          if (err.errorCode === 0 || err.errorCode >= 500) return { ok: false, kind: "transient", error: err.message };
          return { ok: false, kind: "permanent", error: err.message };
        }
        return { ok: false, kind: "transient", error: String(err) };
      }
    },
  };
}
