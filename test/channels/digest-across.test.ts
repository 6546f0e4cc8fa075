import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvite } from "../../src/db/invite-repo.js";
import { addDays } from "../../src/domain/calendar.js";
import { tick, type SchedulerDeps } from "../../src/scheduler/tick.js";
import { world, type World } from "../helpers/assistant.js";
import { consoleDriver, telegramDriver, zaloDriver, type Driver } from "../helpers/drivers.js";
import { FakeTelegram } from "../helpers/fake-telegram.js";
import { FakeZalo } from "../helpers/fake-zalo.js";
import { schedulerOf } from "../helpers/reminders.js";
import { pollingBot, pollingZalo, type RunningChannel } from "../helpers/telegram-bot.js";

// The first morning of a quarter for Sở Thông tin và Truyền thông, whose focal points read the bot on Telegram,
// on Zalo and in the console: one digest each, every item in it with its own controls.
let w: World;
let tg: FakeTelegram;
let zl: FakeZalo;
let running: RunningChannel[] = [];
let telegram: Driver;
let zalo: Driver;
let terminal: ReturnType<typeof consoleDriver>;
let deps: SchedulerDeps;
const TG_CHAT = 700001;
const ZL_CHAT = "700001";

/** Pushes on Telegram and Zalo since call `from`, as their readers see them. */
const tgPushes = (from: number) =>
  tg.calls
    .slice(from)
    .filter((c) => c.method === "sendMessage" && String(c.body.chat_id) === String(TG_CHAT))
    .map((c) => ({
      text: (c.body.text as string).replace(/<[^>]+>/g, ""),
      raw: c.body.text as string,
      markup: c.body.reply_markup,
    }));
const zlPushes = (from: number) => zl.texts(ZL_CHAT, from);

/** Every message due on the platforms has gone (their dispatchers run in the background, as in production). */
async function drained(): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const waiting = await w.db.client.outboxMessage.count({
      where: {
        channel: { in: ["telegram", "zalo"] },
        OR: [{ state: "pending", sendAfter: { lte: w.clock.now() } }, { state: "sending" }],
      },
    });
    if (waiting === 0 || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await Promise.all([tg.settle(), zl.settle()]);
}

/** The scheduler's ticks of a day (before work, at the digest time, midday, evening), each sent at once. */
async function day(date: string): Promise<void> {
  for (const hour of ["07:00", "08:00", "12:00", "19:00"]) {
    w.clock.set(`${date}T${hour}`);
    await tick(deps);
    await drained();
  }
}

beforeAll(async () => {
  w = await world("2024-03-25T07:00");
  tg = new FakeTelegram();
  zl = new FakeZalo();
  await Promise.all([tg.start(), zl.start()]);
  running = [await pollingBot(w, tg), await pollingZalo(w, zl)];
  telegram = telegramDriver(tg, 700000);
  zalo = zaloDriver(zl, 700000);
  terminal = consoleDriver(w.assistant, { digests: true });
  deps = schedulerOf(w);
  const code = async () => (await createInvite(w.db.client, "hcm.stttt", "focal", w.clock.now(), 14)).code;
  for (const d of [telegram, zalo, terminal]) expect(await d.say("1", `/start ${await code()}`)).toMatch(/Đã liên kết/);
  for (let d = "2024-03-25"; d < "2024-04-01"; d = addDays(d, 1)) await day(d);
}, 120_000);

afterAll(async () => {
  terminal?.close();
  for (const r of running) await r.stop();
  await Promise.all([tg?.stop(), zl?.stop()]);
  await w?.db.dispose();
});

type TgButton = { text: string; callback_data: string };
let morningButtons: TgButton[] = [];

/** Presses a button of a message on Telegram; the answer's text and buttons. */
async function pressTg(data: string): Promise<{ text: string; buttons: TgButton[] }> {
  await tg.settle();
  const from = tg.calls.length;
  tg.press(TG_CHAT, data);
  await tg.waitFor(() => tgPushes(from).length > 0);
  await tg.settle();
  const [answer] = tgPushes(from);
  return { text: answer!.text, buttons: (answer!.markup?.inline_keyboard ?? []).flat() };
}

