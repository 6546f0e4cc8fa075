import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ZaloChannel } from "../../src/channels/zalo/channel.js";
import { ZaloApiError, ZaloClient } from "../../src/channels/zalo/client.js";
import { createInvite } from "../../src/db/invite-repo.js";
import { localIso } from "../../src/domain/clock.js";
import { createLogger } from "../../src/logger.js";
import { world, type World } from "../helpers/assistant.js";
import { pollingBot, serveChannel, serveWebhooks, type RunningChannel } from "../helpers/telegram-bot.js";
import type { HttpServer } from "../../src/http/server.js";
import { FakeTelegram } from "../helpers/fake-telegram.js";
import { FakeZalo } from "../helpers/fake-zalo.js";
import { jpeg } from "../helpers/files.js";

const log = createLogger("silent");
const SECRET = "zalo-webhook-secret-value";
let w: World;
let api: FakeZalo;
let zalo: ZaloChannel;
let hook: HttpServer;
let tg: FakeTelegram;
let tgRuntime: RunningChannel;
let zaloRuntime: RunningChannel;

beforeAll(async () => {
  w = await world("2024-03-20T09:00");
  api = new FakeZalo();
  await api.start();
  tg = new FakeTelegram();
  await tg.start();
  zalo = new ZaloChannel({
    client: new ZaloClient({ token: api.token, apiRoot: api.url, retries: 0 }),
    i18n: w.services.i18n,
    locale: "vi",
    log,
    webhook: { url: "https://bot.example.gov.vn/zalo/hook", secret: SECRET },
  });
  zaloRuntime = await serveChannel(w, zalo);
  hook = await serveWebhooks([zaloRuntime.webhook!]);
  tgRuntime = await pollingBot(w, tg);
});

afterEach(() => {
  api.assertClean();
  tg.assertClean();
});

afterAll(async () => {
  await hook?.stop();
  await zaloRuntime?.stop();
  await tgRuntime?.stop();
  await api?.stop();
  await tg?.stop();
  await w?.db.dispose();
});

/** Posts an update the way the platform does: wrapped like an API response ({ ok, result }). */
const posted = (update: unknown, secret: string | null = SECRET) => post(api.webhookBody(update), secret);

