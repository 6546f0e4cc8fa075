import http from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ZaloChannel } from "../../src/channels/zalo/channel.js";
import { ZaloClient } from "../../src/channels/zalo/client.js";
import type { Incoming } from "../../src/core/types.js";
import type { HttpServer } from "../../src/http/server.js";
import { createLogger } from "../../src/logger.js";
import { world, type World } from "../helpers/assistant.js";
import { FakeTelegram } from "../helpers/fake-telegram.js";
import { FakeZalo } from "../helpers/fake-zalo.js";
import { pollingBot, serveChannel, serveWebhooks, type RunningChannel } from "../helpers/telegram-bot.js";

const TG_SECRET = "telegram-webhook-secret-1";
const ZALO_SECRET = "zalo-webhook-secret-12345";
const log = createLogger("silent");
let w: World;
let tg: FakeTelegram;
let zaloApi: FakeZalo;
let zalo: ZaloChannel;
let runtime: RunningChannel;
let zaloRuntime: RunningChannel;
let server: HttpServer;

beforeAll(async () => {
  w = await world("2024-03-20T09:00");
  // A message that makes the assistant fail, to see what the person gets.
  const handle = w.assistant.handle.bind(w.assistant);
  w.assistant.handle = async (msg: Incoming) => {
    if (msg.text === "làm hỏng") throw new Error("boom");
    return handle(msg);
  };
  tg = new FakeTelegram();
  zaloApi = new FakeZalo();
  await Promise.all([tg.start(), zaloApi.start()]);
  runtime = await pollingBot(w, tg, { webhookUrl: "https://bot.example.gov.vn/tg", webhookSecret: TG_SECRET });
  zalo = new ZaloChannel({
    client: new ZaloClient({ token: zaloApi.token, apiRoot: zaloApi.url, retries: 0 }),
    i18n: w.services.i18n,
    locale: "vi",
    log,
    webhook: { url: "https://bot.example.gov.vn/zalo", secret: ZALO_SECRET },
  });
  zaloRuntime = await serveChannel(w, zalo);
  server = await serveWebhooks([runtime.webhook!, zaloRuntime.webhook!]);
});
afterEach(() => {
  tg.assertClean();
  zaloApi.assertClean();
});
afterAll(async () => {
  await server?.stop();
  await runtime?.stop();
  await zaloRuntime?.stop();
  await Promise.all([tg?.stop(), zaloApi?.stop()]);
  await w?.db.dispose();
});

const HOOKS = {
  telegram: { path: "/tg", header: "x-telegram-bot-api-secret-token", secret: TG_SECRET },
  zalo: { path: "/zalo", header: "x-bot-api-secret-token", secret: ZALO_SECRET },
} as const;

let nextUpdate = 1;
const tgUpdate = (chat: number, text: string) => ({
  update_id: nextUpdate++,
  message: {
    message_id: nextUpdate,
    date: 0,
    from: { id: chat, is_bot: false, first_name: "A" },
    chat: { id: chat, type: "private" },
    text,
  },
});

/**
 * A raw POST whose body is written in pieces (chunked, no Content-Length):
 * `first` at once, the rest after `delayMs`. Resolves when the headers have
 * been sent, with the response to come.
 */
function slowPost(
  platform: keyof typeof HOOKS,
  first: string,
  rest: string,
  delayMs: number,
): { status: Promise<number> } {
  const hook = HOOKS[platform];
  const req = http.request({
    host: "127.0.0.1",
    port: server.port,
    path: hook.path,
    method: "POST",
    headers: { "content-type": "application/json", [hook.header]: hook.secret },
  });
  const status = new Promise<number>((resolve, reject) => {
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
  });
  req.flushHeaders();
  req.write(first);
  setTimeout(() => req.end(rest), delayMs);
  return { status };
}

describe.each(["telegram", "zalo"] as const)("the %s webhook on the shared server", (platform) => {
  const hook = HOOKS[platform];
  const post = (body: string, headers: Record<string, string> = { [hook.header]: hook.secret }) =>
    fetch(`http://127.0.0.1:${server.port}${hook.path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    }).then((r) => r.status);

  it("answers 400 to a body that is not JSON, and 401 without the secret", async () => {
    expect(await post("{not json")).toBe(400);
    expect(await post("{}", {})).toBe(401);
    expect(await post("{}", { [hook.header]: `${hook.secret}x` })).toBe(401);
  });

  it("counts a chunked body's bytes as they arrive: a readable 413, flat memory, the server still up", async () => {
    const rss0 = process.memoryUsage().rss;
    const chunk = Buffer.alloc(256 * 1024, 0x78);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 64 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`http://127.0.0.1:${server.port}${hook.path}`, {
      method: "POST",
      headers: { [hook.header]: hook.secret },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((process.memoryUsage().rss - rss0) / 1048576).toBeLessThan(40);
    expect((await fetch(`http://127.0.0.1:${server.port}/health`)).status).toBe(200);
  });
});

