// A whole production process on the large data set (see bench.ts): the
// compiled build with npm start's flags, Telegram long polling (against a fake
// Bot API on 127.0.0.1), scheduler and dispatcher running, answering
// "nhiệm vụ của tôi" and friends from thousands of chats. Reports its peak RSS.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db/client.js";
import { FakeTelegram } from "../test/helpers/fake-telegram.js";

const ROOT = path.resolve(import.meta.dirname, "..");

export async function measureProcess(
  url: string,
  dbName: string,
  flags: string[],
  env: NodeJS.ProcessEnv = process.env,
  messages = 5000,
): Promise<void> {
  // Telegram accounts for the first 5,000 officials of the generated agencies.
  const db = await openDatabase(url);
  const users = await db.client.user.findMany({
    where: { agency: { jurisdiction: "bench" } },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 5000,
  });
  await db.client.chatAccount.createMany({
    data: users.map((u, k) => ({
      userId: u.id,
      channel: "telegram",
      externalId: String(700_000 + k),
      chatId: String(700_000 + k),
    })),
  });
  await db.close();

  const api = new FakeTelegram();
  await api.start();
  const storage = mkdtempSync(path.join(tmpdir(), "cchc-bench-files-"));
  const child = spawn(process.execPath, [...flags, path.join(ROOT, "dist/main.js")], {
    cwd: ROOT,
    env: {
      ...env,
      DATABASE_URL: url,
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.url,
      LOG_LEVEL: "warn",
      STORAGE_DIR: storage,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const status = (field: string) =>
    Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))![1]) / 1024;
  try {
    // Ready once it answers a first message.
    await api.ask(700_000, "nhiệm vụ của tôi");
    const texts = ["nhiem vu cua toi", "quá hạn", "việc sắp đến hạn", "nhiệm vụ 1.14", "tìm chuyển đổi số"];
    const sentBefore = api.calls.length;
    const t0 = performance.now();
    for (let i = 0; i < messages; i++) api.sendText(700_000 + ((i * 7919) % users.length), texts[i % texts.length]!);
    await api.settle(500);
    const seconds = (performance.now() - t0) / 1000 - 0.5;
    const replies = api.calls.slice(sentBefore).filter((c) => c.method === "sendMessage").length;
    console.log(
      JSON.stringify({
        bench: "process",
        db: dbName,
        channel: "telegram (long polling)",
        messages,
        replies,
        seconds: +seconds.toFixed(2),
        peakRssMB: Math.round(status("VmHWM")),
        nodeFlags: flags,
        mallocArenaMax: env.MALLOC_ARENA_MAX ?? null,
        target: { peakRssMB: 200 },
      }),
    );
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.on("exit", r));
    await api.stop();
    rmSync(storage, { recursive: true, force: true });
  }
}