async function post(body: unknown, secret: string | null = SECRET): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${hook.port}/zalo/hook`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret ? { "x-bot-api-secret-token": secret } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return res.status;
}

async function say(chat: string, text: string): Promise<string> {
  await api.settle();
  const from = api.calls.length;
  expect(await posted(api.update(chat, "message.text.received", { text }))).toBe(200);
  await zalo.idle();
  return api.texts(chat, from).join("\n");
}

describe("Zalo client", () => {
  it("validates answers, treats 408 as nothing new and accepts single or array updates", async () => {
    const client = new ZaloClient({ token: api.token, apiRoot: api.url });
    expect(await client.getMe()).toMatchObject({ id: "777" });
    expect(await client.getUpdates(0)).toEqual([]);
    api.pushRaw(api.update("9", "message.text.received", { text: "a" }));
    expect(await client.getUpdates(0)).toHaveLength(1);
    api.arrays = true;
    api.pushRaw(api.update("9", "message.text.received", { text: "b" }));
    api.pushRaw({ event_name: 42 });
    expect((await client.getUpdates(0)).map((u) => u.message.text)).toEqual(["b"]);
    api.arrays = false;
  });

  it("raises the API's error code and never shows the token", async () => {
    const bad = new ZaloClient({ token: "wrong-token-1234567890", apiRoot: api.url, retries: 0 });
    const err = await bad.getMe().catch((e) => e);
    expect(err).toBeInstanceOf(ZaloApiError);
    expect(err.errorCode).toBe(401);
    expect(String(err)).not.toContain("wrong-token-1234567890");
    const down = new ZaloClient({ token: api.token, apiRoot: "http://127.0.0.1:9", retries: 1, sleep: async () => {} });
    const e2 = await down.sendMessage("1", "x").catch((e) => e);
    expect(e2).toMatchObject({ errorCode: 0 });
    expect(String(e2)).not.toContain(api.token);
  });
});

describe("Zalo webhook", () => {
  it("rejects a wrong or missing secret with 401 and does not process it", async () => {
    const from = api.calls.length;
    expect(
      await posted(api.update("501", "message.text.received", { text: "/start" }), "wrong-secret-wrong-secret!"),
    ).toBe(401);
    expect(await posted(api.update("501", "message.text.received", { text: "/start" }), null)).toBe(401);
    await zalo.idle();
    expect(api.texts("501", from)).toEqual([]);
  });

  it("answers a valid request", async () => {
    expect(await say("501", "/start")).toMatch(/chưa được liên kết/);
  });

  it("accepts the documentation's own sample body, and tolerates a bare update", async () => {
    // Byte for byte as documented (spacing included), so the parser meets the platform's own text.
    const sample = [
      '{"ok": true, "result": {"event_name": "message.text.received", "message": {"from": ',
      '{"id": "6ede9afa66b88fe6d6a9", "display_name": "Ted", "is_bot": false}, "chat": ',
      '{"id": "6ede9afa66b88fe6d6a9", "chat_type": "PRIVATE"}, "text": "Xin chào", ',
      '"message_id": "2d758cb5e222177a4e35", "date": 1750316131602}}}',
    ].join("");
    const from = api.calls.length;
    expect(await post(sample)).toBe(200);
    await zalo.idle();
    expect(api.texts("6ede9afa66b88fe6d6a9", from).join("\n")).toMatch(/Xin chào! Tôi là trợ lý/);
    expect(await post(api.update("504", "message.text.received", { text: "/start" }))).toBe(200);
    expect(await post({ ok: false, result: api.update("504", "message.text.received", { text: "/start" }) })).toBe(400);
  });

  it("rejects or ignores malformed updates and keeps working", async () => {
    expect(await post("{not json")).toBe(400);
    expect(await post({ event_name: "message.text.received" })).toBe(400);
    expect(await post({ event_name: "message.text.received", message: { from: { id: {} }, chat: { id: "1" } } })).toBe(
      400,
    );
    expect(
      await post({ event_name: "message.text.received", message: { from: { id: "1" }, chat: { id: "1" }, text: 12 } }),
    ).toBe(400);
    expect(await posted(api.update("502", "user.follow", {}))).toBe(200);
    const big = await fetch(`http://127.0.0.1:${hook.port}/zalo/hook`, {
      method: "POST",
      headers: { "x-bot-api-secret-token": SECRET },
      body: "x".repeat(1024 * 1024 + 10),
    }).then(
      (r) => r.status,
      () => 413,
    );
    expect(big).toBe(413);
    expect(await say("502", "/start")).toMatch(/chưa được liên kết/);
  });

  it("explains stickers and unsupported messages politely", async () => {
    const invite = await createInvite(w.db.client, "hcm.q1", "focal", w.clock.now(), 14);
    await say("503", invite.code);
    let from = api.calls.length;
    await posted(api.update("503", "message.sticker.received", {}));
    await posted(api.update("503", "message.unsupported.received", {}));
    await zalo.idle();
    const [sticker, unsupported] = api.texts("503", from);
    expect(sticker).toMatch(/Cảm ơn bạn/);
    // Zalo users are told what Zalo can carry: text and photos, files through Telegram or as a link.
    expect(unsupported).toMatch(/chưa đọc được[\s\S]*tin nhắn chữ và ảnh[\s\S]*đường link/);
    from = api.calls.length;
  });
});

