import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { cli, cliDatabase } from "../helpers/cli.js";
import { HCM_PLAN, SADEC_PLAN } from "../helpers/paths.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

cliDatabase([HCM_PLAN, SADEC_PLAN]);

describe("cli import", () => {
  it("reports per plan in the documented JSON shape", async () => {
    const r = await cli("import", HCM_PLAN, "--json");
    const [plan] = r.json.plans;
    expect(Object.keys(plan)).toEqual(
      expect.arrayContaining([
        "file",
        "title",
        "year",
        "sections",
        "tasks",
        "headings",
        "unresolvedAgencies",
        "unclassifiedDeadlines",
        "warnings",
      ]),
    );
    expect(plan).toMatchObject({
      sections: 7,
      tasks: 102,
      headings: 1,
      unresolvedAgencies: [],
      unclassifiedDeadlines: [],
      year: 2024,
      outcome: "unchanged",
    });
  });

  it("fails clearly on a damaged file", async () => {
    const r = await cli("import", "/nonexistent/plan.txt", "--json");
    expect(r.code).toBe(1);
    expect(r.json.errors[0]).toMatchObject({ file: "/nonexistent/plan.txt" });
  });
});

describe("cli tasks", () => {
  it("lists 1.14 for UBND Quận 1 due at the end of the quarter, a missed quarter staying owed", async () => {
    const march = await cli("tasks", "--agency", "UBND Quận 1", "--now", "2024-03-01", "--json");
    expect(march.json.agency).toBe("UBND Quận 1");
    expect(march.json.tasks.find((t: any) => t.code === "1.14")).toMatchObject({
      role: "lead",
      deadline: { kind: "recurring", due: "2024-03-31" },
    });
    // On 2 April the first quarter's article is still owed: overdue until it is sent, not rolled forward.
    const april = await cli("tasks", "--agency", "UBND Quận 1", "--now", "2024-04-02", "--json");
    expect(april.json.tasks.find((t: any) => t.code === "1.14")).toMatchObject({
      status: "overdue",
      deadline: { due: "2024-03-31" },
    });
  });

  it("orders soonest first, marks overdue, puts undated and supported tasks already past last", async () => {
    const r = await cli("tasks", "--agency", "q1", "--now", "2024-04-02", "--json");
    const active = r.json.tasks.filter((t: any) => t.status !== "past" && t.status !== "done");
    const dues = active.map((t: any) => t.deadline.due);
    const dated = dues.filter((d: string | null) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dues.indexOf(null)).toBe(dated.length);
    expect(r.json.tasks.slice(active.length).every((t: any) => t.status === "past" || t.status === "done")).toBe(true);
    expect(r.json.tasks.find((t: any) => t.code === "6.3")).toMatchObject({ overdue: true, status: "overdue" });
    // Quận 1 supports 1.13 (Sở TT&TT leads it): its date has gone, nothing is owed.
    expect(r.json.tasks.find((t: any) => t.code === "1.13")).toMatchObject({
      overdue: false,
      status: "past",
      deadline: { due: "2024-03-31" },
    });
  });

  it("filters by role", async () => {
    const lead = await cli("tasks", "--agency", "Sở Nội vụ", "--role", "lead", "--json");
    expect(lead.json.tasks.every((t: any) => t.role === "lead")).toBe(true);
    const support = await cli("tasks", "--agency", "Sở Nội vụ", "--role", "support", "--json");
    expect(support.json.tasks.every((t: any) => t.role === "support")).toBe(true);
  });

  it("prints a readable list", async () => {
    const r = await cli("tasks", "--agency", "so noi vu", "--now", "2024-03-01");
    expect(r.out).toMatch(/Nhiệm vụ của Sở Nội vụ — tính đến 01\/03\/2024/);
    expect(r.out).toMatch(/1\.14 \[chủ trì\].*hạn 31\/03\/2024 \(còn 30 ngày\)/);
  });

  it("rejects bad options with exit code 2", async () => {
    expect((await cli("tasks", "--agency", "q1", "--now", "2024-13-45")).code).toBe(2);
    expect((await cli("tasks", "--agency", "q1", "--role", "boss")).code).toBe(2);
    expect((await cli("tasks")).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
    expect((await cli("tasks", "--agenc", "x")).code).toBe(2);
  });

  it("says when the agency is unknown: one line, exit 2 (bad input)", async () => {
    const r = await cli("tasks", "--agency", "xyzzy qwerty", "--json");
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('Không tìm thấy cơ quan nào giống "xyzzy qwerty".');
  });
});

describe("cli task and agency", () => {
  it("shows one task in full", async () => {
    const r = await cli("task", "1.14", "--json");
    expect(r.json.tasks).toHaveLength(1);
    expect(r.json.tasks[0]).toMatchObject({
      code: "1.14",
      product: "Bài viết, mô hình, sản phẩm",
      deadline: { kind: "recurring" },
    });
    expect(r.json.tasks[0].lead.map((a: any) => a.id)).toEqual(["hcm.so-ban-nganh", "hcm.quan-huyen"]);
  });

  it("finds Sa Đéc's 3.12 in section VII by key", async () => {
    const r = await cli("task", "VII/3.12", "--plan", "sadec", "--json");
    expect(r.json.tasks[0]).toMatchObject({ section: { code: "VII" }, deadline: { kind: "date", due: "2024-11-30" } });
  });

  it("shows a heading with its children", async () => {
    const r = await cli("task", "1.4", "--plan", "hcm", "--json");
    expect(r.json.tasks[0].children.map((c: any) => c.code)).toEqual(["1.4.1", "1.4.2", "1.4.3"]);
  });

  it("answers agency look-ups", async () => {
    const r = await cli("agency", "so noi vu", "--json");
    expect(r.json).toMatchObject({ query: "so noi vu", match: "Sở Nội vụ" });
    expect(Array.isArray(r.json.candidates)).toBe(true);
    expect((await cli("agency", "TT&TT", "--json")).json.match).toBe("Sở Thông tin và Truyền thông");
  });

  it("lists plans", async () => {
    const r = await cli("plans", "--json");
    expect(r.json.plans.map((p: any) => p.id)).toEqual(["hcm-2024-qd6004-ke-hoach-cchc", "sadec-2024-ke-hoach-cchc"]);
  });
});

describe("as a process", () => {
  it("exits non-zero with one line naming a bad variable", async () => {
    const run = promisify(execFile);
    const err = await run("npx", ["tsx", "src/cli/main.ts", "plans"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "mysql://nope" },
    }).catch((e) => e);
    expect(err.code).toBe(2);
    expect(
      err.stderr
        .trim()
        .split("\n")
        .filter((l: string) => !/npm warn/.test(l)),
    ).toEqual([expect.stringMatching(/DATABASE_URL/)]);
  });
});
