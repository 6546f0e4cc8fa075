import { describe, expect, it } from "vitest";
import { agendaItem, buildAgenda } from "../../src/domain/agenda.js";
import { parseDeadline } from "../../src/domain/deadline/parse.js";
import { rotaDeadline } from "../../src/domain/rota.js";
import { completionOf, occurrencesOf, reportTarget, taskProgress, type ReportMark } from "../../src/domain/progress.js";

const dl = (text: string) => parseDeadline(text, { year: 2024 });
const dues = (text: string, continuous?: "monthly" | "quarterly") =>
  occurrencesOf(dl(text), 2024, continuous).map((o) => o.due);
const report = (due: string | null, extra: Partial<ReportMark> = {}): ReportMark => ({
  due,
  status: "submitted",
  onTime: true,
  receipt: `R-${due}`,
  receivedAt: new Date("2024-03-01T02:00:00Z"),
  ...extra,
});

describe("occurrences", () => {
  it("a dated task has one; a recurrence one per period of the plan's year", () => {
    expect(dues("Quý I năm 2024")).toEqual(["2024-03-31"]);
    expect(dues("Hoàn thành trong tháng 10 năm 2024")).toEqual(["2024-10-31"]);
    expect(dues("Hàng quý")).toEqual(["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"]);
    expect(dues("Hằng tháng")).toHaveLength(12);
  });

  it("milestones one each; continuous tasks a report per period; events and unspecified none", () => {
    const steps = occurrencesOf(dl("Quý I: trình kế hoạch; Quý III: tổ chức thực hiện"), 2024);
    expect(steps.map((s) => s.due)).toEqual(["2024-03-31", "2024-09-30"]);
    expect(dues("Thường xuyên")).toEqual(["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"]);
    expect(dues("Thường xuyên", "monthly")).toHaveLength(12);
    expect(dues("Khi có phát sinh")).toEqual([]);
  });
});

describe("status", () => {
  const quarterly = occurrencesOf(dl("Hàng quý"), 2024);

  it("overdue stays overdue until reported: nothing rolls forward", () => {
    const p = taskProgress(quarterly, [], "2024-08-05", 14);
    expect(p.map((x) => x.status)).toEqual(["overdue", "overdue", "upcoming", "upcoming"]);
    expect(reportTarget(p)!.due).toBe("2024-03-31");
  });

  it("reported on time or late, accepted, returned (owed again)", () => {
    const reports = [
      report("2024-03-31"),
      report("2024-06-30", { onTime: false }),
      report("2024-09-30", { status: "returned", comment: "thiếu số liệu" }),
    ];
    const p = taskProgress(quarterly, reports, "2024-09-20", 14);
    expect(p.map((x) => x.status)).toEqual(["on_time", "late", "returned", "upcoming"]);
    expect(reportTarget(p)!.due).toBe("2024-09-30");
    const accepted = taskProgress(quarterly, [report("2024-03-31", { status: "accepted" })], "2024-04-01", 14);
    expect(accepted[0]!.status).toBe("accepted");
  });

  it("a new report after a return decides again; due soon within the window", () => {
    const back = [
      report("2024-03-31", { status: "returned", receivedAt: new Date("2024-03-10") }),
      report("2024-03-31", { receivedAt: new Date("2024-03-20") }),
    ];
    expect(taskProgress(quarterly, back, "2024-03-25", 14)[0]!.status).toBe("on_time");
    expect(taskProgress(quarterly, [], "2024-03-25", 14)[0]!.status).toBe("due_soon");
  });

  it("counts completion: due, on time, late, missing, accepted, on-time rate", () => {
    const p = taskProgress(
      quarterly,
      [report("2024-03-31", { status: "accepted" }), report("2024-06-30", { onTime: false })],
      "2024-10-02",
      14,
    );
    expect(completionOf(p)).toEqual({ due: 3, onTime: 1, late: 1, missing: 1, accepted: 1, onTimeRate: 1 / 3 });
    expect(completionOf(taskProgress(quarterly, [], "2024-01-10", 14)).onTimeRate).toBeNull();
  });
});

describe("the posting rota and supported tasks", () => {
  it("a unit on a rota owes its months, each due at the month's end, in the plan's words", () => {
    const base = dl("02 tháng 01 kỳ");
    const own = rotaDeadline(base, [
      { year: 2024, month: 11, wording: "đăng tin tháng 11 năm 2024" },
      { year: 2024, month: 2, wording: "đăng tin tháng 02 năm 2024" },
    ]);
    expect(occurrencesOf(own, 2024)).toEqual([
      { due: "2024-02-29", note: "đăng tin tháng 02 năm 2024" },
      { due: "2024-11-30", note: "đăng tin tháng 11 năm 2024" },
    ]);
    expect(rotaDeadline(base, [{ year: 2024, month: 3, wording: "" }]).label).toBe(base.label);
  });

  it("a supported task whose date has gone is 'past', not overdue, and sorts after what is still to do", () => {
    const task = (role: "lead" | "support", code: string) => ({
      taskId: code === "1" ? 1 : 2,
      planId: "p",
      planTitle: "P",
      planYear: 2024,
      code,
      key: code,
      title: code,
      role,
      deadline: dl("Quý I năm 2024"),
      ordinal: Number(code),
    });
    expect(agendaItem(task("support", "1"), "2024-04-05").status).toBe("past");
    expect(agendaItem(task("lead", "2"), "2024-04-05").status).toBe("overdue");
    const sorted = buildAgenda([task("support", "1"), task("lead", "2")], "2024-04-05");
    expect(sorted.map((i) => i.status)).toEqual(["overdue", "past"]);
  });
});
