import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dispatcher } from "../../src/scheduler/dispatcher.js";
import { tick, type SchedulerDeps } from "../../src/scheduler/tick.js";
import { recordSubmission } from "../../src/core/submissions/service.js";
import { addDays } from "../../src/domain/calendar.js";
import { vietnamHolidays } from "../../src/domain/holidays.js";
import { isWorkingDay, localInstant, type WorkCalendar } from "../../src/domain/workcal.js";
import { world, type World } from "../helpers/assistant.js";
import { FakePacer, pushesOf, RecordingSender, schedulerOf } from "../helpers/reminders.js";

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

/** What each chat was sent, and when (the tick's time: the dispatcher runs right after it). */
const sent: { chat: string; at: string; text: string; push: RecordingSender["pushes"][number] }[] = [];
const to = (chat: string) => sent.filter((s) => s.chat === chat);
const on = (chat: string, day: string) => to(chat).filter((s) => s.at.startsWith(day));
const days = (chat: string, pattern: RegExp) =>
  to(chat)
    .filter((s) => pattern.test(s.text))
    .map((s) => s.at.slice(0, 10));

beforeAll(async () => {
  w = await world("2024-03-01T07:00");
  deps = schedulerOf(w, cal);
  sender = new RecordingSender();
  dispatcher = pushesOf(w, [sender], { cal }, { ratePerSecond: 1000, pacer: new FakePacer() });
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
        // Quận 1 snoozes the article from its digest for three days.
        const digest = await w.db.client.outboxMessage.findFirstOrThrow({
          where: { chatId: "1001", kind: "digest", state: "sent", dueDate: "2024-03-18" },
        });
        const index = JSON.parse(digest.items!).findIndex((i: { kind: string }) => i.kind === "article");
        await w.assistant.handle({
          channel: "telegram",
          externalId: "1001",
          chatId: "1001",
          callback: `dg:s:${digest.id}:${index}:3`,
          buttons: true,
        });
      }
      await tick(deps, w.clock.now());
      const before = sender.pushes.length;
      await dispatcher.runOnce();
      for (const p of sender.pushes.slice(before))
        sent.push({ chat: p.chatId, at: vn(w.clock.now()), text: p.text, push: p });
    }
  }
}, 120_000);

afterAll(async () => w.db.dispose());

describe("a quarter of reminders, simulated: one digest a person a working day", () => {
  it("sends each person at most one message a day, at 08:00 on working days", () => {
    expect(sent.length).toBeGreaterThan(40);
    const perDay = new Map<string, number>();
    for (const s of sent)
      perDay.set(`${s.chat}|${s.at.slice(0, 10)}`, (perDay.get(`${s.chat}|${s.at.slice(0, 10)}`) ?? 0) + 1);
    expect([...perDay.values()].every((n) => n === 1)).toBe(true);
    for (const s of sent) {
      expect(isWorkingDay(cal, s.at.slice(0, 10)), s.at).toBe(true);
      expect(s.at.slice(11) >= "08:00" && s.at.slice(11) < "17:00", s.at).toBe(true);
    }
  });

  it("lists a non-submitter's article in its digests, snoozed once, and only the newest stage", () => {
    const article = /Bài viết quý I\/2024/;
    // T-14 on 18 March; snoozed at noon for three days: not on 19 and 20, back on 21; then T-7, T-3, T+1.
    expect(days("1001", article)).toEqual(["2024-03-18", "2024-03-21", "2024-03-25", "2024-03-28", "2024-04-01"]);
    const april = on("1001", "2024-04-01");
    expect(april).toHaveLength(1);
    expect(april[0]!.text).toMatch(/Bài viết quý I\/2024 — hạn 31\/03\/2024, quá hạn 1 ngày/);
    expect(april[0]!.text).toMatch(/Quý II\/2024 đã bắt đầu/);
    // T-1 fell on Saturday 30 March: moved to Monday, where only the newest stage (T+1) is listed.
    expect(april[0]!.text).not.toMatch(/còn 1 ngày/);
    // No leader linked: the escalation comes to the focal point, in the article group.
    expect(on("1001", "2024-04-08")[0]!.text).toMatch(/UBND Quận 1 chưa gửi bài viết quý I\/2024 — quá hạn 8 ngày/);
  });

  it("stops listing the article once the agency has submitted", () => {
    expect(days("1003", /Bài viết quý I\/2024/)).toEqual(["2024-03-18", "2024-03-25"]);
  });

  it("lists the posting rota for the unit whose month it is, until it reports the month", () => {
    expect(days("1010", /Tháng 03\/2024/)).toEqual(["2024-03-01"]);
    expect(on("1010", "2024-03-01")[0]!.text).toMatch(/Lịch đăng tin[\s\S]*báo cáo 3\.6/);
    expect(days("1011", /Tháng 04\/2024/)).toEqual(["2024-04-01"]);
  });

  it("holds the digest of someone away and gives them what still matters when they return", () => {
    expect(to("1007").every((s) => s.at >= "2024-03-27")).toBe(true);
    expect(on("1007", "2024-03-27")[0]!.text).toMatch(/Bài viết quý I\/2024 — hạn 31\/03\/2024, còn 4 ngày/);
  });

  it("gives a stand-in the items of someone away", () => {
    const deputy = to("1006").filter((s) => /nhắc thay snv/.test(s.text));
    expect(deputy.map((s) => s.at.slice(0, 10))).toEqual(
      expect.arrayContaining(["2024-03-18", "2024-03-25", "2024-03-28"]),
    );
    expect(to("1005").every((s) => s.at >= "2024-03-29")).toBe(true);
    expect(on("1005", "2024-04-01")[0]!.text).toMatch(/Bài viết quý I\/2024.*quá hạn 1 ngày/);
  });

  it("gives reviewers one digest a day, with the missing agencies and their focal points at the deadline", () => {
    const deadline = on("1009", "2024-04-01");
    expect(deadline).toHaveLength(1);
    expect(deadline[0]!.text).toMatch(/Đơn vị chưa gửi bài viết của quý vừa hết hạn/);
    expect(deadline[0]!.text).toMatch(/UBND Quận 1 \(quý I\/2024\) — q1/);
    expect(deadline[0]!.text).not.toMatch(/UBND Quận 3/);
    expect(deadline[0]!.text.length).toBeLessThanOrEqual(4096);
    expect(on("1009", "2024-04-08")[0]!.text).toMatch(/Đơn vị trễ bài viết/);
  });

  it("lists dated tasks by urgency, each with its button", () => {
    const first = on("1001", "2024-03-18")[0]!;
    expect(first.text).toMatch(/Trong 14 ngày tới/);
    const buttons = first.push.buttons.flat().map((b) => b.data);
    expect(buttons.length).toBeGreaterThan(1);
    expect(buttons.every((d) => /^dg:(i|more):\d+:\d+$/.test(d))).toBe(true);
    for (const s of sent) expect(s.text.length, s.at).toBeLessThanOrEqual(4096);
  });

  it("never sends one message twice", async () => {
    const keys = (
      await w.db.client.outboxMessage.findMany({ where: { state: "sent" }, select: { dedupeKey: true } })
    ).map((r) => r.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(sender.pushes.length).toBe(keys.length);
  });
});
