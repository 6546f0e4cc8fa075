/**
 * Work queued per chat: one chat's updates run one after another, in the order
 * they were queued; different chats run side by side.
 */
export class ChatQueue {
  private readonly chains = new Map<string, Promise<void>>();

  constructor(private readonly onError: (err: unknown) => void) {}

  push(chat: string, work: () => Promise<void>): void {
    const next = (this.chains.get(chat) ?? Promise.resolve()).then(work);
    const settled = next.catch(this.onError);
    this.chains.set(chat, settled);
    void settled.finally(() => {
      if (this.chains.get(chat) === settled) this.chains.delete(chat);
    });
  }

  /** Waits until everything queued so far (and what it queued) has run. */
  async idle(): Promise<void> {
    while (this.chains.size) await Promise.all(this.chains.values());
  }
}
