import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/index.js";
import { FakeTelegram } from "../helpers/fake-telegram.js";
import { FakeZalo } from "../helpers/fake-zalo.js";
import { PLANS } from "../helpers/paths.js";
import { newDatabaseUrl } from "../helpers/db.js";
import { pdf } from "../helpers/files.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
let dbUrl = "";
let dropDb: () => Promise<void> = async () => {};
beforeAll(async () => {
  const target = await newDatabaseUrl();
  dbUrl = target.url;
  dropDb = target.drop;
});
afterAll(async () => dropDb());

function start(env: Record<string, string>, args: string[] = []): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: dbUrl, PLANS_DIR: PLANS, LOG_LEVEL: "warn", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
}

async function run(child: ChildProcess, input?: string): Promise<{ code: number | null; out: string; err: string }> {
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  if (input !== undefined) child.stdin!.end(input);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { code, out, err };
}

describe("npm start, console channel", () => {
  it("builds and runs the compiled assistant as `npm start` does", async () => {
    const child = spawn("npm", ["start", "--silent", "--", "--as", "UBND Quận 1", "--now", "2024-04-02"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: dbUrl, PLANS_DIR: PLANS, LOG_LEVEL: "warn" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const r = await run(child, "nhiem vu cua toi\n");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/1\.14 \[chủ trì\].*hạn 30\/06\/2024/);
  }, 120_000);

  it("answers a piped question and exits at the end of input", async () => {
    const r = await run(start({}, ["--as", "Sở Nội vụ", "--now", "2024-03-01"]), "nhiệm vụ của tôi\n");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Nhiệm vụ của Sở Nội vụ — tính đến 01\/03\/2024/);
    const codes = [...r.out.matchAll(/^• (\S+) /gm)].map((m) => m[1]);
    expect(codes).toContain("1.14");
    expect(r.out).toMatch(/1\.14 \[chủ trì\].*hạn 31\/03\/2024/);
    // Soonest first: every listed date is not earlier than the one before.
    const dates = [...r.out.matchAll(/hạn (\d\d)\/(\d\d)\/(\d{4})/g)].map((m) => `${m[3]}-${m[2]}-${m[1]}`);
    expect(dates).toEqual([...dates].sort());
  }, 60_000);

  it("in a terminal, says what it loaded and who is typing before the first prompt", async () => {
    // util-linux's `script` gives the process a terminal, as a person starting it has.
    const command = `${process.execPath} --import tsx src/main.ts --as "UBND Quận 1" --role focal --now 2024-03-25`;
    const child = spawn("script", ["-qec", command, "/dev/null"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: dbUrl, PLANS_DIR: PLANS, LOG_LEVEL: "warn" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const r = await run(child, "thoát\n");
    expect(r.out).toMatch(
      /Đã nạp 2 kế hoạch \(148 nhiệm vụ\) · cơ sở dữ liệu: \S+ · đang dùng với tư cách đầu mối của UBND Quận 1/,
    );
    expect(r.out).not.toMatch(/cchc:cchc@/);
  }, 60_000);

  it("follows numbered options and refuses a bad --as with one line", async () => {
    const r = await run(start({}, ["--as", "UBND Quận 1", "--now", "2024-03-01"]), "nhiem vu cua toi\n2\nxyz\n");
    expect(r.out).toMatch(/trang 2\//);
    const bad = await run(start({}, ["--as", "xyzzy qwerty"]), "");
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split("\n")).toHaveLength(1);
    const roleAlone = await run(start({}, ["--role", "reviewer"]), "");
    expect(roleAlone.code).toBe(2);
    expect(roleAlone.err.trim()).toMatch(/^--role cần đi kèm --as "<cơ quan>"/);
    const noPlans = await run(start({ PLANS_DIR: "/nonexistent/plans" }, ["--as", "UBND Quận 1"]), "");
    expect(noPlans.code).toBe(2);
    expect(noPlans.err.trim()).toBe("Invalid PLANS_DIR: no such folder: /nonexistent/plans");
    // Not in the directory: refused with the closest, never run as the nearest one.
    for (const as of ["Sở Vũ Trụ", "Bộ Nội vụ"]) {
      const weak = await run(start({}, ["--as", as]), "nhiệm vụ của tôi\n");
      expect(weak.code).toBe(2);
      expect(weak.err.trim().split("\n")).toEqual([expect.stringContaining(`Không có cơ quan "${as}" trong danh bạ`)]);
      expect(weak.out).not.toMatch(/nhiệm vụ/i);
    }
  }, 60_000);

  it("submits a file with /file and prints the receipt", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cchc-console-file-"));
    const file = path.join(dir, "bai-viet.pdf");
    writeFileSync(file, pdf("console"));
    const r = await run(
      start({ STORAGE_DIR: path.join(dir, "store") }, ["--as", "Sở Tư pháp", "--role", "focal", "--now", "2024-03-25"]),
      `nộp bài\n1\n/file ${file}\n1\n1\n`,
    );
    expect(r.out).toMatch(/Biên nhận STP-2024Q1-\d\d/);
    expect(r.out).toMatch(/Đúng hạn \(hạn 31\/03\/2024\)/);
  }, 60_000);

  it("shows a console person the pushes addressed to them: the reviewer, then the submitter", async () => {
    const store = { STORAGE_DIR: mkdtempSync(path.join(tmpdir(), "cchc-console-push-")) };
    const reviewer = ["--as", "Sở Nội vụ", "--role", "reviewer", "--now", "2024-03-26"];
    const focal = ["--as", "UBND Quận 7", "--role", "focal", "--now", "2024-03-25"];
    await run(start(store, reviewer), "xin chào\n");
    const sent = await run(
      start(store, focal),
      "nộp bài\nBài viết quý I/2024\nBài viết về một cửa liên thông ở Quận 7.\nBỏ qua\nXác nhận nộp\n",
    );
    const receipt = /Biên nhận (\S+)/.exec(sent.out)![1]!;
    // The reviewer's next session starts with the push; its numbers are the ones "1" picks.
    const seen = await run(start(store, reviewer), "1\n");
    expect(seen.out).toMatch(new RegExp(`^🔔 Tin nhắn gửi đến bạn:\\n📥 Bài nộp mới ${receipt}`, "m"));
    expect(seen.out).toMatch(/1\) Chấp nhận\n {2}2\) Trả lại/);
    expect(seen.out).toMatch(new RegExp(`Đã duyệt ${receipt}`));
    // Printed once: the next session has nothing new; the submitter's next session tells them.
    expect((await run(start(store, reviewer), "cảm ơn\n")).out).not.toMatch(/Bài nộp mới/);
    const told = await run(start(store, [...focal.slice(0, -1), "2024-03-27"]), "cảm ơn\n");
    expect(told.out).toMatch(new RegExp(`🔔 Tin nhắn gửi đến bạn:\\n.*${receipt}.*đã được duyệt`, "i"));
  }, 90_000);

  it("stops with one line naming a bad variable", async () => {
    const r = await run(start({ PORT: "99999999" }), "");
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^Invalid PORT/);
  }, 30_000);
});

