import type { Db } from "../db/client.js";
import { accountsOf } from "../db/user-repo.js";
import { isLocale, type I18n } from "../i18n.js";
import type { Logger } from "../logger.js";
import type { ChannelName, Notice, OutMessage, Words } from "./types.js";

/** How a channel delivers a message to a chat outside of a reply (notifications, reminders). */
export interface ChannelSender {
  send(chatId: string, message: OutMessage): Promise<void>;
}

/** The words of one language, for rendering something in its reader's language. */
export function wordsFor(i18n: I18n, locale: unknown): Words {
  const l = isLocale(locale) ? locale : "vi";
  return { t: (id, args) => i18n.t(l, id, args), plain: (id, args) => i18n.plain(l, id, args) };
}

/** Delivers messages addressed to users (not chats) through whichever channels they use, in their language. */
export class Notifier {
  private readonly senders = new Map<ChannelName, ChannelSender>();

  constructor(
    private readonly db: Db,
    private readonly i18n: I18n,
    private readonly log?: Logger,
  ) {}

  register(channel: ChannelName, sender: ChannelSender): void {
    this.senders.set(channel, sender);
  }

  async deliver(notices: Notice[]): Promise<void> {
    for (const notice of notices) {
      const { locale, accounts } = await accountsOf(this.db, notice.userId, notice.accountId);
      const message = notice.render(wordsFor(this.i18n, locale));
      for (const a of accounts) {
        const sender = this.senders.get(a.channel as ChannelName);
        if (!sender) continue;
        try {
          await sender.send(a.chatId, message);
        } catch (err) {
          this.log?.warn({ err: String(err), userId: notice.userId, channel: a.channel }, "notification not delivered");
        }
      }
    }
  }
}
