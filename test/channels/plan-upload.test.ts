import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvite } from "../../src/db/invite-repo.js";
import { ensureLinkedAccount } from "../../src/db/user-repo.js";
import { world, type World } from "../helpers/assistant.js";
import { planDocx } from "../helpers/docx-plan.js";
import { consoleDriver } from "../helpers/drivers.js";
import { buttonsOf, FakeTelegram } from "../helpers/fake-telegram.js";
import { HCM_PLAN, SADEC_PLAN } from "../helpers/paths.js";
import { pollingBot, type RunningChannel } from "../helpers/telegram-bot.js";

const ADMIN = 401;
const FOCAL = 402;
let w: World;
let api: FakeTelegram;
let runtime: RunningChannel;

beforeAll(async () => {
  w = await world("2024-03-20T09:00", [String(ADMIN)]);
  api = new FakeTelegram();
  await api.start();
  runtime = await pollingBot(w, api);
  await api.ask(ADMIN, "/start");
  const invite = await createInvite(w.db.client, "hcm.snv", "focal", w.clock.now(), 14);
  await api.ask(FOCAL, `/start ${invite.code}`);
});

afterAll(async () => {
  await runtime?.stop();
  await api?.stop();
  await w?.db.dispose();
});

const tasksOf = async (planId: string) => w.db.client.task.count({ where: { planId, isHeading: false } });

describe("an admin sends the plan as published, in the chat (Telegram)", () => {
  it("only admins: a focal point asking is told who loads plans", async () => {
    expect((await api.ask(FOCAL, "nhập kế hoạch")).body.text).toMatch(/Chỉ quản trị viên mới nạp kế hoạch/);
  });

  it("a scanned PDF is refused with what to send; the loaded plan stays", async () => {
    expect((await api.ask(ADMIN, "/kehoach")).body.text).toMatch(/Gửi tệp kế hoạch CCHC: bản Word \(\.docx\)/);
    const scan = Buffer.from("%PDF-1.4\n1 0 obj << /Subtype /Image >> endobj\n%%EOF");
    const refused = await api.answerTo(ADMIN, () => api.sendDocument(ADMIN, scan, "ke-hoach-scan.pdf"));
    expect(refused.body.text).toMatch(/Không nạp được ke-hoach-scan\.pdf: tệp quét, cần bản Word hoặc văn bản/);
    expect(await tasksOf("hcm-2024-qd6004-ke-hoach-cchc")).toBe(102);
  });

  it("the Word file of a loaded plan: what would change, then replaced only on confirmation", async () => {
    const docx = planDocx(HCM_PLAN);
    const ask = await api.answerTo(ADMIN, () =>
      api.sendDocument(ADMIN, readFileSync(docx), "hcm-2024-qd6004-ke-hoach-cchc.docx"),
    );
    expect(ask.body.text).toMatch(/sẽ thay kế hoạch đang có .*: thêm 0, bỏ 0, đổi 0 nhiệm vụ — xác nhận\?/);
    // Word's parse matches the text copy, but the file is another format's bytes: nothing is written yet.
    expect(
      (await w.db.client.plan.findUniqueOrThrow({ where: { id: "hcm-2024-qd6004-ke-hoach-cchc" } })).sourceFile,
    ).toMatch(/\.txt$/);
    const confirm = buttonsOf(ask).find((b) => /Xác nhận thay/.test(b.text))!;
    const done = await api.answerTo(ADMIN, () => api.press(ADMIN, confirm.callback_data));
    expect(done.body.text).toMatch(/Đã nạp .*: 7 mục, 102 nhiệm vụ, 1 đề mục\. Cơ quan chưa nhận ra: 0/);
    expect(await tasksOf("hcm-2024-qd6004-ke-hoach-cchc")).toBe(102);
    // The same file again: nothing to do.
    await api.ask(ADMIN, "/kehoach");
    const again = await api.answerTo(ADMIN, () =>
      api.sendDocument(ADMIN, readFileSync(docx), "hcm-2024-qd6004-ke-hoach-cchc.docx"),
    );
    expect(again.body.text).toMatch(/đã được nạp từ đúng tệp này; không có gì thay đổi/);
  });

  it("a plan cut short: the difference says what would go; cancelling keeps the loaded plan", async () => {
    const text = readFileSync(SADEC_PLAN, "utf8");
    const cut = text.slice(0, text.indexOf("| | 3.6."));
    await api.ask(ADMIN, "nhập kế hoạch");
    const ask = await api.answerTo(ADMIN, () =>
      api.sendDocument(ADMIN, Buffer.from(cut), "sadec-2024-ke-hoach-cchc.txt"),
    );
    expect(ask.body.text).toMatch(/thêm 0, bỏ \d+, đổi \d+ nhiệm vụ/);
    expect(ask.body.text).toMatch(/⚠️ Lưu ý: sẽ xóa \d+\/46 nhiệm vụ đang có/);
    const cancelled = await api.answerTo(ADMIN, () => api.ask(ADMIN, "hủy"));
    expect(cancelled.body.text).toMatch(/Đã hủy nạp kế hoạch; kế hoạch đang có giữ nguyên/);
    expect(await tasksOf("sadec-2024-ke-hoach-cchc")).toBe(46);
  });
});

describe("on Zalo, whose Bot API passes a bot no files", () => {
  it("the admin is told where a plan file can be sent", async () => {
    await ensureLinkedAccount(w.db.client, "zalo", "z9", "hcm.snv", "admin", "Quản trị");
    const from = { channel: "zalo" as const, externalId: "z9", chatId: "z9", buttons: false };
    const ask = await w.assistant.handle({ ...from, text: "nhập kế hoạch" });
    expect(ask.messages[0]!.text).toMatch(/Gửi tệp kế hoạch CCHC/);
    // What the Zalo channel makes of a file: "message.unsupported.received".
    const file = await w.assistant.handle({ ...from, attachment: { kind: "other" } });
    expect(file.messages[0]!.text).toMatch(/Tệp gửi qua zalo không đến được tôi.*Telegram.*npm run cli -- import/);
  });
});

describe("the same on the console (a file by /file)", () => {
  it("loads, reports, and asks before replacing", async () => {
    await ensureLinkedAccount(w.db.client, "console", "c7", "hcm.snv", "admin", "Quản trị");
    const d = consoleDriver(w.assistant);
    try {
      expect(await d.say("7", "tải kế hoạch mới lên")).toMatch(/Gửi tệp kế hoạch CCHC/);
      expect(await d.say("7", "nhiệm vụ 1.14")).toMatch(/1\.14/);
      expect(await d.say("7", "tiếp tục")).toMatch(/Gửi tệp kế hoạch CCHC/);
      const ask = await d.say("7", `/file ${planDocx(SADEC_PLAN)}`);
      expect(ask).toMatch(/thêm 0, bỏ 0, đổi 0 nhiệm vụ — xác nhận\?/);
      expect(await d.choose("7", /Xác nhận thay/)).toMatch(/Đã nạp .*: 7 mục, 46 nhiệm vụ/);
    } finally {
      d.close();
    }
  });
});