describe("npm start, Telegram channel", () => {
  const api = new FakeTelegram();
  let child: ChildProcess;
  let result: Promise<{ code: number | null; out: string; err: string }>;
  beforeAll(async () => {
    await api.start();
  });
  afterAll(async () => {
    child?.kill("SIGKILL");
    await api.stop();
  });

  it("answers /start <invite> then 'nhiem vu cua toi', and shuts down on SIGTERM", async () => {
    process.env.DATABASE_URL = dbUrl;
    let out = "";
    await runCli(["invite", "create", "--agency", "UBND Quận 1", "--role", "focal", "--json"], (s) => (out += s));
    const { code } = JSON.parse(out);
    child = start({ TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.url });
    result = run(child);
    await api.waitFor(() => api.sent("setMyCommands").length > 0, 30_000);
    expect((await api.ask(555, `/start ${code}`)).body.text).toMatch(/UBND Quận 1/);
    expect((await api.ask(555, "nhiem vu cua toi")).body.text).toMatch(/1\.14/);
    child.kill("SIGTERM");
    expect((await result).code).toBe(0);
  }, 60_000);
});

describe("npm start, Zalo and Telegram side by side", () => {
  const zaloApi = new FakeZalo();
  const tgApi = new FakeTelegram();
  let child: ChildProcess;
  beforeAll(async () => {
    await zaloApi.start();
    await tgApi.start();
  });
  afterAll(async () => {
    child?.kill("SIGKILL");
    await zaloApi.stop();
    await tgApi.stop();
  });

  it("answers /start <invite> then 'nhiem vu cua toi' on Zalo while Telegram runs too", async () => {
    process.env.DATABASE_URL = dbUrl;
    let out = "";
    await runCli(["invite", "create", "--agency", "UBND Quận 5", "--role", "focal", "--json"], (s) => (out += s));
    const { code } = JSON.parse(out);
    child = start({
      ZALO_BOT_TOKEN: zaloApi.token,
      ZALO_API_ROOT: zaloApi.url,
      TELEGRAM_BOT_TOKEN: tgApi.token,
      TELEGRAM_API_ROOT: tgApi.url,
    });
    const result = run(child);
    await tgApi.waitFor(() => tgApi.sent("setMyCommands").length > 0, 30_000);
    const waitText = async (chat: string, from: number) => {
      const deadline = Date.now() + 20_000;
      while (zaloApi.texts(chat, from).length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      await zaloApi.settle();
      return zaloApi.texts(chat, from).join("\n");
    };
    let from = zaloApi.calls.length;
    zaloApi.text("9901", `/start ${code}`);
    expect(await waitText("9901", from)).toMatch(/UBND Quận 5/);
    from = zaloApi.calls.length;
    zaloApi.text("9901", "nhiem vu cua toi");
    expect(await waitText("9901", from)).toMatch(/1\.14/);
    expect((await tgApi.ask(777, "/start")).body.text).toMatch(/chưa được liên kết/);
    child.kill("SIGTERM");
    expect((await result).code).toBe(0);
  }, 60_000);
});