describe("the morning after the first quarter's deadlines", () => {
  let tgFrom = 0;
  let zlFrom = 0;

  it("Sở TT&TT gets exactly one message on 1 April 2024 on Telegram, on Zalo and in the console", async () => {
    tgFrom = tg.calls.length;
    zlFrom = zl.calls.length;
    await day("2024-04-01");
    const [push, ...moreTg] = tgPushes(tgFrom);
    expect(moreTg).toEqual([]);
    expect(push!.text).toMatch(/Việc cần làm ngày 01\/04\/2024 \(9 việc\)/);
    expect(push!.text).toMatch(/Quá hạn[\s\S]*1\.10 .* — hạn 31\/03\/2024, quá hạn 1 ngày/);
    expect(push!.text).toMatch(/Bài viết quý I\/2024 — hạn 31\/03\/2024, quá hạn 1 ngày/);
    expect(push!.text).toMatch(/Quý II\/2024 đã bắt đầu/);
    // T-1 (Saturday) and T0 (Sunday) were moved to Monday: only the newest stage, never "còn 1 ngày".
    expect(push!.text).not.toMatch(/còn 1 ngày|hôm nay là hạn/);
    expect(push!.raw.length).toBeLessThanOrEqual(4096);
    morningButtons = push!.markup.inline_keyboard.flat();
    expect(morningButtons.map((b) => b.text)).toContain("1.10 · quá hạn 1 ngày");

    const [onZalo, ...moreZl] = zlPushes(zlFrom);
    expect(moreZl).toEqual([]);
    expect(onZalo!.length).toBeLessThanOrEqual(2000);
    expect(onZalo).toMatch(/Việc cần làm ngày 01\/04\/2024/);
    expect(onZalo).toMatch(/^ {2}\d+\) 1\.10 · quá hạn 1 ngày$/m);

    w.clock.set("2024-04-01T09:30");
    const first = await terminal.say("1", "xin chào");
    expect(first.match(/Việc cần làm ngày 01\/04\/2024/g)).toHaveLength(1);
    w.clock.set("2024-04-01T14:00");
    expect(await terminal.say("1", "xin chào")).not.toMatch(/Việc cần làm/);
  });

  it("each item keeps its controls: a number on Zalo, a button on Telegram, words in the console", async () => {
    w.clock.set("2024-04-01T10:00");
    // The number printed before the item in the morning's push picks it.
    const number = /^ {2}(\d+)\) 1\.10 · /m.exec(zlPushes(zlFrom)[0]!)![1]!;
    const card = await zalo.say("1", number);
    expect(card).toMatch(/1\.10 .* quá hạn 1 ngày/);
    expect(card).toMatch(/Nhắc lại sau 1 ngày[\s\S]*Tắt nhắc việc này[\s\S]*Xem nhiệm vụ[\s\S]*Báo cáo/);
    expect(await zalo.choose("1", /^Sau 3 ngày$/)).toMatch(/Đã hoãn 1\.10: .* ngày 04\/04\/2024/);

    expect(await telegram.say("1", "tắt nhắc")).toMatch(/Tắt nhắc việc nào\?/);
    expect(await telegram.choose("1", /^1\.12 · /)).toMatch(/Đã tắt nhắc cho nhiệm vụ này/);

    expect(await terminal.say("1", "hoãn lại 3 ngày")).toMatch(/Hoãn việc nào\?/);
    expect(await terminal.choose("1", /^1\.13 · /)).toMatch(/Đã hoãn 1\.13/);
    // Naming the item acts on it at once.
    expect(await terminal.say("1", "hoãn 7.4 sang tuần sau")).toMatch(/Đã hoãn 7\.4: .* ngày 08\/04\/2024/);
    // "Báo cáo" under an item of the morning's push starts the report on that task, straight at its content.
    const card516 = await pressTg(morningButtons.find((b) => /^5\.16 · /.test(b.text))!.callback_data);
    expect(card516.text).toMatch(/5\.16 .* quá hạn 1 ngày/);
    const report = await pressTg(card516.buttons.find((b) => b.text === "Báo cáo")!.callback_data);
    expect(report.text).toMatch(/5\.16/);
    expect(report.text).toMatch(/gửi nội dung|tệp|đường link/i);
    expect((await telegram.say("1", "hủy")).length).toBeGreaterThan(0);
  });

  it("a snoozed item comes back in the digest of its day, a muted one does not", async () => {
    tgFrom = tg.calls.length;
    zlFrom = zl.calls.length;
    await day("2024-04-02");
    await day("2024-04-03");
    expect(zlPushes(zlFrom)).toEqual([]);
    await day("2024-04-04");
    const [back, ...more] = zlPushes(zlFrom);
    expect(more).toEqual([]);
    expect(back).toMatch(/Việc cần làm ngày 04\/04\/2024 \(1 việc\)[\s\S]*1\.10 .* quá hạn 4 ngày/);
    expect(tgPushes(tgFrom)).toEqual([]);
    for (let d = "2024-04-05"; d <= "2024-04-08"; d = addDays(d, 1)) await day(d);
    const week = tgPushes(tgFrom).map((p) => p.text);
    expect(week).toHaveLength(1);
    expect(week[0]).toMatch(/Việc cần làm ngày 08\/04\/2024[\s\S]*1\.10 .* quá hạn 8 ngày/);
    expect(week[0]).not.toMatch(/1\.12 /);
  });
});
