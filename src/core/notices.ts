import { randomUUID } from "node:crypto";
import { enqueue, NO_SUBJECT, type OutboxInsert } from "../db/outbox-repo.js";
import { accountsOf } from "../db/user-repo.js";
import { isLocale, type I18n } from "../i18n.js";
import type { Services } from "./context.js";
import type { Notice, Words } from "./types.js";

/** The words of one language, for rendering something in its reader's language. */
export function wordsFor(i18n: I18n, locale: unknown): Words {
  const l = isLocale(locale) ? locale : "vi";
  return { t: (id, args) => i18n.t(l, id, args), plain: (id, args) => i18n.plain(l, id, args) };
}

/**
 * Queues messages for other people (a reviewer told of a submission, an
 * official of a decision) in the outbox, rendered in each reader's language
 * for each of their chat accounts. The dispatcher sends them like any push:
 * paced, with 429 pauses, retries and blocked accounts handled in one place.
 */
export async function queueNotices(services: Pick<Services, "db" | "i18n" | "clock">, notices: Notice[]) {
  const rows: OutboxInsert[] = [];
  const now = services.clock.now();
  for (const notice of notices) {
    const { locale, accounts } = await accountsOf(services.db, notice.userId, notice.accountId);
    const message = notice.render(wordsFor(services.i18n, locale));
    for (const a of accounts) {
      rows.push({
        dedupeKey: `notice:${randomUUID()}`,
        userId: notice.userId,
        accountId: a.id,
        channel: a.channel,
        chatId: a.chatId,
        kind: "notice",
        stage: "now",
        subject: `notice:${notice.userId}`,
        stageOrder: 0,
        ...NO_SUBJECT,
        text: message.text,
        buttons: JSON.stringify(message.buttons ?? []),
        file: message.file ? JSON.stringify(message.file) : null,
        hint: message.hint ?? null,
        sendAfter: now,
      });
    }
  }
  return enqueue(services.db, rows);
}
