import { beforeAll, describe, expect, it } from "vitest";
import type { PlanImport } from "../../src/importer/assemble.js";
import { readPlanFile } from "../../src/importer/read.js";
import { SADEC_PLAN } from "../helpers/paths.js";

let plan: PlanImport;
beforeAll(async () => {
  plan = await readPlanFile(SADEC_PLAN);
});
const inSection = (s: string) => plan.tasks.filter((t) => t.sectionCode === s);

describe("Sa Đéc 2024 plan", () => {
  it("reads sections I–VII and every activity", () => {
    expect(plan.sections.map((s) => s.code)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII"]);
    const activities = plan.tasks.filter((t) => t.code.startsWith("3."));
    expect(activities).toHaveLength(43);
    expect(
      inSection("II")
        .filter((t) => t.code.startsWith("3."))
        .map((t) => t.code),
    ).toEqual(["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9"]);
    expect(plan.report.unclassifiedDeadlines).toEqual([]);
    expect(plan.report.unresolvedAgencies).toEqual([]);
  });

  it("keeps duplicate codes as distinct tasks", () => {
    const dup = inSection("VII").filter((t) => t.code === "3.11");
    expect(dup).toHaveLength(2);
    expect(new Set(dup.map((t) => t.key)).size).toBe(2);
    expect(inSection("IV").filter((t) => t.code === "3.3")).toHaveLength(2);
  });

  it("repairs the rows whose cells slid left (3.12, 3.13 in VII)", () => {
    const t312 = inSection("VII").find((t) => t.code === "3.12")!;
    const t313 = inSection("VII").find((t) => t.code === "3.13")!;
    expect(t312.deadline).toMatchObject({ kind: "date", due: "2024-11-30" });
    expect(t313.deadline).toMatchObject({ kind: "date", due: "2025-03-31" });
    expect(t312.assignments.filter((a) => a.role === "lead").map((a) => a.target.id)).toEqual(["sadec.pnv"]);
    expect(t313.product).toBe("Hội nghị");
    const t34 = inSection("VII").find((t) => t.code === "3.4")!;
    expect(t34.deadline).toMatchObject({ kind: "recurring", periods: ["twice-monthly"] });
    expect(t34.assignments.find((a) => a.role === "lead")?.target.id).toBe("sadec.ttvhtt");
  });

  it("joins continuation rows across page breaks", () => {
    const t = inSection("I").find((t) => t.code === "3.4")!;
    expect(t.assignments.filter((a) => a.role === "lead").map((a) => a.target.id)).toEqual([
      "sadec.ptp",
      "sadec.cap-xa",
    ]);
    const fin = inSection("V").find((t) => t.code === "3.1")!;
    expect(fin.leadText).toBe("Phòng Tài chính – Kế hoạch Thành phố");
  });

  it("stores the monthly posting rotation: eleven months, an office each and a ward for most", () => {
    const months = new Map<number, string[]>();
    for (const r of plan.rotation) months.set(r.month, [...(months.get(r.month) ?? []), r.agencyId]);
    expect([...months.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(plan.rotation.every((r) => r.year === 2024)).toBe(true);
    expect(months.get(1)).toEqual(["sadec.pnv", "sadec.p1"]);
    expect(months.get(7)).toEqual(["sadec.pkt", "sadec.tanquytay"]);
    expect(months.get(10)).toEqual(["sadec.ttr"]);
    expect(months.get(11)).toEqual(["sadec.vp"]);
    expect([...months.values()].filter((ids) => ids.some((id) => /sadec\.(p\d|anhoa|tan)/.test(id)))).toHaveLength(9);
  });

  it("attaches the rota to the task whose lead cell carries its footnote mark (VII/3.6), in the plan's words", () => {
    expect(plan.rotationTask).toBe("VII/3.6");
    expect(plan.rotation.find((r) => r.agencyId === "sadec.p3")).toMatchObject({
      month: 3,
      wording: "đăng tin tháng 3 năm 2024",
    });
    expect(plan.report.warnings.map((w) => w.message).join("\n")).not.toMatch(/lịch đăng tin không gắn/);
  });

  it("reports every repair with its line", () => {
    const lines = plan.report.warnings.map((w) => w.line);
    expect(lines).toEqual(expect.arrayContaining([274, 275, 240]));
  });
});
