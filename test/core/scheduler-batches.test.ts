import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tick, type SchedulerDeps } from "../../src/scheduler/tick.js";
import { vietnamHolidays } from "../../src/domain/holidays.js";
import type { WorkCalendar } from "../../src/domain/workcal.js";
import { world, type World } from "../helpers/assistant.js";
import { schedulerOf } from "../helpers/reminders.js";

// A tick plans and enqueues a batch of agencies at a time (to bound its
// memory); how it is cut must not change what is sent, and ticks running
// at once in several processes must not enqueue anything twice.
const cal: WorkCalendar = {
  startMinute: 480,
  endMinute: 1020,
  weekdays: [1, 2, 3, 4, 5],
  holidays: vietnamHolidays([2024]),
};

let w: World;
let deps: SchedulerDeps;
beforeAll(async () => {
  w = await world("2024-04-01T09:00");
  deps = schedulerOf(w, cal);
  // A focal point in every HCMC department and district, and one with two chat apps.
  const agencies = await w.db.client.agency.findMany({
    where: { jurisdiction: "hcm", kind: { in: ["department", "district"] } },
    select: { id: true },
  });
  let chat = 5000;
  for (const a of agencies) {
    const accounts = [{ channel: "telegram", externalId: String(chat), chatId: String(chat++) }];
    if (a.id === "hcm.q1") accounts.push({ channel: "zalo", externalId: `z${chat}`, chatId: `z${chat++}` });
    await w.db.client.user.create({
      data: {
        displayName: `focal ${a.id}`,
        agencyId: a.id,
        role: "focal",
        status: "active",
        accounts: { create: accounts },
      },
    });
  }
}, 60_000);
afterAll(async () => w.db.dispose());

const outbox = async () =>
  (
    await w.db.client.outboxMessage.findMany({
      select: { dedupeKey: true, chatId: true, items: true, sendAfter: true },
      orderBy: { dedupeKey: "asc" },
    })
  ).map((r) => ({
    ...r,
    // Ticks at once merge into the same digest in their own order: the same items, whatever the order.
    items: (JSON.parse(r.items!) as { id: string }[]).sort((x, y) => x.id.localeCompare(y.id)),
    sendAfter: r.sendAfter.toISOString(),
  }));

describe("scheduler batches", () => {
  it("enqueues the same messages whatever the batch size, once even when ticks overlap", async () => {
    const whole = await tick({ ...deps, agenciesPerBatch: 1000 });
    // One digest per chat account: 46 focal points, one of them on two chat apps.
    expect(whole.enqueued).toBe(47);
    expect(whole.items).toBeGreaterThan(whole.enqueued * 3);
    const expected = await outbox();
    expect(new Set(expected.map((r) => r.dedupeKey)).size).toBe(expected.length);
    expect(new Set(expected.map((r) => r.chatId)).size).toBe(expected.length);
    await w.db.client.outboxMessage.deleteMany();

    const [a, b, c] = await Promise.all([
      tick({ ...deps, agenciesPerBatch: 3 }),
      tick({ ...deps, agenciesPerBatch: 7 }),
      tick({ ...deps, agenciesPerBatch: 1 }),
    ]);
    expect(a.planned).toBe(whole.planned);
    const got = await outbox();
    expect(got).toEqual(expected);
    expect(a.enqueued + b.enqueued + c.enqueued).toBe(whole.enqueued);
    expect((await tick({ ...deps, agenciesPerBatch: 5 })).enqueued).toBe(0);
  }, 60_000);
});