describe("order and failures", () => {
  it("a chat's updates are handled in the order they arrived, even when a later body finishes first", async () => {
    await tg.settle();
    const from = tg.calls.length;
    const chat = 8801;
    // The first update's body is still arriving when the second has come in whole.
    const a = slowPost(
      "telegram",
      JSON.stringify(tgUpdate(chat, "/lang en")).slice(0, 10),
      JSON.stringify(tgUpdate(chat, "/lang en")).slice(10),
      300,
    );
    await new Promise((r) => setTimeout(r, 50));
    const b = slowPost("telegram", JSON.stringify(tgUpdate(chat, "/lang vi")), "", 0);
    expect(await Promise.all([a.status, b.status])).toEqual([200, 200]);
    await tg.waitFor(() => tg.sent("sendMessage", chat, from).length >= 2);
    expect(tg.sent("sendMessage", chat, from).map((c) => c.body.text)).toEqual([
      "Switched to English.",
      "Đã chuyển sang Tiếng Việt.",
    ]);
  });

  it("keeps every chat's updates in order with 400 chats posting at once, on both platforms", async () => {
    await Promise.all([tg.settle(), zaloApi.settle()]);
    const tgFrom = tg.calls.length;
    const zFrom = zaloApi.calls.length;
    const words = ["/lang en", "/lang vi", "/lang en", "/lang vi"];
    // Each chat posts its updates one after another, as a platform does (each is answered once queued,
    // long before it is handled); all 400 chats at once.
    const chat = async (c: number): Promise<number[]> => {
      const statuses: number[] = [];
      for (const text of words) {
        statuses.push(
          await fetch(`http://127.0.0.1:${server.port}/tg`, {
            method: "POST",
            headers: { "content-type": "application/json", [HOOKS.telegram.header]: TG_SECRET },
            body: JSON.stringify(tgUpdate(9000 + c, text)),
          }).then((r) => r.status),
        );
        statuses.push(
          await fetch(`http://127.0.0.1:${server.port}/zalo`, {
            method: "POST",
            headers: { "content-type": "application/json", [HOOKS.zalo.header]: ZALO_SECRET },
            body: JSON.stringify(zaloApi.webhookBody(zaloApi.update(`z${c}`, "message.text.received", { text }))),
          }).then((r) => r.status),
        );
      }
      return statuses;
    };
    const statuses = (await Promise.all(Array.from({ length: 200 }, (_, c) => chat(c)))).flat();
    expect(new Set(statuses)).toEqual(new Set([200]));
    await runtime.stop();
    await zalo.idle();
    await Promise.all([tg.settle(), zaloApi.settle()]);
    const expected = [
      "Switched to English.",
      "Đã chuyển sang Tiếng Việt.",
      "Switched to English.",
      "Đã chuyển sang Tiếng Việt.",
    ];
    for (let c = 0; c < 200; c++) {
      expect(tg.sent("sendMessage", 9000 + c, tgFrom).map((x) => x.body.text)).toEqual(expected);
      expect(zaloApi.texts(`z${c}`, zFrom)).toEqual(expected);
    }
  }, 120_000);

  it("an update whose handling fails: 200 to the platform, a polite reply to the person", async () => {
    const from = tg.calls.length;
    const status = await fetch(`http://127.0.0.1:${server.port}/tg`, {
      method: "POST",
      headers: { "content-type": "application/json", [HOOKS.telegram.header]: TG_SECRET },
      body: JSON.stringify(tgUpdate(8802, "làm hỏng")),
    }).then((r) => r.status);
    expect(status).toBe(200);
    const reply = await tg.waitFor(() => tg.sent("sendMessage", 8802, from)[0]);
    expect(reply.body.text).toMatch(/đã có lỗi khi xử lý/);
    const zFrom = zaloApi.calls.length;
    expect(
      await fetch(`http://127.0.0.1:${server.port}/zalo`, {
        method: "POST",
        headers: { "content-type": "application/json", [HOOKS.zalo.header]: ZALO_SECRET },
        body: JSON.stringify(
          zaloApi.webhookBody(zaloApi.update("z-fail", "message.text.received", { text: "làm hỏng" })),
        ),
      }).then((r) => r.status),
    ).toBe(200);
    await zalo.idle();
    expect(zaloApi.texts("z-fail", zFrom).join("")).toMatch(/đã có lỗi khi xử lý/);
  });
});
