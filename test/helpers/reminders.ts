import type { Button } from "../../src/core/types.js";
import type { OutboxSender, Pacer, SendResult } from "../../src/core/reminders/dispatcher.js";

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

/** Records pushes; `script` decides the outcome of each (default: delivered). */
export class RecordingSender implements OutboxSender {
  readonly pushes: { chatId: string; text: string; buttons: Button[][] }[] = [];
  script: (chatId: string, n: number) => SendResult = () => ({ ok: true });
  async push(chatId: string, text: string, buttons: Button[][]): Promise<SendResult> {
    const result = this.script(chatId, this.pushes.length);
    if (result.ok) this.pushes.push({ chatId, text, buttons });
    return result;
  }
}
