import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Incoming } from "../../src/core/types.js";
import { createInvite } from "../../src/db/invite-repo.js";
import { Dispatcher } from "../../src/scheduler/dispatcher.js";
import { world, type World } from "../helpers/assistant.js";
import { FakePacer, RecordingSender } from "../helpers/reminders.js";

// One outbound path: what a reply says to other people (an access request to the admins, a review result to the
// submitter) is queued in the outbox and sent by the dispatcher, with its pacing and 429 handling.
let w: World;
beforeAll(async () => {
  w = await world("2024-03-20T09:00", ["adm"]);
});
afterAll(async () => w?.db.dispose());

const ask = async (who: string, input: Partial<Incoming>) => {
  const reply = await w.assistant.handle({
    channel: "telegram",
    externalId: who,
    chatId: who,
    buttons: true,
    ...input,
  });
  // A reply never carries other people's messages to its channel: they are in the outbox.
  expect(reply.notify).toEqual([]);
  return reply;
};
const button = (r: Awaited<ReturnType<typeof ask>>, data: RegExp) =>
  r.messages.flatMap((m) => m.buttons?.flat() ?? []).find((b) => data.test(b.data))!.data;

async function linked(who: string, agency: string, role: "focal" | "reviewer") {
  const invite = await createInvite(w.db.client, agency, role, w.clock.now(), 14);
  await ask(who, { text: `/start ${invite.code}` });
}

describe("messages for other people", () => {
  const sender = new RecordingSender();
  const pacer = new FakePacer();
  const sentAt: { chatId: string; at: number }[] = [];
  sender.script = (chatId) => {
    sentAt.push({ chatId, at: pacer.t });
    return { ok: true };
  };
  const dispatcher = () =>
    new Dispatcher({ db: w.db.client, clock: w.clock, channels: [sender], ratePerSecond: 30, pacer });

  it("an access request and a review result go through the outbox, paced per chat", async () => {
    await ask("adm", { text: "/start" });
    await linked("q1-focal", "hcm.q1", "focal");
    await linked("snv-rev", "hcm.snv", "reviewer");
    // Access request: queued for the admin, not sent by the reply's channel.
    await ask("newbie", { text: "xin chào" });
    const confirm = await ask("newbie", { text: "UBND Quận 3" });
    await ask("newbie", { callback: button(confirm, /^ra:/) });
    // A submission; the reviewer returns it with a comment.
    await ask("q1-focal", { text: "nộp bài" });
    await ask("q1-focal", { text: "Bài viết quý I/2024" });
    await ask("q1-focal", { text: "Bài viết về một cửa liên thông ở Quận 1, quý I năm 2024." });
    await ask("q1-focal", { text: "Bỏ qua" });
    await ask("q1-focal", { text: "Xác nhận nộp" });
    expect(await w.db.client.outboxMessage.count({ where: { kind: "notice", state: "pending" } })).toBe(2);
    await dispatcher().runOnce();
    const toAdmin = sender.pushes.find((p) => p.chatId === "adm")!;
    expect(toAdmin.text).toMatch(/Yêu cầu truy cập mới.*UBND Quận 3/s);
    const toReviewer = sender.pushes.find((p) => p.chatId === "snv-rev")!;
    expect(toReviewer.text).toMatch(/Bài nộp mới/);
    const ret = toReviewer.buttons.flat().find((b) => b.data.startsWith("rv:r"))!;
    await ask("snv-rev", { callback: ret.data });
    await ask("snv-rev", { text: "thiếu số liệu quý" });
    // The submitter hears of it three times over (two more notices queued by hand): one a second at most.
    await dispatcher().runOnce();
    const told = sender.pushes.filter((p) => p.chatId === "q1-focal");
    expect(told.at(-1)!.text).toMatch(/trả lại[\s\S]*thiếu số liệu quý/);
    const rows = await w.db.client.outboxMessage.findMany({ where: { chatId: "q1-focal", kind: "notice" } });
    for (const i of [1, 2])
      await w.db.client.outboxMessage.create({
        data: { ...rows[0]!, id: undefined, dedupeKey: `copy-${i}`, state: "pending", sendAfter: w.clock.now() },
      });
    const before = sentAt.length;
    await dispatcher().runOnce();
    const times = sentAt.slice(before).map((s) => s.at);
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1000);
  });

  it("a 429 on a notice pauses it and it is sent once the platform allows", async () => {
    const row = (await w.db.client.outboxMessage.findFirst({ where: { kind: "notice" } }))!;
    await w.db.client.outboxMessage.create({
      data: { ...row, id: undefined, dedupeKey: "limited", state: "pending", sendAfter: w.clock.now() },
    });
    sender.script = () => ({ ok: false, kind: "rate-limited", retryAfterSec: 7 });
    expect((await dispatcher().runOnce()).rateLimited).toBe(1);
    const held = await w.db.client.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "limited" } });
    expect(held).toMatchObject({ state: "pending", deferReason: "rate-limited" });
    expect(held.sendAfter.getTime()).toBe(w.clock.now().getTime() + 7000);
    sender.script = () => ({ ok: true });
    expect((await dispatcher().runOnce()).sent).toBe(0);
    w.clock.set("2024-03-20T09:00:08");
    expect((await dispatcher().runOnce()).sent).toBe(1);
  });
});
