import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvite } from "../../src/db/invite-repo.js";
import type { UserRole } from "../../src/db/user-repo.js";
import { world, type World } from "../helpers/assistant.js";
import { consoleDriver, sendArticle, telegramDriver, zaloDriver, type Driver } from "../helpers/drivers.js";
import { FakeTelegram } from "../helpers/fake-telegram.js";
import { FakeZalo } from "../helpers/fake-zalo.js";
import { pollingBot, pollingZalo, type RunningChannel } from "../helpers/telegram-bot.js";

// One submission's life across the three channels of one deployment: sent on Zalo, returned from the console an
// hour later, sent again, accepted on Telegram — every party hearing of it on their own channel.
let w: World;
let tg: FakeTelegram;
let zl: FakeZalo;
let running: RunningChannel[] = [];
let zalo: Driver;
let telegram: Driver;
let terminal: ReturnType<typeof consoleDriver>;

async function until(what: () => string, re: RegExp): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (!re.test(what()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return what();
}

beforeAll(async () => {
  w = await world("2024-03-25T09:00");
  tg = new FakeTelegram();
  zl = new FakeZalo();
  await Promise.all([tg.start(), zl.start()]);
  running = [await pollingBot(w, tg), await pollingZalo(w, zl)];
  telegram = telegramDriver(tg, 500000);
  zalo = zaloDriver(zl, 500000);
  terminal = consoleDriver(w.assistant);
  const invite = (agency: string, role: UserRole) => createInvite(w.db.client, agency, role, w.clock.now(), 14);
  await zalo.say("1", `/start ${(await invite("hcm.q1", "focal")).code}`);
  await terminal.say("2", `/start ${(await invite("hcm.snv", "reviewer")).code}`);
  await telegram.say("3", `/start ${(await invite("hcm.snv", "reviewer")).code}`);
}, 60_000);

afterAll(async () => {
  terminal?.close();
  for (const r of running) await r.stop();
  await Promise.all([tg?.stop(), zl?.stop()]);
  await w?.db.dispose();
});

describe("review across channels", () => {
  it("Zalo submits, the console returns it with a reason, Zalo resubmits, Telegram accepts: 'đã duyệt'", async () => {
    const first = await sendArticle(zalo, "1", "https://q1.hochiminhcity.gov.vn/cchc-quy-1", "Mô hình một cửa số");

    w.clock.set("2024-03-25T10:05");
    const inbox = await terminal.say("2", "bài chờ duyệt");
    expect(inbox).toMatch(
      new RegExp(`${first.replace(".", "\\.")} — UBND Quận 1 — Bài viết quý I/2024 — Mô hình một cửa số`),
    );
    expect(inbox).toMatch(/1 giờ trước/);
    const card = await terminal.choose("2", new RegExp(`Mở ${first.replace(".", "\\.")}`));
    expect(card).toMatch(/https:\/\/q1\.hochiminhcity\.gov\.vn\/cchc-quy-1/);
    const zaloBefore = zl.calls.length;
    expect(await terminal.say("2", `trả lại ${first} vì thiếu số liệu quý I`)).toMatch(/Đã trả lại/);
    const pushed = await until(() => zl.texts("500001", zaloBefore).join("\n"), /bị trả lại/);
    expect(pushed).toMatch(
      new RegExp(`${first.replace(".", "\\.")} \\(Bài viết quý I/2024\\) bị trả lại: thiếu số liệu quý I`),
    );
    expect(pushed).toMatch(/gõ nộp bài để gửi bản mới/);

    const link = "https://q1.hochiminhcity.gov.vn/cchc-quy-1-bo-sung";
    const second = await sendArticle(zalo, "1", link, "Mô hình một cửa số (bổ sung số liệu)");
    expect(second).not.toBe(first);

    expect(await telegram.say("3", `duyệt bài của UBND Quận 1`)).toMatch(
      new RegExp(`Đã duyệt ${second.replace(".", "\\.")}`),
    );
    expect(await until(() => zl.texts("500001").join("\n"), /đã được duyệt/)).toMatch(/đã được duyệt/);
    expect(await zalo.say("1", "tôi đã nộp chưa")).toMatch(
      new RegExp(`${second.replace(".", "\\.")} — bài viết .* — đã duyệt`),
    );
    expect(await terminal.say("2", second)).toMatch(/Trạng thái: đã duyệt/);
    expect(await telegram.say("3", "bài chờ duyệt")).toMatch(/Không có bài nào chờ duyệt/);
  }, 60_000);
});
