import type { Db } from "../db/client.js";
import { accountsOf } from "../db/user-repo.js";
import type { Logger } from "../logger.js";
import type { ChannelName, OutMessage, Reply } from "./types.js";

/** How a channel delivers a message to a chat outside of a reply (notifications, reminders). */
export interface ChannelSender {
  send(chatId: string, message: OutMessage): Promise<void>;
}

/** Delivers messages addressed to users (not chats) through whichever channels they use. */
export class Notifier {
  private readonly senders = new Map<ChannelName, ChannelSender>();

  constructor(
    private readonly db: Db,
    private readonly log?: Logger,
  ) {}

  register(channel: ChannelName, sender: ChannelSender): void {
    this.senders.set(channel, sender);
  }

  async deliver(notify: Reply["notify"]): Promise<void> {
    for (const { userId, message } of notify) {
      const accounts = await accountsOf(this.db, userId);
      for (const a of accounts) {
        const sender = this.senders.get(a.channel as ChannelName);
        if (!sender) continue;
        try {
          await sender.send(a.chatId, message);
        } catch (err) {
          this.log?.warn({ err: String(err), userId, channel: a.channel }, "notification not delivered");
        }
      }
    }
  }
}
