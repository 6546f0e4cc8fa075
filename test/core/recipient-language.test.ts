import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tick } from "../../src/scheduler/tick.js";
import { createInvite } from "../../src/db/invite-repo.js";
import { vietnamHolidays } from "../../src/domain/holidays.js";
import { world, type World } from "../helpers/assistant.js";
import { FakePacer, pushesOf, RecordingSender, schedulerOf } from "../helpers/reminders.js";

// Whatever the sender's language, a message is written in its reader's.
let w: World;
beforeAll(async () => {
  w = await world("2024-03-18T09:00", ["en-admin"]);
});
afterAll(async () => w?.db.dispose());

const ask = (who: string, input: { text?: string; callback?: string }, languageCode = "vi") =>
  w.assistant.handle({ channel: "telegram", externalId: who, chatId: who, buttons: true, languageCode, ...input });

describe("notifications", () => {
  it("an English-speaking admin gets a Vietnamese official's access request in English, buttons too", async () => {
    await ask("en-admin", { text: "/start" }, "en");
    await ask("en-admin", { text: "/lang en" }, "en");
    await ask("vi-user", { text: "xin chào" });
    const asked = await ask("vi-user", { text: "UBND Quận 3" });
    const confirm = asked.messages[0]!.buttons!.flat().find((b) => b.data.startsWith("ra:"))!;
    const sent = await ask("vi-user", { callback: confirm.data });
    expect(sent.messages[0]!.text).toMatch(/Đã gửi yêu cầu/);
    // Queued in the outbox, in the reader's language, and sent by the dispatcher like every push.
    const sender = new RecordingSender();
    const pushes = pushesOf(w, [sender]);
    await pushes.runOnce();
    const toAdmin = sender.pushes.filter((p) => p.chatId === "en-admin");
    expect(toAdmin[0]!.text).toMatch(/New access request/);
    expect(toAdmin[0]!.buttons.flat().map((b) => b.label)).toEqual(["Approve", "Deny"]);
    // And the decision reaches the Vietnamese official in Vietnamese.
    await ask("en-admin", { callback: toAdmin[0]!.buttons[0]![0]!.data }, "en");
    sender.pushes.length = 0;
    await pushes.runOnce();
    expect(sender.pushes.find((p) => p.chatId === "vi-user")!.text).toMatch(/đã được duyệt/);
  });
});

describe("reminders", () => {
  it("the digest, its items and their controls in the recipient's language, composed when sent", async () => {
    const vi = await createInvite(w.db.client, "hcm.q1", "focal", w.clock.now(), 14);
    const en = await createInvite(w.db.client, "hcm.q1", "focal", w.clock.now(), 14);
    await ask("q1-vi", { text: `/start ${vi.code}` });
    await ask("q1-en", { text: `/start ${en.code}` }, "en");
    await ask("q1-en", { text: "/lang en" }, "en");
    const cal = { startMinute: 480, endMinute: 1020, weekdays: [1, 2, 3, 4, 5], holidays: vietnamHolidays([2024]) };
    await tick(schedulerOf(w, cal));
    const sender = new RecordingSender();
    await pushesOf(w, [sender], { cal }, { ratePerSecond: 1000, pacer: new FakePacer() }).runOnce();
    const to = (chat: string) => sender.pushes.filter((p) => p.chatId === chat);
    // One digest each, composed when sent in its reader's language.
    expect(to("q1-en")).toHaveLength(1);
    expect(to("q1-vi")).toHaveLength(1);
    const [push] = to("q1-en");
    expect(push!.text).toMatch(/To do on 18\/03\/2024/);
    expect(push!.text).not.toMatch(/Việc cần làm|hạn nộp|quá hạn|còn \d+ ngày/);
    expect(push!.buttons.flat()[0]!.label).toMatch(/days left|due today|overdue/);
    expect(to("q1-vi")[0]!.text).toMatch(/Việc cần làm ngày 18\/03\/2024/);
    // An item's card, and its controls, in English too; they point at the digest's own row.
    const row = await w.db.client.outboxMessage.findFirstOrThrow({ where: { chatId: "q1-en", kind: "digest" } });
    const item = push!.buttons.flat()[0]!.data;
    expect(item).toMatch(new RegExp(`^dg:i:${row.id}:\\d+$`));
    const card = await ask("q1-en", { callback: item }, "en");
    expect(card.messages[0]!.buttons!.flat().map((b) => b.label)).toEqual(
      expect.arrayContaining(["Remind me tomorrow", "In 3 days", "Next week", "Stop reminding this"]),
    );
  });
});
