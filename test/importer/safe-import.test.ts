import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPlanFile } from "../../src/importer/read.js";
import { MAX_TASKS_PER_PLAN } from "../../src/importer/rows.js";
import { PlanFormatError } from "../../src/importer/types.js";
import { cli, cliDatabase } from "../helpers/cli.js";
import { HCM_PLAN } from "../helpers/paths.js";
import { generatedPlan } from "../../scripts/generated-plan.js";

const dir = cliDatabase([HCM_PLAN]);
const ROOT = path.resolve(import.meta.dirname, "../..");

/** A file under the real plan's own name (that is how a damaged copy replaces it), in a folder of its own. */
function asHcmPlan(folder: string, content: string): string {
  const d = path.join(dir, folder);
  mkdirSync(d, { recursive: true });
  const file = path.join(d, path.basename(HCM_PLAN));
  writeFileSync(file, content);
  return file;
}

const tasksOfHcm = async () => (await cli("plans", "--json")).json.plans.find((p: any) => p.id.startsWith("hcm")).tasks;

const bigPlan = generatedPlan;

describe("a damaged file under a loaded plan's name", () => {
  it("cut at a line inside the table: refused, nothing changed; --force replaces it", async () => {
    const lines = readFileSync(HCM_PLAN, "utf8").split("\n");
    const cut = asHcmPlan("cut-560", lines.slice(0, 560).join("\n"));
    const r = await cli("import", cut, "--json");
    expect(r.code).toBe(1);
    expect(r.json.errors[0].error).toMatch(/sẽ xóa \d+\/102 nhiệm vụ.*--force/);
    expect(await tasksOfHcm()).toBe(102);
    const forced = await cli("import", cut, "--force", "--json");
    expect(forced.code).toBe(0);
    expect(await tasksOfHcm()).toBeLessThan(102);
    expect((await cli("import", HCM_PLAN, "--json")).code).toBe(0);
    expect(await tasksOfHcm()).toBe(102);
  });

  it("stopping before the table (the first half of the bytes): refused, no prose imported as tasks", async () => {
    const bytes = readFileSync(HCM_PLAN);
    const half = asHcmPlan(
      "half",
      bytes
        .subarray(0, bytes.length / 2)
        .toString("utf8")
        .replace(/\uFFFD$/, ""),
    );
    const r = await cli("import", half, "--json");
    expect(r.code).toBe(1);
    expect(r.json.errors[0].error).toMatch(/không tìm thấy bảng|cắt ngang/);
    expect(await tasksOfHcm()).toBe(102);
    const other = path.join(dir, "half", "another-name.txt");
    writeFileSync(other, readFileSync(half));
    expect((await cli("import", other, "--json")).code).toBe(1);
    expect((await cli("plans", "--json")).json.plans.map((p: any) => p.id)).not.toContain("another-name");
  });
});

describe("runaway files", () => {
  it("codes of any width are tasks, not continuations (1.1000)", async () => {
    const file = path.join(dir, "wide.txt");
    writeFileSync(file, bigPlan(1200));
    const plan = await readPlanFile(file);
    expect(plan.report.tasks).toBe(1200);
    expect(plan.tasks.at(-1)!.code).toBe("1.1200");
  });

  it("100,000 rows are refused by the task cap, with a clear reason", async () => {
    const file = path.join(dir, "huge.txt");
    writeFileSync(file, bigPlan(100_000));
    const err = await readPlanFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlanFormatError);
    expect((err as Error).message).toMatch(new RegExp(`hơn ${MAX_TASKS_PER_PLAN.toLocaleString("vi-VN")} nhiệm vụ`));
  });

  it("endless continuation rows under one task stay bounded and are reported", async () => {
    const file = path.join(dir, "continued.txt");
    const lines = bigPlan(1).split("\n");
    lines.splice(-1, 0, ...Array.from({ length: 20_000 }, () => "\tvà tiếp tục nữa\t\t\t\t"));
    writeFileSync(file, lines.join("\n"));
    const plan = await readPlanFile(file);
    expect(plan.tasks[0]!.title.length).toBeLessThan(25_000);
    expect(plan.report.warnings.some((w) => /ô quá dài/.test(w.message))).toBe(true);
  });
});

describe("large plans in the database", () => {
  it("999 and then 4,999 tasks import, re-import and shrink (SQLite's parameter limit is not reached)", async () => {
    const file = path.join(dir, "many", "many-tasks.txt");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bigPlan(999));
    expect((await cli("import", file, "--json")).code).toBe(0);
    writeFileSync(
      file,
      bigPlan(999, (i) => `Nhiệm vụ đã sửa ${i}`),
    );
    expect((await cli("import", file, "--json")).json.plans[0].outcome).toBe("updated");
    writeFileSync(file, bigPlan(4_999));
    expect((await cli("import", file, "--json")).code).toBe(0);
    writeFileSync(file, bigPlan(1_000));
    expect((await cli("import", file, "--json")).code).toBe(1);
    const shrunk = await cli("import", file, "--force", "--json");
    expect(shrunk.code).toBe(0);
    expect(shrunk.json.plans[0].tasks).toBe(1_000);
  }, 120_000);
});

describe("stopping an import", () => {
  it("SIGTERM ends it promptly and leaves no half-imported plan", async () => {
    const file = path.join(dir, "sigterm", "sigterm-plan.txt");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bigPlan(4_999));
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "import", file], {
      cwd: ROOT,
      env: process.env,
      stdio: "ignore",
    });
    const exited = new Promise<number>((resolve) => child.on("exit", () => resolve(Date.now())));
    await new Promise((r) => setTimeout(r, 2_500));
    const sent = Date.now();
    child.kill("SIGTERM");
    expect((await exited) - sent).toBeLessThan(3_000);
    const plans = (await cli("plans", "--json")).json.plans as { id: string; tasks: number }[];
    const mine = plans.find((p) => p.id === "sigterm-plan");
    expect(mine === undefined || mine.tasks === 4_999).toBe(true);
  }, 60_000);
});

describe("errors the staff see", () => {
  it("one line, no stack or SQL, when the database cannot be opened", async () => {
    const r = await run(["src/cli/main.ts", "plans"], { DATABASE_URL: "file:/etc/hostname/x.db" });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/Không thực hiện được/);
    expect(r.stderr).not.toMatch(/\bat \S+ \(|prisma|SELECT|\.ts:\d+/i);
  });

  it("a reader that goes away (| head) ends the command quietly", async () => {
    // Megabytes of output, far past what a pipe buffers: the writes after the reader left fail with EPIPE.
    const r = await run(
      ["src/cli/main.ts", "reminders", "preview", "--from", "2024-01-01", "--to", "2024-12-31", "--json"],
      { DATABASE_URL: process.env.DATABASE_URL! },
      true,
    );
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.code).toBe(0);
  });
});

function run(
  args: string[],
  env: Record<string, string>,
  closeEarly = false,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    child.stdout.once("data", () => {
      if (closeEarly) child.stdout.destroy();
    });
    child.on("close", (code) => resolve({ code, stderr }));
  });
}