describe("Zalo pushes", () => {
  it("a reviewer answers a pushed submission by its number, hours later, after other messages", async () => {
    const rev = await createInvite(w.db.client, "hcm.snv", "reviewer", w.clock.now(), 14);
    await say("520", rev.code);
    expect(await say("520", "nhiem vu cua toi")).toMatch(/Trả lời bằng số/);
    // Hours later the list is off the screen: the push numbers its options from 1.
    const start = w.clock.now();
    w.clock.set(localIso(new Date(start.getTime() + 3 * 3_600_000)).slice(0, 16));
    const focal = await createInvite(w.db.client, "hcm.q5", "focal", w.clock.now(), 14);
    await say("521", focal.code);
    for (const step of ["nộp bài", "1", "Bài viết về cải cách ở Quận 5, quý I.", "1", "1"]) await say("521", step);
    // The dispatcher pushes it: the options numbered from 1, as the text says.
    const deadline = Date.now() + 10_000;
    while (!api.texts("520").some((t) => /Bài nộp mới/.test(t)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const push = api.texts("520").find((t) => /Bài nộp mới/.test(t))!;
    expect(push).toMatch(/1\) Chấp nhận\n {2}2\) Trả lại\nTrả lời bằng số: 1, 2/);
    expect(await say("520", "2")).toMatch(/lý do trả lại/i);
    expect(await say("520", "thiếu ảnh minh họa")).toMatch(/Đã trả lại/);
  });

  it("a push right after a reply numbers its options on after the reply's: each number keeps its meaning", async () => {
    const list = await say("520", "bài chờ duyệt");
    const listed = [...list.matchAll(/^ {2}(\d+)\) /gm)].length;
    for (const step of ["nộp bài", "1", "Bài viết bổ sung của Quận 5.", "1", "1"]) await say("521", step);
    const deadline = Date.now() + 10_000;
    const fresh = () => api.texts("520").filter((t) => /Bài nộp mới/.test(t));
    while (fresh().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const push = fresh().at(-1)!;
    expect(push).toMatch(new RegExp(`  ${listed + 1}\\) Chấp nhận\n  ${listed + 2}\\) Trả lại`));
    expect(await say("520", String(listed + 1))).toMatch(/Đã duyệt Q\.5-2024Q1-\d\d/);
  });
});

describe("Zalo conversations", () => {
  it("links with an invite code sent on its own", async () => {
    const invite = await createInvite(w.db.client, "hcm.stp", "focal", w.clock.now(), 14);
    expect(await say("510", invite.code.toLowerCase())).toMatch(/Đã liên kết.*Sở Tư pháp/);
    expect(await say("510", "nhiem vu cua toi")).toMatch(/Nhiệm vụ của Sở Tư pháp/);
  });

  it("splits long answers to Zalo's limit", async () => {
    const parts = zalo.render({
      messages: [
        { text: Array.from({ length: 200 }, (_, i) => `Dòng số ${i} của một câu trả lời rất dài`).join("\n") },
      ],
      notify: [],
    });
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(2000);
  });

  it("takes a photo as the quarter's article", async () => {
    api.images.set("bai.jpg", jpeg());
    await say("510", "nộp bài");
    expect(await say("510", "1")).toMatch(/Gửi nội dung/);
    const from = api.calls.length;
    await posted(api.update("510", "message.image.received", { photo: `${api.url}/images/bai.jpg` }));
    await zalo.idle();
    expect(api.texts("510", from).join("\n")).toMatch(/tiêu đề/);
    expect(await say("510", "1")).toMatch(/Kiểm tra trước khi nộp/);
    expect(await say("510", "1")).toMatch(/Biên nhận STP-2024Q1-01/);
    const row = await w.db.client.submission.findFirstOrThrow({ where: { receipt: "STP-2024Q1-01" } });
    expect(row).toMatchObject({ contentType: "photo", channel: "zalo", mimeType: "image/jpeg" });
  });

  it("one person on Telegram and Zalo keeps one identity, and chooses where reminders go", async () => {
    const invite = await createInvite(w.db.client, "hcm.skhdt", "focal", w.clock.now(), 14);
    await tg.ask(8801, `/start ${invite.code}`);
    await tg.settle();
    const codeMsg = await tg.ask(8801, "/lienket");
    const code = /<b>([A-Z0-9]{4}-[A-Z0-9]{4})<\/b>/.exec(codeMsg.body.text)![1]!;
    // Sent on its own, as Zalo users do: the code alone is enough.
    expect(await say("520", code)).toMatch(/Đã nối tài khoản.*Sở Kế hoạch và Đầu tư/);
    await tg.waitFor(() => tg.sent("sendMessage", 8801).some((c) => /vừa được nối với bạn/.test(c.body.text)));
    expect(await say("520", "nhiem vu cua toi")).toMatch(/Nhiệm vụ của Sở Kế hoạch và Đầu tư/);
    expect(await say("521", `/lienket ${code}`)).toMatch(/không đúng hoặc đã hết hạn/);
    const accounts = await w.db.client.chatAccount.findMany({ where: { externalId: { in: ["8801", "520"] } } });
    expect(new Set(accounts.map((a) => a.userId)).size).toBe(1);
    expect(await say("520", "/nhacqua zalo")).toMatch(/nhận nhắc việc qua: zalo/);
    expect((await w.db.client.user.findUniqueOrThrow({ where: { id: accounts[0]!.userId } })).notifyChannels).toBe(
      "zalo",
    );
  });
});
