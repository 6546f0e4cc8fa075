import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgendaMemo } from "../../src/core/agenda-memo.js";
import { TaskCatalog } from "../../src/core/catalog.js";
import { importPlanFiles } from "../../src/core/plans.js";
import { catalogSource } from "../../src/db/catalog-repo.js";
import { findTasks } from "../../src/db/task-repo.js";
import { agendaBetween, buildAgenda } from "../../src/domain/agenda.js";
import { fixedClock } from "../../src/domain/clock.js";
import { freshDatabase, type TestDb } from "../helpers/db.js";
import { HCM_PLAN, SADEC_PLAN } from "../helpers/paths.js";

// The catalog reads through the raw driver (to stay small); these tests hold
// it to what Prisma reads for the same tasks, on whichever database runs.
let db: TestDb;
beforeAll(async () => {
  db = await freshDatabase();
  await importPlanFiles(db.client, [HCM_PLAN, SADEC_PLAN], fixedClock(new Date("2024-03-01T01:00:00Z")));
});
afterAll(async () => db.dispose());

const byDetail = (a: { planId: string; key: string }, b: { planId: string; key: string }) =>
  a.planId + a.key < b.planId + b.key ? -1 : 1;

describe("task catalog", () => {
  it("shows every task exactly as the database query does", async () => {
    const catalog = new TaskCatalog(catalogSource(db));
    const codes = new Set((await db.client.task.findMany({ select: { code: true } })).map((t) => t.code));
    expect(codes.size).toBeGreaterThan(100);
    for (const code of codes) {
      const fromDb = (await findTasks(db.client, code)).sort(byDetail);
      const fromCatalog = (await catalog.findDetails(code)).sort(byDetail);
      expect(fromCatalog, code).toEqual(fromDb);
    }
  });

  it("finds duplicate codes by their key and by the plain key, and opens headings with their children", async () => {
    const catalog = new TaskCatalog(catalogSource(db));
    const dup = await catalog.findDetails("VII/3.11");
    expect(dup.map((t) => t.key)).toEqual(["VII/3.11", "VII/3.11#2"]);
    expect((await catalog.findDetails("VII/3.11#2")).map((t) => t.key)).toEqual(["VII/3.11#2"]);
    const heading = (await db.client.task.findFirst({ where: { isHeading: true } }))!;
    const detail = (await catalog.detail(heading.id))!;
    expect(detail.isHeading).toBe(true);
    expect(detail.children.length).toBeGreaterThan(0);
    expect(await catalog.detail(999_999)).toBeNull();
  });

  it("lists group tasks for every member and leads for the reminder planner", async () => {
    const catalog = new TaskCatalog(catalogSource(db));
    const all = await catalog.allTasks();
    expect(all.some((t) => t.role !== "lead")).toBe(false);
    const leads = new Map((await catalog.tasksWithLeads()).map((x) => [x.task.code + x.task.planId, x.leads]));
    const t114 = [...leads].find(([k]) => k.startsWith("1.14hcm"))![1];
    expect(t114).toEqual(expect.arrayContaining(["hcm.snv", "hcm.q1", "hcm.thuduc"]));
    expect(new Set(t114).size).toBe(t114.length);
  });

  it("gives each unit on a posting rota the rota task as its own, owed in its months", async () => {
    const catalog = new TaskCatalog(catalogSource(db));
    const mine = (await catalog.forAgency("sadec.p3")).filter((t) => t.key === "VII/3.6");
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      role: "lead",
      deadline: { kind: "milestones", steps: [{ due: "2024-03-31", note: "đăng tin tháng 3 năm 2024" }] },
    });
    // An office on the rota twice a year owes both months; units not on it keep the table's deadline.
    const pnv = (await catalog.forAgency("sadec.pnv", "lead")).find((t) => t.key === "VII/3.6")!;
    expect(pnv.deadline.kind).toBe("milestones");
    const table = (await catalog.allTasks()).find((t) => t.key === "VII/3.6")!;
    expect(table.deadline.kind).not.toBe("milestones");
    // The rota's own reminders cover its units: the reminder planner's leads leave them out.
    const leads = (await catalog.tasksWithLeads()).find(
      (x) => x.task.key === "VII/3.6" && x.task.planId.startsWith("sadec"),
    )!;
    expect(leads.leads).not.toContain("sadec.pnv");
    expect(leads.leads).not.toContain("sadec.p3");
  });

  it("reloads when an import stamps a new version", async () => {
    let now = 0;
    const catalog = new TaskCatalog(catalogSource(db), 1000, () => now);
    await catalog.allTasks();
    const generation = catalog.generation;
    // Another process imported: only the stamp tells this one.
    await db.client.meta.update({ where: { key: "catalog.version" }, data: { value: "changed-by-test" } });
    await catalog.allTasks();
    expect(catalog.generation).toBe(generation);
    now = 1500;
    await catalog.allTasks();
    expect(catalog.generation).toBe(generation + 1);
  });
  it("retries a reload that failed instead of staying empty", async () => {
    const real = catalogSource(db);
    let failNext = false;
    let now = 0;
    const catalog = new TaskCatalog(
      {
        version: real.version,
        rows: () => {
          if (!failNext) return real.rows();
          failNext = false;
          return Promise.reject(new Error("connection lost"));
        },
      },
      1000,
      () => now,
    );
    const count = (await catalog.allTasks()).length;
    expect(count).toBeGreaterThan(100);
    await db.client.meta.update({ where: { key: "catalog.version" }, data: { value: "changed-again" } });
    failNext = true;
    now = 1500;
    await expect(catalog.allTasks()).rejects.toThrow("connection lost");
    expect((await catalog.allTasks()).length).toBe(count);
  });
});

describe("agenda memo", () => {
  it("gives every agency the same agenda as computing it directly, for each day and period", async () => {
    const catalog = new TaskCatalog(catalogSource(db));
    const memo = AgendaMemo.of(catalog);
    expect(AgendaMemo.of(catalog)).toBe(memo);
    for (const day of ["2024-03-01", "2024-04-02", "2024-12-31"]) {
      for (const agency of ["hcm.snv", "hcm.q1", "hcm.thuduc", "sadec.p1"]) {
        for (const role of [undefined, "lead", "support"] as const) {
          const tasks = await catalog.forAgency(agency, role);
          const key = `${agency}|${role ?? ""}`;
          expect(memo.agenda(key, tasks, day)).toEqual(buildAgenda(tasks, day));
          expect(memo.agenda(key, tasks, day)).toBe(memo.agenda(key, tasks, day));
          expect(memo.between(key, tasks, day, "2024-04-01", "2024-06-30")).toEqual(
            agendaBetween(tasks, day, "2024-04-01", "2024-06-30"),
          );
        }
      }
    }
  });
});
