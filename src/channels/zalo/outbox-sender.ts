import { splitText, stripHtml } from "../../core/html.js";
import type { OutboxSender, SendResult } from "../../core/reminders/dispatcher.js";
import { ZALO_MAX_TEXT } from "./channel.js";
import { ZaloApiError, type ZaloClient } from "./client.js";

const PART_GAP_MS = 1100;

/**
 * Reminder pushes on Zalo. Without buttons, the snooze hint is written out
 * ("nhắc lại sau 3 ngày" works on the latest reminder); a push over Zalo's
 * 2,000 characters goes in parts, a second apart.
 */
export function zaloOutboxSender(
  client: ZaloClient,
  hint: string,
  sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)),
): OutboxSender {
  return {
    // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: merged into the channel port's send (issue 14).
    async push(chatId, text, buttons): Promise<SendResult> {
      const parts = splitText(`${stripHtml(text)}${buttons.length ? `\n${hint}` : ""}`, ZALO_MAX_TEXT);
      try {
        for (const [i, part] of parts.entries()) {
          if (i > 0) await sleep(PART_GAP_MS);
          await client.sendMessage(chatId, part);
        }
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
