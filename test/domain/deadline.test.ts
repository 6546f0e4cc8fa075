import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nextDue } from "../../src/domain/deadline/next.js";
import { parseDeadline } from "../../src/domain/deadline/parse.js";
import { HCM_PLAN, SADEC_PLAN } from "../helpers/paths.js";

const p = (text: string) => parseDeadline(text, { year: 2024 });

describe("parseDeadline — due dates", () => {
  it.each([
    ["Quý I/2024", "2024-03-31"],
    ["Quý IV/2023", "2023-12-31"],
    ["Quý I/2025", "2025-03-31"],
    ["Quý I năm 2024", "2024-03-31"],
    ["Trong Quý I năm 2024", "2024-03-31"],
    ["Quý II năm 2024", "2024-06-30"],
    ["quy 3/2024", "2024-09-30"],
    ["Quy l/2024", "2024-03-31"],
    ["Hoàn thành trong tháng 10 năm 2024", "2024-10-31"],
    ["Hoan thanh trong thang 10 nam 2024", "2024-10-31"],
    ["Trong tháng 01/2024", "2024-01-31"],
    ["Tháng 11/2024", "2024-11-30"],
    ["Tháng 2/2024", "2024-02-29"],
    ["Trong năm 2024", "2024-12-31"],
    ["TRONG NĂM 2024", "2024-12-31"],
    ["Trong năm 2024 (Căn cứ tình hình thực tế)", "2024-12-31"],
    ["Quý IV/2024", "2024-12-31"],
    ["Quý I năm 2024: ban hành Kế hoạch", "2024-03-31"],
    ['<ul style="list-style-type: none"> Quý I năm 2024 </ul>', "2024-03-31"],
  ])("%s → %s", (text, due) => {
    const d = p(text);
    expect(d.kind).toBe("date");
    expect(d.kind === "date" && d.due).toBe(due);
  });

  it("keeps the note of a single dated step", () => {
    expect(p("Quý I năm 2024: ban hành Kế hoạch")).toMatchObject({ kind: "date", note: "ban hành Kế hoạch" });
  });
});

describe("parseDeadline — recurrences", () => {
  it.each([
    ["Hàng quý", ["quarterly"], 2024],
    ["Hằng quý", ["quarterly"], 2024],
    ["hang quy", ["quarterly"], 2024],
    ["Thực hiện định kỳ 06 tháng trong năm 2024", ["half-yearly"], 2024],
    ["6 tháng", ["half-yearly"], 2024],
    ["Hằng năm", ["yearly"], 2024],
    ["Hàng tháng", ["monthly"], 2024],
    ["Mỗi tháng 02 kỳ", ["twice-monthly"], 2024],
    ["02 tháng 01 kỳ", ["bimonthly"], 2024],
    ["Hàng quý và năm 2024", ["quarterly", "yearly"], 2024],
    ["Định kỳ hằng quý, 6 tháng và năm 2024", ["quarterly", "half-yearly", "yearly"], 2024],
    ["Trong năm 2024 và các năm tiếp theo", ["yearly"], null],
  ])("%s", (text, periods, until) => {
    const d = p(text);
    expect(d.kind).toBe("recurring");
    if (d.kind !== "recurring") return;
    expect([...d.periods].sort()).toEqual([...periods].sort());
    expect(d.untilYear).toBe(until);
  });

  it("marks event-driven recurrences", () => {
    expect(p("Khi phát sinh Định kỳ hàng quý")).toMatchObject({
      kind: "recurring",
      periods: ["quarterly"],
      onEvent: true,
    });
  });
});

