import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAssistant } from "../../src/core/build.js";
import { createInvite } from "../../src/db/invite-repo.js";
import { boardApp } from "../../src/http/board/routes.js";
import { createApp, type HttpServer, startHttpServer } from "../../src/http/server.js";
import { createLogger } from "../../src/logger.js";
import { world, type World } from "../helpers/assistant.js";
import { cli } from "../helpers/cli.js";
import { consoleDriver, type Driver, sendArticle } from "../helpers/drivers.js";

// Debian's chromium (installed by .ci/run), driven by playwright-core: no browser is downloaded.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = path.resolve(import.meta.dirname, "../../test-output/board");
const PLAN = "hcm-2024-qd6004-ke-hoach-cchc";

let w: World;
let d: Driver & { close(): void };
let server: HttpServer;
let browser: Browser;
let base: string;

async function join(user: string, agency: string, role: "focal" | "reviewer"): Promise<void> {
  const invite = await createInvite(w.db.client, agency, role, w.clock.now(), 14);
  await d.say(user, `/start ${invite.code}`);
}

/** The login link the chat gives a reviewer. */
async function boardLink(user: string): Promise<string> {
  const answer = await d.say(user, "bảng theo dõi");
  const url = /(http:\/\/\S+\/board\/login\?t=[\w-]+)/.exec(answer)?.[1];
  if (!url) throw new Error(`no link in: ${answer}`);
  return url;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install chromium (or CHROMIUM_PATH)`);
  w = await world("2024-03-20T09:00");
  const assistant = buildAssistant({ database: w.db, clock: w.clock, storageDir: w.storageDir });
  d = consoleDriver(assistant);
  const app = createApp([], createLogger("silent"), { board: boardApp({ services: assistant.services, baseUrl: "" }) });
  server = await startHttpServer(app, 0, createLogger("silent"));
  base = `http://127.0.0.1:${server.port}`;
  assistant.services.config.boardBaseUrl = base;
  await join("f1", "hcm.stp", "focal");
  await join("f2", "hcm.q1", "focal");
  await join("r1", "hcm.snv", "reviewer");
  await sendArticle(d, "f1", "https://stp.example.gov.vn/cchc-quy-1");
  await sendArticle(d, "f2", "https://q1.example.gov.vn/cchc-quy-1");
  w.clock.set("2024-04-10T09:00");
  process.env.DATABASE_URL = w.db.url;
  process.env.STORAGE_DIR = w.storageDir;
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  d?.close();
  await w?.db.dispose();
});

describe("the reviewer board in a real browser", () => {
  it("opens from the chat's one-time link; its counts are the command line's", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${await boardLink("r1")}&lang=vi`);
    expect(new URL(page.url()).pathname).toBe("/board");
    await page.goto(`${base}/board?plan=${PLAN}&quarter=2024-Q1`);
    await expect.poll(() => page.title()).toMatch(/Bảng theo dõi CCHC — I\/2024/);
    const count = async (block: string, key: string) =>
      Number(await page.locator(`[data-counts=${block}] [data-count=${key}] b`).textContent());
    const missing = await cli("submissions", "missing", "--quarter", "2024-Q1", "--json", "--now", "2024-04-10");
    expect(await count("article", "missing")).toBe(missing.json.missing.length);
    expect(await count("article", "on_time")).toBe(2);
    const summary = await cli(
      ...["progress", "summary", "--quarter", "2024-Q1", "--plan", PLAN, "--json", "--now", "2024-04-10"],
    );
    const rows = summary.json.agencies as { due: number; onTime: number; late: number; missing: number }[];
    const sum = (k: "due" | "onTime" | "late" | "missing") => rows.reduce((n, r) => n + r[k], 0);
    expect(await count("tasks", "agencies")).toBe(rows.length);
    expect(await count("tasks", "due")).toBe(sum("due"));
    expect(await count("tasks", "on_time")).toBe(sum("onTime"));
    expect(await count("tasks", "missing")).toBe(sum("missing"));
    expect(await page.locator("tr[data-agency='hcm.stp'] td").nth(2).textContent()).toBe("đúng hạn");
    expect(await page.locator(".chart svg").count()).toBe(1);
    expect(await page.locator(".chart svg text", { hasText: "Sở, ban, ngành" }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, "board-1280.png") });
    await page.screenshot({ path: path.join(SHOTS, "board-1280-full.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(SHOTS, "board-390.png"), fullPage: false });
    // Filtered by group, then one agency's page.
    await page.goto(`${base}/board?plan=${PLAN}&quarter=2024-Q1&group=hcm:district`);
    expect(await page.locator("tr[data-agency='hcm.stp']").count()).toBe(0);
    expect(await page.locator("tr[data-agency='hcm.q1']").count()).toBe(1);
    await page.locator("tr[data-agency='hcm.q1'] a").first().click();
    expect(new URL(page.url()).pathname).toBe("/board/agency/hcm.q1");
    expect(await page.locator("h1").textContent()).toBe("UBND Quận 1 — năm 2024");
    expect(await page.locator("tr[data-status='on_time']").count()).toBeGreaterThan(0);
    expect(await page.getByText(/Đầu mối: /).textContent()).toMatch(/Đầu mối: /);
    await page.screenshot({ path: path.join(SHOTS, "agency-390.png") });
    await page.screenshot({ path: path.join(SHOTS, "agency-390-full.png"), fullPage: true });
    await page.goto(`${base}/board/task/1.14?plan=${PLAN}&lang=en`);
    expect(await page.locator("h1").textContent()).toMatch(/^Task 1\.14: /);
    expect(await page.locator("tr[data-agency='hcm.stp'] td").nth(1).textContent()).toMatch(/on time/);
    await context.close();
  }, 60_000);

  it("shows nothing without the login, and a link works once", async () => {
    for (const p of ["/board", "/board/agency/hcm.q1", "/board/task/1.14", "/board/export?format=csv"]) {
      const r = await fetch(`${base}${p}`, { redirect: "manual" });
      expect([p, r.status]).toEqual([p, 401]);
      expect(await r.text()).toMatch(/Cần đăng nhập/);
    }
    const link = await boardLink("r1");
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link);
    expect(new URL(page.url()).pathname).toBe("/board");
    const again = await (await browser.newContext()).newPage();
    const reused = await again.goto(link);
    expect(reused?.status()).toBe(410);
    expect(await again.locator("main").textContent()).toMatch(/Liên kết này đã được dùng/);
    // A forged cookie is no login either.
    const forged = await fetch(`${base}/board`, { headers: { cookie: "cchc_board=1.99999999999999.AAAA" } });
    expect(forged.status).toBe(401);
    await context.close();
  }, 60_000);

  it("a link expires after 15 minutes; focal points are told the board is for reviewers", async () => {
    const link = await boardLink("r1");
    w.clock.set("2024-04-10T09:16");
    const r = await fetch(link, { redirect: "manual" });
    expect(r.status).toBe(410);
    expect(await r.text()).toMatch(/đã hết hạn/);
    expect(await d.say("f1", "bảng theo dõi")).toMatch(/dành cho người duyệt/);
    w.clock.set("2024-04-10T09:00");
  });
});
