import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline/parse.js";
import { vietnamHolidays } from "../../src/domain/holidays.js";
import { defaultPolicy, planArticleCycle, planRotation, planTaskReminders } from "../../src/domain/reminders.js";
import {
  isWorkingDay,
  isoWeekday,
  localInstant,
  nextSlot,
  slotOn,
  type WorkCalendar,
} from "../../src/domain/workcal.js";

const cal: WorkCalendar = {
  startMinute: 8 * 60,
  endMinute: 17 * 60,
  weekdays: [1, 2, 3, 4, 5],
  holidays: vietnamHolidays([2024, 2025]),
};
const vn = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 16);

describe("working calendar", () => {
  it("knows weekdays, weekends and holidays", () => {
    expect(isoWeekday("2024-03-18")).toBe(1);
    expect(isoWeekday("2024-03-17")).toBe(7);
    expect(isWorkingDay(cal, "2024-03-15")).toBe(true);
    expect(isWorkingDay(cal, "2024-03-16")).toBe(false);
    expect(isWorkingDay(cal, "2024-04-30")).toBe(false);
    expect(isWorkingDay(cal, "2024-02-12")).toBe(false); // Tết 2024
    expect(isWorkingDay(cal, "2024-09-03")).toBe(false);
  });

  it("moves times outside working hours to the next slot, never drops them", () => {
    expect(vn(nextSlot(cal, localInstant("2024-03-18", 10 * 60)))).toBe("2024-03-18T10:00");
    expect(vn(nextSlot(cal, localInstant("2024-03-18", 6 * 60)))).toBe("2024-03-18T08:00");
    expect(vn(nextSlot(cal, localInstant("2024-03-18", 17 * 60)))).toBe("2024-03-19T08:00");
    expect(vn(nextSlot(cal, localInstant("2024-03-16", 9 * 60)))).toBe("2024-03-18T08:00");
    expect(vn(slotOn(cal, "2024-04-30"))).toBe("2024-05-02T08:00");
    expect(vn(slotOn(cal, "2024-02-08"))).toBe("2024-02-15T08:00");
  });
});

describe("planning reminders", () => {
  const from = localInstant("2024-01-01", 0);
  const to = localInstant("2024-12-31", 1439);

  it("pushes a dated task at the configured offsets, on the day and when overdue", () => {
    const planned = planTaskReminders(
      [
        {
          taskId: 1,
          code: "1.4.2",
          deadline: parseDeadline("Hoàn thành trong tháng 10 năm 2024", { year: 2024 }),
          agencyIds: ["a"],
        },
      ],
      from,
      to,
      cal,
    );
    expect(planned.map((r) => [r.stage, vn(r.at)])).toEqual([
      ["T-14", "2024-10-17T08:00"],
      ["T-7", "2024-10-24T08:00"],
      ["T-3", "2024-10-28T08:00"],
      ["T-1", "2024-10-30T08:00"],
      ["T0", "2024-10-31T08:00"],
      ["T+1", "2024-11-01T08:00"],
      ["T+8", "2024-11-08T08:00"],
      ["T+15", "2024-11-15T08:00"],
      ["T+22", "2024-11-22T08:00"],
      ["T+29", "2024-11-29T08:00"],
    ]);
    const custom = planTaskReminders(
      [{ taskId: 1, code: "x", deadline: parseDeadline("Tháng 11/2024", { year: 2024 }), agencyIds: ["a"] }],
      from,
      to,
      cal,
      { ...defaultPolicy, beforeDays: [5], overdueWeeks: 0 },
    );
    expect(custom.map((r) => r.stage)).toEqual(["T-5", "T0", "T+1"]);
  });

  it("reminds every period of a recurring task, each overdue until reported", () => {
    const planned = planTaskReminders(
      [
        {
          taskId: 2,
          code: "2.6",
          deadline: parseDeadline("Thực hiện định kỳ 06 tháng trong năm 2024", { year: 2024 }),
          agencyIds: ["a", "b"],
        },
      ],
      from,
      to,
      cal,
    );
    expect(new Set(planned.map((r) => r.due))).toEqual(new Set(["2024-06-30", "2024-12-31"]));
    // A missed period keeps its overdue pushes (the dispatcher drops them once it is reported).
    expect(
      planned.filter((r) => r.agencyId === "a" && r.due === "2024-06-30" && r.stage.startsWith("T+")),
    ).toHaveLength(5);
    expect(planned.filter((r) => r.agencyId === "b" && r.due === "2024-06-30")).toHaveLength(10);
  });

  it("runs the article cycle and stops for agencies that have submitted", () => {
    const planned = planArticleCycle(
      ["q1", "q3"],
      (agency, q) => agency === "q3" && q.quarter === 1,
      localInstant("2024-03-01", 0),
      localInstant("2024-04-15", 1439),
      cal,
    );
    const q1 = planned.filter((r) => r.agencyId === "q1" && r.quarter === 1).map((r) => [r.kind, r.stage, vn(r.at)]);
    expect(q1).toEqual([
      ["article", "T-14", "2024-03-18T08:00"],
      ["article", "T-7", "2024-03-25T08:00"],
      ["article", "T-3", "2024-03-28T08:00"],
      ["article", "T-1", "2024-04-01T08:00"],
      ["article", "T+1", "2024-04-01T08:00"],
      ["escalation", "escalate", "2024-04-08T08:00"],
    ]);
    expect(planned.filter((r) => r.agencyId === "q3" && r.quarter === 1)).toEqual([]);
    expect(planned.filter((r) => r.quarter === 2 && r.stage === "open").map((r) => vn(r.at))).toEqual([
      "2024-04-01T08:00",
      "2024-04-01T08:00",
    ]);
    expect(planned.filter((r) => r.kind === "deadline-report").map((r) => [r.audience, vn(r.at)])).toEqual([
      ["reviewers", "2024-04-01T08:00"],
    ]);
    expect(planned.every((r) => isWorkingDay(cal, vn(r.at).slice(0, 10)) && vn(r.at).endsWith("08:00"))).toBe(true);
  });

  it("reminds the rota's unit at the start of its month and before the end", () => {
    const planned = planRotation([{ year: 2024, month: 3, agencyId: "p3" }], from, to, cal);
    expect(planned.map((r) => [r.stage, vn(r.at)])).toEqual([
      ["month-start", "2024-03-01T08:00"],
      ["month-end", "2024-03-26T08:00"],
    ]);
  });
});
