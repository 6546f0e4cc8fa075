import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDay } from "../../src/domain/intent.js";
import { enqueue } from "../../src/db/outbox-repo.js";
import { world, type World } from "../helpers/assistant.js";

let w: World;
let me = 0;
let colleague = 0;
const say = (text: string) =>
  w.assistant.handle({ channel: "telegram", externalId: "7001", chatId: "7001", text, buttons: true });
const press = (callback: string) =>
  w.assistant.handle({ channel: "telegram", externalId: "7001", chatId: "7001", callback, buttons: true });

beforeAll(async () => {
  w = await world("2024-03-04T09:00");
  me = (
    await w.db.client.user.create({
      data: {
        displayName: "Chị Lan",
        agencyId: "hcm.snv",
        role: "focal",
        status: "active",
        accounts: { create: { channel: "telegram", externalId: "7001", chatId: "7001" } },
      },
    })
  ).id;
  colleague = (
    await w.db.client.user.create({
      data: { displayName: "Anh Minh", agencyId: "hcm.snv", role: "official", status: "active" },
    })
  ).id;
  await w.db.client.user.create({
    data: { displayName: "Người ngoài", agencyId: "hcm.q1", role: "focal", status: "active" },
  });
});
afterAll(async () => w.db.dispose());

async function reminder(key: string, extra: Record<string, unknown> = {}) {
  const account = await w.db.client.chatAccount.findFirstOrThrow({ where: { externalId: "7001" } });
  await enqueue(w.db.client, [
    {
      dedupeKey: key,
      userId: me,
      accountId: account.id,
      channel: "telegram",
      chatId: "7001",
      kind: "task",
      stage: "T-7",
      subject: "task:1",
      stageOrder: 1,
      agencyId: "hcm.snv",
      taskId: 1,
      year: null,
      quarter: null,
      dueDate: "2024-03-31",
      text: "x",
      sendAfter: new Date(),
      ...extra,
    },
  ]);
  return w.db.client.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: key } });
}

describe("away and stand-in", () => {
  it("reads the return date; a date already past is reported, never moved to next year", () => {
    expect(resolveDay({ kind: "date", day: 15, month: 3 }, "2024-03-04")).toEqual({ date: "2024-03-15" });
    expect(resolveDay({ kind: "date", day: 15, month: 3, year: 2024 }, "2024-03-04")).toEqual({ date: "2024-03-15" });
    expect(resolveDay({ kind: "date", day: 5, month: 1 }, "2024-12-20")).toEqual({ past: "2024-01-05" });
    expect(resolveDay({ kind: "date", day: 1, month: 3 }, "2024-03-05")).toEqual({ past: "2024-03-01" });
    expect(resolveDay({ kind: "date", day: 31, month: 2 }, "2024-03-04")).toEqual({ invalid: true });
    expect(resolveDay({ kind: "weekday", day: 5 }, "2024-03-04")).toEqual({ date: "2024-03-08" });
  });

  it("'nghỉ phép đến 15/3' marks me away and offers colleagues of my agency as stand-ins", async () => {
    const r = await say("em nghỉ phép đến 15/3 ạ");
    expect(r.messages[0]!.text).toMatch(/trở lại ngày 15\/03\/2024/);
    const options = r.messages[0]!.buttons!.flat().map((b) => b.data);
    expect(options).toEqual([`rm:si:${colleague}`, "rm:si:0"]);
    expect((await w.db.client.user.findUniqueOrThrow({ where: { id: me } })).awayUntil?.toISOString()).toBe(
      "2024-03-14T17:00:00.000Z",
    );
    expect((await press(`rm:si:${colleague}`)).messages[0]!.text).toMatch(/Anh Minh sẽ nhận lời nhắc thay/);
    const outsider = await w.db.client.user.findFirstOrThrow({ where: { displayName: "Người ngoài" } });
    expect((await press(`rm:si:${outsider.id}`)).messages[0]!.text).toMatch(/không có quyền/);
  });

  it("'đã đi làm lại' ends it", async () => {
    expect((await say("em đã đi làm lại")).messages[0]!.text).toMatch(/Chào mừng bạn trở lại/);
    expect(await w.db.client.user.findUniqueOrThrow({ where: { id: me } })).toMatchObject({
      awayUntil: null,
      standInId: null,
    });
  });
});

describe("snooze and mute", () => {
  it("snoozes one reminder to the next working slot, once", async () => {
    const row = await reminder("prefs:1", { state: "sent", sentAt: new Date() });
    const r = await press(`rm:s:${row.id}:3`);
    expect(r.messages[0]!.text).toMatch(/Sẽ nhắc lại lúc 07\/03\/2024 09:00/);
    expect((await press(`rm:s:${row.id}:3`)).messages[0]!.text).toMatch(/đã được hẹn lại/);
    expect(await w.db.client.outboxMessage.count({ where: { dedupeKey: { startsWith: "prefs:1" } } })).toBe(2);
    expect((await say("nhắc lại sau 3 ngày")).messages[0]!.text).toMatch(/đã được hẹn lại|Sẽ nhắc lại/);
    const week = await reminder("prefs:week", { state: "sent", sentAt: new Date(Date.now() + 1000) });
    expect((await press(`rm:s:${week.id}:w`)).messages[0]!.text).toMatch(/11\/03\/2024 08:00/);
  });

  it("mutes a task: pending pushes about it are cancelled; /batnhac turns them back on", async () => {
    const pending = await reminder("prefs:pending", { stage: "T-3", stageOrder: 2 });
    const r = await press(`rm:m:${pending.id}`);
    expect(r.messages[0]!.text).toMatch(/Đã tắt nhắc cho nhiệm vụ này/);
    expect((await w.db.client.outboxMessage.findUniqueOrThrow({ where: { id: pending.id } })).state).toBe("cancelled");
    expect(await w.db.client.mute.count({ where: { userId: me } })).toBe(1);
    expect((await say("/batnhac")).messages[0]!.text).toMatch(/bật lại/);
    expect(await w.db.client.mute.count({ where: { userId: me } })).toBe(0);
  });

  it("refuses to snooze or mute someone else's reminder", async () => {
    const other = await w.db.client.outboxMessage.create({
      data: {
        dedupeKey: "other",
        userId: colleague,
        accountId: 1,
        channel: "telegram",
        chatId: "1",
        kind: "task",
        stage: "T-1",
        subject: "s",
        text: "x",
        sendAfter: new Date(),
      },
    });
    expect((await press(`rm:s:${other.id}:1`)).messages[0]!.text).toMatch(/không có quyền/);
    expect((await press(`rm:m:${other.id}`)).messages[0]!.text).toMatch(/không có quyền/);
  });
});
