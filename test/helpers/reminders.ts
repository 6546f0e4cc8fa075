import type { SendResult } from "../../src/core/channel-port.js";
import type { Button, ChannelName, OutMessage } from "../../src/core/types.js";
import { defaultWorkCalendar } from "../../src/core/build.js";
import { defaultPolicy } from "../../src/domain/reminders.js";
import type { WorkCalendar } from "../../src/domain/workcal.js";
import { Dispatcher, type DispatcherOptions, type Outlet, type Pacer } from "../../src/scheduler/dispatcher.js";
import { reminderCheck, type PushRules } from "../../src/scheduler/relevance.js";
import type { SchedulerDeps } from "../../src/scheduler/tick.js";
import type { World } from "./assistant.js";

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

/** What a tick needs, from a test world (default: the assistant's own work calendar). */
export function schedulerOf(w: World, cal: WorkCalendar = defaultWorkCalendar()): SchedulerDeps {
  return {
    db: w.db.client,
    clock: w.clock,
    catalog: w.services.catalog,
    i18n: w.services.i18n,
    cal,
    policy: defaultPolicy,
  };
}

/** A dispatcher as production builds it (the relevance check composing digests), on the world's clock. */
export function pushesOf(
  w: World,
  channels: Outlet[],
  rules: PushRules = { cal: defaultWorkCalendar() },
  extra: Partial<DispatcherOptions> = {},
): Dispatcher {
  return new Dispatcher({
    db: w.db.client,
    clock: w.clock,
    channels,
    ratePerSecond: 30,
    check: reminderCheck(w.db.client, w.clock, rules, w.services.i18n),
    ...extra,
  });
}
