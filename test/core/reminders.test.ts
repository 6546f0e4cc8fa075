import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dispatcher } from "../../src/scheduler/dispatcher.js";
import { reminderCheck } from "../../src/scheduler/relevance.js";
import { tick, type SchedulerDeps } from "../../src/scheduler/tick.js";
import { recordSubmission } from "../../src/core/submissions/service.js";
import { addDays } from "../../src/domain/calendar.js";
import { vietnamHolidays } from "../../src/domain/holidays.js";
import { defaultPolicy } from "../../src/domain/reminders.js";
import { isWorkingDay, localInstant, type WorkCalendar } from "../../src/domain/workcal.js";
import { world, type World } from "../helpers/assistant.js";
import { FakePacer, RecordingSender } from "../helpers/reminders.js";

const cal: WorkCalendar = {
  startMinute: 480,
  endMinute: 1020,
  weekdays: [1, 2, 3, 4, 5],
  holidays: vietnamHolidays([2024]),
};
const vn = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 16);

let w: World;
let deps: SchedulerDeps;
let sender: RecordingSender;
let dispatcher: Dispatcher;
const users: Record<string, number> = {};

async function person(
  key: string,
  agencyId: string,
  role: string,
  chatId: string,
  extra: Record<string, unknown> = {},
) {
  const u = await w.db.client.user.create({
    data: {
      displayName: key,
      agencyId,
      role,
      status: "active",
      ...extra,
      accounts: { create: { channel: "telegram", externalId: chatId, chatId } },
    },
  });
  users[key] = u.id;
  return u.id;
}

