import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultWorkCalendar } from "../../src/core/build.js";
import { composeDigest } from "../../src/core/digest/compose.js";
import { queueNotices } from "../../src/core/notices.js";
import { text } from "../../src/core/context.js";
import { groupOf, mergeItems, type DigestItem } from "../../src/domain/digest.js";
import { i18n } from "../../src/i18n.js";
import type { Dispatcher } from "../../src/scheduler/dispatcher.js";
import { tick, type SchedulerDeps } from "../../src/scheduler/tick.js";
import { world, type World } from "../helpers/assistant.js";
import { FakePacer, pushesOf, RecordingSender, schedulerOf } from "../helpers/reminders.js";

const item = (over: Partial<DigestItem>): DigestItem => ({
  id: "task:1:2024-03-31|hcm.q1",
  kind: "task",
  stage: "T-3",
  order: 2,
  due: "2024-03-31",
  code: "1.1",
  title: "Một nhiệm vụ",
  ...over,
});

describe("digest items", () => {
  it("keeps only the newest stage of an item, and a snooze mark", () => {
    const merged = mergeItems(
      [item({ stage: "T-1", order: 3 })],
      [item({ stage: "T+1", order: 5 }), item({ id: "b" })],
    );
    expect(merged.map((i) => `${i.id}:${i.stage}`)).toEqual(["task:1:2024-03-31|hcm.q1:T+1", "b:T-3"]);
    expect(mergeItems([item({ snoozed: true })], [item({ stage: "T+1", order: 5 })])[0]).toMatchObject({
      stage: "T+1",
      snoozed: true,
    });
  });

  it("groups by days left on the day it is read, the article, rota and reviewers' lines apart", () => {
    const on = (due: string) => groupOf(item({ due }), "2024-04-01");
    expect(["2024-03-31", "2024-04-01", "2024-04-04", "2024-04-08", "2024-04-15", "2024-05-01"].map(on)).toEqual([
      "overdue",
      "today",
      "d3",
      "d7",
      "d14",
      "later",
    ]);
    expect(groupOf(item({ kind: "article" }), "2024-04-01")).toBe("article");
    expect(groupOf(item({ kind: "escalation", stage: "review" }), "2024-04-01")).toBe("escalation");
  });

  it("fits the channel: the most urgent first, the rest behind 'xem thêm', every page under the limit", () => {
    const t = i18n();
    const w = { t: (id: string, a?: any) => t.t("vi", id, a), plain: (id: string, a?: any) => t.plain("vi", id, a) };
    const items = Array.from({ length: 30 }, (_, k) =>
      item({
        id: `i${k}`,
        code: `1.${k}`,
        title: "Nhiệm vụ có tên khá dài ".repeat(5),
        due: `2024-04-${String(k + 1).padStart(2, "0")}`,
      }),
    );
    const live = new Set(items.map((i) => i.id));
    const seen: string[] = [];
    let from = 0;
    for (let page = 0; page < 10; page++) {
      const m = composeDigest(w, { rowId: 7, items, live, day: "2024-04-05", maxText: 2000, from });
      if (!m) break;
      expect(m.text.length + m.buttons!.flat().reduce((n, b) => n + b.label.length + 8, 0)).toBeLessThanOrEqual(2000);
      seen.push(...[...m.text.matchAll(/<b>(1\.\d+)<\/b>/g)].map((x) => x[1]!));
      const more = m.buttons!.flat().find((b) => b.data.startsWith("dg:more:"));
      if (page === 0) {
        expect(m.text).toMatch(/^📋 <b>Việc cần làm ngày 05\/04\/2024<\/b> \(30 việc\)/);
        expect(m.text).toMatch(/<b>⛔ Quá hạn<\/b>\n• <b>1\.0<\/b>/);
        expect(m.text).toMatch(/Còn \d+ việc — gõ "xem thêm"\.$/);
      }
      if (!more) break;
      from = Number(more.data.split(":").at(-1));
    }
    expect(seen).toEqual(items.map((i) => i.code));
  });
});

