import { beforeAll, describe, expect, it } from "vitest";
import type { PlanImport } from "../../src/importer/assemble.js";
import { readPlanFile } from "../../src/importer/read.js";
import { HCM_PLAN } from "../helpers/paths.js";

let plan: PlanImport;
beforeAll(async () => {
  plan = await readPlanFile(HCM_PLAN);
});
const task = (code: string) => plan.tasks.find((t) => t.code === code)!;
const targets = (code: string, role: "lead" | "support") =>
  task(code)
    .assignments.filter((a) => a.role === role)
    .map((a) => a.target.id);

describe("HCMC 2024 plan (QĐ 6004)", () => {
  it("has 102 tasks, 1 heading and 7 sections, with nothing unresolved", () => {
    expect(plan.report).toMatchObject({
      sections: 7,
      tasks: 102,
      headings: 1,
      unresolvedAgencies: [],
      unclassifiedDeadlines: [],
      jurisdiction: "hcm",
      year: 2024,
    });
    expect(plan.sections.map((s) => s.code)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
  });

  it("task 1.14 is the quarterly article of every department and district", () => {
    const t = task("1.14");
    expect(t.deadline).toMatchObject({ kind: "recurring", periods: ["quarterly"], fromYear: 2024, untilYear: 2024 });
    expect(targets("1.14", "lead")).toEqual(["hcm.so-ban-nganh", "hcm.quan-huyen"]);
    expect(targets("1.14", "support")).toEqual(["hcm.snv"]);
  });

  it("normalises codes with a trailing dot", () => {
    expect(task("1.2")).toBeDefined();
    expect(plan.tasks.some((t) => t.code.endsWith("."))).toBe(false);
  });

  it("keeps 1.4 as a heading over 1.4.1–1.4.3", () => {
    expect(task("1.4").isHeading).toBe(true);
    expect(plan.tasks.filter((t) => t.parentCode === "1.4").map((t) => t.code)).toEqual(["1.4.1", "1.4.2", "1.4.3"]);
    expect(task("1.4.2").deadline).toMatchObject({ kind: "date", due: "2024-10-31" });
  });

  it("joins page-break continuation rows to their task", () => {
    // 1.2's support list is cut after "quận," and goes on after the next header.
    expect(task("1.2").supportText).toMatch(/Chủ tịch UBND quận, huyện, thành phố Thủ Đức$/);
    expect(targets("1.2", "support")).toContain("hcm.quan-huyen");
    // 1.10's lead "Chủ tịch" + "UBND quận, huyện, thành phố Thủ Đức".
    expect(targets("1.10", "lead")).toEqual(["hcm.so-ban-nganh", "hcm.quan-huyen"]);
    expect(task("7.7").title).toMatch(/trên địa bàn Thành phố Hồ Chí Minh$/);
  });

  it("strips HTML left in cells", () => {
    expect(plan.tasks.some((t) => /<ul|style=/.test(t.product + t.leadText + t.supportText + t.deadline.label))).toBe(
      false,
    );
    expect(task("2.3").deadline.kind).toBe("milestones");
  });

  it("imports a task without a deadline with a warning, not as an unclassified phrase", () => {
    expect(task("7.7").deadline.kind).toBe("unspecified");
    expect(plan.report.warnings).toContainEqual(expect.objectContaining({ code: "7.7" }));
  });

  it("records the source line of every task", () => {
    expect(task("1.1").line).toBe(468);
    expect(new Set(plan.tasks.map((t) => t.line)).size).toBe(plan.tasks.length);
  });

  it("gives every task a lead agency", () => {
    expect(
      plan.tasks.filter((t) => !t.isHeading && !t.assignments.some((a) => a.role === "lead")).map((t) => t.code),
    ).toEqual([]);
  });
});
