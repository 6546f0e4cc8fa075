// One dispatcher process: sends the outbox of DATABASE_URL through the Telegram
// Bot API at TELEGRAM_API_ROOT until nothing is left. Used to prove that several
// instances deliver a wave once each (test/channels/multi-instance.test.ts).
// --kill-after N kills the process (SIGKILL) just before its (N+1)th send,
// holding claimed rows it never sent.
import { telegramChannel } from "../src/channels/telegram/channel.js";
import { Dispatcher, type Outlet } from "../src/scheduler/dispatcher.js";
import { i18n } from "../src/i18n.js";
import { createLogger } from "../src/logger.js";
import { openDatabase } from "../src/db/client.js";
import { systemClock } from "../src/domain/clock.js";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const killAfter = arg("kill-after") ? Number(arg("kill-after")) : Infinity;
const db = await openDatabase(process.env.DATABASE_URL!);
const real = telegramChannel({
  token: process.env.TELEGRAM_BOT_TOKEN!,
  apiRoot: process.env.TELEGRAM_API_ROOT!,
  i18n: i18n(),
  log: createLogger("silent"),
});
let sent = 0;
const sender: Outlet = {
  name: "telegram",
  capabilities: real.capabilities,
  async send(chatId, message) {
    if (sent >= killAfter) process.kill(process.pid, "SIGKILL");
    const r = await real.send(chatId, message);
    if (r.ok) sent++;
    return r;
  },
};
const dispatcher = new Dispatcher({
  db: db.client,
  clock: systemClock,
  channels: [sender],
  ratePerSecond: Number(process.env.RATE ?? 100),
  batch: 50,
  leaseMs: Number(process.env.LEASE_MS ?? 2000),
  maxInFlight: 1,
});
const deadline = Date.now() + 60_000;
while (Date.now() < deadline) {
  await dispatcher.runOnce();
  const left = await db.client.outboxMessage.count({ where: { state: { in: ["pending", "sending"] } } });
  if (left === 0) break;
  await new Promise((r) => setTimeout(r, 100));
}
console.log(JSON.stringify({ pid: process.pid, sent }));
await db.close();
