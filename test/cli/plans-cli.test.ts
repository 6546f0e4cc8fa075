import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliDatabase } from "../helpers/cli.js";
import { HCM_PLAN, SADEC_PLAN } from "../helpers/paths.js";

const dir = cliDatabase([HCM_PLAN]);
const HCM_ID = "hcm-2024-qd6004-ke-hoach-cchc";

/** The HCMC plan as a corrected edition might be: task 1.1's row gone, task 1.3's deadline changed. */
function edition(): string {
  const lines = readFileSync(HCM_PLAN, "utf8").split("\n");
  const out = lines
    .filter((l) => !l.startsWith("1.1\t"))
    .map((l) => (l.startsWith("1.3\t") ? l.replace(/\t[^\t]*$/, "\tQuý II/2024") : l));
  const file = path.join(dir, `${HCM_ID}.txt`);
  writeFileSync(file, out.join("\n"));
  return file;
}

describe("replacing a loaded plan: the difference first, and removing a plan", () => {
  it("import --dry-run: tasks added, removed, changed, and submissions that would lose their task", async () => {
    const report = await cli(
      "submit",
      ...["--agency", "Sở Nội vụ", "--quarter", "2024-Q1", "--task", "1.1", "--text", "Quyết định kiện toàn BCĐ"],
      ...["--now", "2024-03-20", "--json"],
    );
    expect(report.code).toBe(0);
    const receipt = report.json.receipt as string;
    const file = edition();
    const dry = await cli("import", "--dry-run", file);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("So với kế hoạch đang có: thêm 0, bỏ 1, đổi 1 nhiệm vụ.");
    expect(dry.out).toMatch(/bỏ: 1\/1\.1\b/);
    expect(dry.out).toMatch(/đổi: 1\/1\.3\b/);
    expect(dry.out).toContain(`1 bài nộp sẽ mất nhiệm vụ: ${receipt}`);
    expect(dry.out).toContain("Chạy thử: chưa ghi gì.");
    const json = await cli("import", "--dry-run", file, "--json");
    expect(json.json).toMatchObject({ dryRun: true, plans: [{ outcome: "dry-run", diff: { orphaned: [receipt] } }] });
    // Nothing was written: task 1.1 is still there, with its old deadline for 1.3.
    expect((await cli("task", "1.1", "--json")).code).toBe(0);
    expect((await cli("plans", "--json")).json.plans[0]).toMatchObject({ id: HCM_ID, tasks: 102 });
  });

  it("plans remove refuses a plan with submissions, naming its tasks; removes one without them", async () => {
    const refused = await cli("plans", "remove", HCM_ID);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/^Không xóa kế hoạch hcm-2024-qd6004-ke-hoach-cchc: 1 nhiệm vụ/);
    expect(refused.out).toMatch(/ {4}1\/1\.1: SNV-2024Q1-\d+/);
    expect((await cli("import", SADEC_PLAN)).code).toBe(0);
    const removed = await cli("plans", "remove", "sadec-2024-ke-hoach-cchc");
    expect(removed).toMatchObject({ code: 0, out: "Đã xóa kế hoạch sadec-2024-ke-hoach-cchc (46 nhiệm vụ).\n" });
    expect((await cli("plans", "--json")).json.plans.map((p: { id: string }) => p.id)).toEqual([HCM_ID]);
    const unknown = await cli("plans", "remove", "nope");
    expect(unknown.code).toBe(2);
    expect(unknown.err.trim()).toMatch(/^Không có kế hoạch nào khớp "nope"/);
  });

  it("plans shows import times in Vietnam time", async () => {
    const at = new Date((await cli("plans", "--json")).json.plans[0].importedAt);
    const vn = new Date(at.getTime() + 7 * 3600_000).toISOString();
    const shown = `${vn.slice(8, 10)}/${vn.slice(5, 7)}/${vn.slice(0, 4)} ${vn.slice(11, 16)}`;
    expect((await cli("plans")).out).toContain(`nhập lúc ${shown}`);
  });
});