describe("messages a day", () => {
  let w: World;
  let deps: SchedulerDeps;
  let sender: RecordingSender;
  let dispatcher: Dispatcher;
  let userId = 0;
  beforeAll(async () => {
    w = await world("2024-03-18T07:00");
    const cal = defaultWorkCalendar();
    deps = schedulerOf(w, cal);
    sender = new RecordingSender();
    dispatcher = pushesOf(w, [sender], { cal, dailyCap: 3 }, { ratePerSecond: 1000, pacer: new FakePacer() });
    const u = await w.db.client.user.create({
      data: {
        displayName: "q1",
        agencyId: "hcm.q1",
        role: "focal",
        status: "active",
        accounts: { create: { channel: "telegram", externalId: "9001", chatId: "9001" } },
      },
    });
    userId = u.id;
  });
  afterAll(async () => w.db.dispose());

  const notice = (n: number) =>
    queueNotices(w.services, [{ userId, render: () => text(`Thông báo số ${n}: bài của bạn đã được duyệt.`) }]);

  it("sends urgent notices at once, at most three a day with the digest; the rest join the next digest", async () => {
    w.clock.set("2024-03-18T08:00");
    await tick(deps);
    await dispatcher.runOnce();
    expect(sender.pushes).toHaveLength(1);
    expect(sender.pushes[0]!.text).toMatch(/Việc cần làm ngày 18\/03\/2024/);
    for (const n of [1, 2, 3]) {
      w.clock.set(`2024-03-18T1${n}:00`);
      await notice(n);
      await dispatcher.runOnce();
    }
    // The digest and two notices: the third waits.
    expect(sender.pushes.map((p) => p.text.slice(0, 16))).toHaveLength(3);
    const held = await w.db.client.outboxMessage.findFirstOrThrow({ where: { text: { contains: "số 3" } } });
    expect(held).toMatchObject({ state: "pending", deferReason: "daily-cap" });
    // No digest on the 19th (nothing new for Quận 1): it goes just after the digest time, on its own.
    w.clock.set("2024-03-19T08:00");
    await tick(deps);
    await dispatcher.runOnce();
    expect(sender.pushes).toHaveLength(3);
    w.clock.set("2024-03-19T08:01");
    await dispatcher.runOnce();
    expect(sender.pushes.slice(3).map((p) => p.text)).toEqual([expect.stringMatching(/^Thông báo số 3/)]);
    // Friday: three notices go, the fourth waits for Monday's digest and is in it — one message.
    for (const n of [4, 5, 6, 7]) {
      w.clock.set(`2024-03-22T1${n - 4}:00`);
      await notice(n);
      await dispatcher.runOnce();
    }
    expect(sender.pushes).toHaveLength(7);
    w.clock.set("2024-03-25T08:00");
    await tick(deps);
    w.clock.set("2024-03-25T08:05");
    await dispatcher.runOnce();
    const monday = sender.pushes.slice(7);
    expect(monday).toHaveLength(1);
    expect(monday[0]!.text).toMatch(/🔔 Thông báo<\/b>\n• Thông báo số 7: bài của bạn đã được duyệt\./);
    expect(monday[0]!.text).toMatch(/Bài viết quý I\/2024 — hạn 31\/03\/2024, còn 6 ngày/);
    const folded = await w.db.client.outboxMessage.findFirstOrThrow({ where: { text: { contains: "số 7" } } });
    expect(folded).toMatchObject({ state: "cancelled", lastError: expect.stringMatching(/^folded into digest #\d+$/) });
  });

  it("after days without ticks, catches up in one digest, not one per day missed", async () => {
    await w.db.client.user.create({
      data: {
        displayName: "q3",
        agencyId: "hcm.q3",
        role: "focal",
        status: "active",
        accounts: { create: { channel: "telegram", externalId: "9003", chatId: "9003" } },
      },
    });
    // The scheduler was down from Monday 25 to Thursday 28 March: T-7 on Monday, T-3 on Thursday.
    w.clock.set("2024-03-28T09:00");
    const r = await tick({ ...deps, catchUpDays: 4 });
    await dispatcher.runOnce();
    const q3 = sender.pushes.filter((p) => p.chatId === "9003");
    expect(q3).toHaveLength(1);
    expect(r.enqueued).toBe(2);
    expect(q3[0]!.text).toMatch(/Bài viết quý I\/2024 — hạn 31\/03\/2024, còn 3 ngày/);
    expect(q3[0]!.text.match(/Bài viết quý I\/2024/g)).toHaveLength(1);
    // Ticking again, or in a second process, adds nothing.
    expect((await tick({ ...deps, catchUpDays: 4 })).enqueued).toBe(0);
  });
});
