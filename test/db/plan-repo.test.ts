import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPlanFiles } from "../../src/core/plans.js";
import { listPlans, rotationOf } from "../../src/db/plan-repo.js";
import { TaskCatalog } from "../../src/core/catalog.js";
import { catalogSource } from "../../src/db/catalog-repo.js";
import { findTasks } from "../../src/db/task-repo.js";
import { fixedClock } from "../../src/domain/clock.js";
import { freshDatabase, type TestDb } from "../helpers/db.js";
import { HCM_PLAN, SADEC_PLAN } from "../helpers/paths.js";

const clock = fixedClock(new Date("2024-03-01T01:00:00Z"));
let db: TestDb;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => db.dispose());

async function counts() {
  return {
    plans: await db.client.plan.count(),
    tasks: await db.client.task.count(),
    assignments: await db.client.taskAssignment.count(),
    rotation: await db.client.rotationSlot.count(),
  };
}

describe("storing plans", () => {
  it("imports both plans", async () => {
    const results = await importPlanFiles(db.client, [HCM_PLAN, SADEC_PLAN], clock);
    expect(results.map((r) => r.ok && r.outcome)).toEqual(["created", "created"]);
    const plans = await listPlans(db.client);
    expect(plans.map((p) => [p.id, p.tasks, p.sections])).toEqual([
      ["hcm-2024-qd6004-ke-hoach-cchc", 102, 7],
      ["sadec-2024-ke-hoach-cchc", 46, 7],
    ]);
    expect((await rotationOf(db.client, "sadec-2024-ke-hoach-cchc")).length).toBe(20);
  });

  it("is idempotent: the same file twice changes nothing", async () => {
    const before = await counts();
    const ids = (await db.client.task.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((t) => t.id);
    const results = await importPlanFiles(db.client, [HCM_PLAN, SADEC_PLAN], clock);
    expect(results.map((r) => r.ok && r.outcome)).toEqual(["unchanged", "unchanged"]);
    expect(await counts()).toEqual(before);
    expect((await db.client.task.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((t) => t.id)).toEqual(
      ids,
    );
  });

  it("updates a changed file in place, keeping task ids", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cchc-changed-"));
    const file = path.join(dir, "hcm-2024-qd6004-ke-hoach-cchc.txt");
    const [before] = await findTasks(db.client, "1.13", "hcm");
    writeFileSync(file, readFileSync(HCM_PLAN, "utf8").replace("Quý I năm 2024\n1.14", "Quý II năm 2024\n1.14"));
    const [result] = await importPlanFiles(db.client, [file], clock);
    expect(result).toMatchObject({ ok: true, outcome: "updated" });
    const [after] = await findTasks(db.client, "1.13", "hcm");
    expect(after!.id).toBe(before!.id);
    expect(after!.deadline).toMatchObject({ kind: "date", due: "2024-06-30" });
    expect((await counts()).tasks).toBe(102 + 1 + 46);
  });

  it("leaves the database unchanged when a file is damaged", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cchc-bad-"));
    const bad = path.join(dir, "hcm-2024-qd6004-ke-hoach-cchc.txt");
    const text = readFileSync(HCM_PLAN, "utf8");
    writeFileSync(bad, text.slice(0, text.indexOf("Hàng quý gửi ít nhất")));
    const before = await counts();
    const [result] = await importPlanFiles(db.client, [bad], clock);
    expect(result!.ok).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("finds an agency's tasks directly and through its groups", async () => {
    const catalog = new TaskCatalog(catalogSource(db));
    const tasksForAgency = (_db: unknown, id: string, role?: "lead" | "support") => catalog.forAgency(id, role);
    const q1 = await tasksForAgency(db.client, "hcm.q1");
    const t114 = q1.find((t) => t.code === "1.14")!;
    expect(t114.role).toBe("lead");
    expect(q1.length).toBeGreaterThan(60);
    const snv = await tasksForAgency(db.client, "hcm.snv");
    expect(snv.find((t) => t.code === "1.14")!.role).toBe("lead"); // a department too, and support
    expect((await tasksForAgency(db.client, "hcm.snv", "support")).some((t) => t.code === "1.14")).toBe(true);
    const ward = await tasksForAgency(db.client, "sadec.p1");
    expect(ward.every((t) => t.planId.startsWith("sadec"))).toBe(true);
  });
});