describe("parseDeadline — milestones, events, continuous", () => {
  it("reads several dated steps in one cell", () => {
    const d = p("- Quý I: trình kế hoạch - Quý II và quý III năm 2024 tiến hành kiểm tra và báo cáo kết quả");
    expect(d).toMatchObject({
      kind: "milestones",
      steps: [
        { due: "2024-03-31", note: "trình kế hoạch" },
        { due: "2024-09-30", note: "tiến hành kiểm tra và báo cáo kết quả" },
      ],
    });
  });

  it("reads steps run together without bullets", () => {
    const d = p("Quý II năm 2024 ban hành kế hoạch Hoàn thành trong tháng 11 năm 2024");
    expect(d.kind === "milestones" && d.steps.map((s) => s.due)).toEqual(["2024-06-30", "2024-11-30"]);
  });

  it("keeps an open-ended step between dated ones", () => {
    const d = p(
      "- Quý I năm 2024: Thông báo lịch kiểm tra công vụ - Kiểm tra thường xuyên trong năm 2024 - " +
        "Báo cáo trong tháng 11 năm 2024",
    );
    expect(d.kind === "milestones" && d.steps.map((s) => s.due)).toEqual(["2024-03-31", null, "2024-11-30"]);
  });

  it.each([
    "Khi có phát sinh",
    "Khi co phat sinh",
    "Sau khi công bố Chỉ số CCHC",
    "Theo Kế hoạch",
    "Theo Kế hoạch được duyệt",
    "Theo Quyết định",
    "Khi có văn bản chỉ đạo của Trung ương",
    "Theo hướng dẫn của Bộ Nội vụ, Sở Nội vụ",
    "Sau khi kiểm tra",
    "Theo Kế hoạch và đột xuất theo yêu cầu",
  ])("%s is event-driven", (text) => expect(p(text).kind).toBe("event"));

  it.each(["Thường xuyên", "Thực hiện thường xuyên", "Thường xuyên trong năm", "thuong xuyen"])(
    "%s is continuous",
    (text) => expect(p(text).kind).toBe("continuous"),
  );

  it("reports what it cannot read instead of guessing", () => {
    expect(p("Phòng Nội vụ Thành phố").kind).toBe("unknown");
    expect(p("sớm nhất có thể").kind).toBe("unknown");
    expect(p("").kind).toBe("unspecified");
    expect(p("   ").kind).toBe("unspecified");
  });
});

describe("parseDeadline — every phrase of both real plans", () => {
  const phrases = new Set<string>();
  for (const line of readFileSync(HCM_PLAN, "utf8").split("\n")) {
    const cells = line.split("\t");
    if (cells.length === 6 && cells[0] !== "STT" && /^\d+\.\d/.test(cells[0]!)) phrases.add(cells[5]!);
  }
  for (const line of readFileSync(SADEC_PLAN, "utf8").split("\n")) {
    const cells = line
      .trim()
      .replace(/^\||\|$/g, "")
      .split("|")
      .map((c) => c.trim());
    if (line.startsWith("|") && cells.length === 9 && /^3\.\d/.test(cells[3]!)) phrases.add(cells[7]!);
  }

  it("finds the phrases", () => expect(phrases.size).toBeGreaterThan(25));

  it("classifies every one of them", () => {
    const unknown = [...phrases].filter((t) => p(t).kind === "unknown");
    expect(unknown).toEqual([]);
  });
});

describe("nextDue", () => {
  const quarterly = p("Hàng quý");
  it.each([
    ["2024-01-01", "2024-03-31", "upcoming"],
    ["2024-03-31", "2024-03-31", "upcoming"],
    ["2024-04-01", "2024-06-30", "upcoming"],
    ["2024-12-31", "2024-12-31", "upcoming"],
    ["2025-01-05", "2024-12-31", "overdue"],
  ] as const)("quarterly on %s → %s", (today, due, status) => {
    expect(nextDue(quarterly, today)).toEqual({ due, status });
  });

  it("open-ended yearly recurrence keeps going", () => {
    expect(nextDue(p("Trong năm 2024 và các năm tiếp theo"), "2026-02-01")).toEqual({
      due: "2026-12-31",
      status: "upcoming",
    });
  });

  it("twice-monthly falls on the 15th and the month's end", () => {
    const d = p("Mỗi tháng 02 kỳ");
    expect(nextDue(d, "2024-02-10").due).toBe("2024-02-15");
    expect(nextDue(d, "2024-02-16").due).toBe("2024-02-29");
  });

  it("milestones move to the next step, then stay overdue on the last", () => {
    const d = p("- Quý I năm 2024: trình và triển khai Kế hoạch - Trong tháng 10 năm 2024: Các sản phẩm còn lại");
    expect(nextDue(d, "2024-02-01").due).toBe("2024-03-31");
    expect(nextDue(d, "2024-04-01").due).toBe("2024-10-31");
    expect(nextDue(d, "2024-11-01")).toEqual({ due: "2024-10-31", status: "overdue" });
  });

  it("a past date is overdue; events have no date", () => {
    expect(nextDue(p("Quý I/2024"), "2024-04-02")).toEqual({ due: "2024-03-31", status: "overdue" });
    expect(nextDue(p("Khi có phát sinh"), "2024-04-02")).toEqual({ due: null, status: "undated" });
  });
});