async function sentTo(chatId: string, kinds: string[]) {
  const rows = await w.db.client.outboxMessage.findMany({
    where: { chatId, state: "sent", kind: { in: kinds } },
    orderBy: [{ sentAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => [r.kind, r.stage, vn(r.sentAt!)]);
}

beforeAll(async () => {
  w = await world("2024-03-01T07:00");
  deps = {
    db: w.db.client,
    clock: w.clock,
    catalog: w.services.catalog,
    i18n: w.services.i18n,
    cal,
    policy: defaultPolicy,
  };
  sender = new RecordingSender();
  dispatcher = new Dispatcher({
    db: w.db.client,
    clock: w.clock,
    channels: [sender],
    ratePerSecond: 1000,
    pacer: new FakePacer(),
    check: reminderCheck(w.db.client, w.clock, cal),
  });
  await person("q1", "hcm.q1", "focal", "1001");
  await person("q3", "hcm.q3", "focal", "1003");
  await person("stp", "hcm.stp", "focal", "1007", { awayUntil: localInstant("2024-03-27", 0) });
  const standIn = await person("snv-deputy", "hcm.snv", "official", "1006");
  await person("snv", "hcm.snv", "focal", "1005", { awayUntil: localInstant("2024-03-29", 0), standInId: standIn });
  await person("reviewer", "hcm.snv", "reviewer", "1009");
  // Sa Đéc's posting rota: Phường 3 posts in March, Phường 4 in April (3.6 of section VII).
  await person("p3", "sadec.p3", "focal", "1010");
  await person("p4", "sadec.p4", "focal", "1011");
  const rota = await w.db.client.task.findFirstOrThrow({ where: { key: "VII/3.6", planId: { startsWith: "sadec" } } });
  // A simulated quarter: a few ticks a day, day and night, weekends included.
  for (let day = "2024-03-01"; day <= "2024-04-12"; day = addDays(day, 1)) {
    for (const hour of [6, 8, 12, 20]) {
      w.clock.set(`${day}T${String(hour).padStart(2, "0")}:00`);
      if (day === "2024-03-26" && hour === 12) {
        await recordSubmission(
          w.db.client,
          w.services.store,
          {
            agencyId: "hcm.q3",
            kind: "article",
            quarter: { year: 2024, quarter: 1 },
            content: { type: "text", body: "Bài viết quý I của Quận 3" },
            channel: "test",
          },
          w.clock.now(),
        );
      }
      if (day === "2024-03-20" && hour === 12) {
        await recordSubmission(
          w.db.client,
          w.services.store,
          {
            agencyId: "sadec.p3",
            kind: "report",
            quarter: { year: 2024, quarter: 1 },
            taskId: rota.id,
            occurrence: "2024-03-31",
            content: { type: "link", url: "https://sadec.dongthap.gov.vn/tin-cchc-thang-3" },
            channel: "test",
          },
          w.clock.now(),
        );
      }
      if (day === "2024-03-18" && hour === 12) {
        const t14 = await w.db.client.outboxMessage.findFirstOrThrow({
          where: { chatId: "1001", kind: "article", stage: "T-14", state: "sent" },
        });
        await w.assistant.handle({
          channel: "telegram",
          externalId: "1001",
          chatId: "1001",
          callback: `rm:s:${t14.id}:3`,
          buttons: true,
        });
      }
      await tick(deps, w.clock.now());
      await dispatcher.runOnce();
    }
  }
}, 120_000);

afterAll(async () => w.db.dispose());

describe("a quarter of reminders, simulated", () => {
  it("sends a non-submitter the article cycle in order, escalating when late", async () => {
    expect(await sentTo("1001", ["article", "escalation"])).toEqual([
      ["article", "T-14", "2024-03-18T08:00"],
      ["article", "T-14", "2024-03-21T12:00"], // snoozed at noon for 3 days: back once
      ["article", "T-7", "2024-03-25T08:00"],
      ["article", "T-3", "2024-03-28T08:00"],
      ["article", "T+1", "2024-04-01T08:00"],
      ["article", "open", "2024-04-01T08:00"],
      ["escalation", "escalate", "2024-04-08T08:00"],
    ]);
    // T-1 fell on a Saturday, was moved to Monday 1 April and superseded by T+1 there.
    const t1 = await w.db.client.outboxMessage.findFirstOrThrow({
      where: { chatId: "1001", stage: "T-1", kind: "article" },
    });
    expect(t1.state).toBe("cancelled");
  });

  it("stops once the agency has submitted", async () => {
    const q1Stages = (await sentTo("1003", ["article", "escalation"])).filter(
      ([, stage, at]) => at! < "2024-04-01" || stage !== "open",
    );
    expect(q1Stages).toEqual([
      ["article", "T-14", "2024-03-18T08:00"],
      ["article", "T-7", "2024-03-25T08:00"],
    ]);
  });

  it("pushes the posting rota to the unit whose month it is, and stops once it reports the month", async () => {
    const rotation = (chat: string) =>
      w.db.client.outboxMessage.findMany({ where: { chatId: chat, kind: "rotation" }, orderBy: { id: "asc" } });
    const p3 = await rotation("1010");
    // Reported on 20 March: the month-end push (26 March) is never sent.
    expect(p3.filter((r) => r.state === "sent").map((r) => r.stage)).toEqual(["month-start"]);
    expect(p3[0]!.text).toMatch(/Tháng 03\/2024[\s\S]*báo cáo 3\.6/);
    const p4 = await rotation("1011");
    expect(p4.map((r) => [r.stage, r.state, vn(r.sentAt!)])).toEqual([["month-start", "sent", "2024-04-01T08:00"]]);
  });

  it("only pushes within working hours on working days", async () => {
    const rows = await w.db.client.outboxMessage.findMany({ where: { state: "sent" } });
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      const at = vn(r.sentAt!);
      expect(isWorkingDay(cal, at.slice(0, 10)), at).toBe(true);
      expect(at.slice(11) >= "08:00" && at.slice(11) < "17:00", at).toBe(true);
    }
  });

  it("holds reminders for someone away and sends what still matters when they return", async () => {
    expect(await sentTo("1007", ["article"])).toEqual([
      ["article", "T-7", "2024-03-27T08:00"],
      ["article", "T-3", "2024-03-28T08:00"],
      ["article", "T+1", "2024-04-01T08:00"],
      ["article", "open", "2024-04-01T08:00"],
    ]);
  });

  it("gives a stand-in the pushes of someone away", async () => {
    const deputy = await w.db.client.outboxMessage.findMany({
      where: { chatId: "1006", kind: "article", state: "sent" },
      orderBy: { sentAt: "asc" },
    });
    expect(deputy.map((r) => r.stage)).toEqual(["T-14", "T-7", "T-3"]);
    expect(deputy[0]!.text).toMatch(/Nhắc thay cho snv/);
    expect((await sentTo("1005", ["article"])).map(([, s, at]) => [s, at])).toEqual([
      ["T+1", "2024-04-01T08:00"],
      ["open", "2024-04-01T08:00"],
    ]);
  });

  it("gives reviewers one digest a day, with the missing agencies and their focal points at the deadline", async () => {
    const digests = await w.db.client.outboxMessage.findMany({
      where: { chatId: "1009", state: "sent" },
      orderBy: { sentAt: "asc" },
    });
    expect(digests.every((d) => d.kind === "digest")).toBe(true);
    const deadline = digests.find((d) => vn(d.sentAt!).startsWith("2024-04-01"))!;
    expect(deadline.text).toMatch(/Hết hạn quý I\/2024.*45 đơn vị chưa gửi bài/);
    expect(deadline.text).toMatch(/UBND Quận 1 — q1/);
    expect(deadline.text).not.toMatch(/UBND Quận 3/);
    expect(digests.find((d) => vn(d.sentAt!).startsWith("2024-04-08"))!.text).toMatch(/Đơn vị trễ bài viết/);
  });

  it("pushes dated tasks at the configured offsets, with snooze and mute buttons", async () => {
    const task = await w.db.client.outboxMessage.findMany({
      where: { chatId: "1001", kind: "task", state: "sent", dueDate: "2024-03-31" },
      orderBy: { sentAt: "asc" },
    });
    expect([...new Set(task.map((r) => `${r.stage}@${vn(r.sentAt!)}`))]).toEqual(
      expect.arrayContaining(["T-14@2024-03-18T08:00", "T-7@2024-03-25T08:00", "T-3@2024-03-28T08:00"]),
    );
    const push = sender.pushes.find((p) => p.chatId === "1001" && /Nhiệm vụ/.test(p.text))!;
    expect(push.buttons.flat().map((b) => b.data)).toEqual([
      expect.stringMatching(/^rm:s:\d+:1$/),
      expect.stringMatching(/^rm:s:\d+:3$/),
      expect.stringMatching(/^rm:s:\d+:w$/),
      expect.stringMatching(/^rm:m:\d+$/),
    ]);
  });

  it("never sends one message twice", async () => {
    const keys = (
      await w.db.client.outboxMessage.findMany({ where: { state: "sent" }, select: { dedupeKey: true } })
    ).map((r) => r.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(sender.pushes.length).toBe(keys.length);
  });
});
