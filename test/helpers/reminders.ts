import type { SendResult } from "../../src/core/channel-port.js";
import type { Button, ChannelName, OutMessage } from "../../src/core/types.js";
import type { Outlet, Pacer } from "../../src/scheduler/dispatcher.js";

/** Time for the dispatcher's pacing that moves only when it sleeps: no real waiting in tests. */
export class FakePacer implements Pacer {
  t = 0;
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.t += ms;
  }
}

/** A paced channel that records what it is sent; `script` decides the outcome of each (default: delivered). */
export class RecordingSender implements Outlet {
  readonly capabilities = { paced: true };
  readonly pushes: { chatId: string; text: string; buttons: Button[][]; message: OutMessage }[] = [];
  script: (chatId: string, n: number) => SendResult = () => ({ ok: true });
  constructor(readonly name: ChannelName = "telegram") {}
  async send(chatId: string, message: OutMessage): Promise<SendResult> {
    const result = this.script(chatId, this.pushes.length);
    if (result.ok) this.pushes.push({ chatId, text: message.text, buttons: message.buttons ?? [], message });
    return result;
  }
}
