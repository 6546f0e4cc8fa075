import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { HttpServer } from "../../src/http/server.js";
import { world, type World } from "../helpers/assistant.js";
import { FakeTelegram } from "../helpers/fake-telegram.js";
import { pollingBot, serveWebhooks, type RunningChannel } from "../helpers/telegram-bot.js";

const SECRET = "s3cret-token-for-webhook-tests";
let w: World;
let api: FakeTelegram;
let runtime: RunningChannel;
let server: HttpServer;

beforeAll(async () => {
  w = await world();
  api = new FakeTelegram();
  await api.start();
  runtime = await pollingBot(w, api, { webhookUrl: "https://bot.example.gov.vn/telegram/hook", webhookSecret: SECRET });
  server = await serveWebhooks([runtime.webhook!]);
});

afterEach(() => api.assertClean());

afterAll(async () => {
  await server?.stop();
  await runtime?.stop();
  await api?.stop();
  await w?.db.dispose();
});

const update = (id: number, text: string) => ({
  update_id: id,
  message: {
    message_id: id,
    date: 0,
    from: { id: 300, is_bot: false, first_name: "A" },
    chat: { id: 300, type: "private" },
    text,
  },
});

async function post(body: unknown, secret?: string, path = "/telegram/hook") {
  return fetch(`http://127.0.0.1:${server.port}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
    body: JSON.stringify(body),
  });
}

describe("Telegram webhook mode", () => {
  it("registers the webhook with its secret", () => {
    expect(api.sent("setWebhook")[0]!.body).toMatchObject({
      url: "https://bot.example.gov.vn/telegram/hook",
      secret_token: SECRET,
    });
  });

  it("rejects a request with a wrong or missing secret and does not process it", async () => {
    const before = api.calls.length;
    expect((await post(update(1, "/start"), "wrong-secret-wrong-secret")).status).toBe(401);
    expect((await post(update(2, "/start"))).status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(api.sent("sendMessage", 300, before)).toHaveLength(0);
  });

  it("answers a valid one", async () => {
    const before = api.calls.length;
    expect((await post(update(3, "/start"), SECRET)).status).toBe(200);
    const r = await api.waitFor(() => api.sent("sendMessage", 300, before)[0]);
    expect(r.body.text).toMatch(/chưa được liên kết/);
  });

  it("refuses bodies over 1 MB", async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/telegram/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: "x".repeat(1024 * 1024 + 1),
    }).catch(() => ({ status: 413 }));
    expect(res.status).toBe(413);
  });

  it("serves a health check and 404 elsewhere", async () => {
    expect((await fetch(`http://127.0.0.1:${server.port}/health`)).status).toBe(200);
    expect((await post(update(4, "/start"), SECRET, "/other")).status).toBe(404);
  });
});
