import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZaloChannel } from "../../src/channels/zalo/channel.js";
import { ZaloClient } from "../../src/channels/zalo/client.js";
import { createLogger } from "../../src/logger.js";
import { world, type World } from "../helpers/assistant.js";
import { pollingBot, type RunningChannel } from "../helpers/telegram-bot.js";
import { FakeTelegram } from "../helpers/fake-telegram.js";
import { FakeZalo } from "../helpers/fake-zalo.js";
import type { Assistant } from "../../src/core/assistant.js";
import { buildAssistant } from "../../src/core/build.js";
import { createInvite } from "../../src/db/invite-repo.js";
import type { HttpServer } from "../../src/http/server.js";
import { serveWebhooks } from "../helpers/telegram-bot.js";

// A fixed seed keeps CI reproducible; FUZZ_SEED=<n> explores other inputs.
fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20261123) });

const log = createLogger("silent");
let w: World;
let tg: FakeTelegram;
let runtime: RunningChannel;
let zaloApi: FakeZalo;
let zalo: ZaloChannel;

beforeAll(async () => {
  w = await world("2024-03-20T09:00");
  tg = new FakeTelegram();
  await tg.start();
  runtime = await pollingBot(w, tg);
  zaloApi = new FakeZalo();
  await zaloApi.start();
  zalo = new ZaloChannel({
    client: new ZaloClient({ token: zaloApi.token, apiRoot: zaloApi.url, retries: 0 }),
    i18n: w.services.i18n,
    locale: "vi",
    log,
    webhook: { url: "https://bot.example.gov.vn/zalo-direct", secret: "fuzz-direct-secret-0001" },
  });
  await zalo.start((m) => w.assistant.handle(m));
});

afterAll(async () => {
  await runtime?.stop();
  await zalo?.stop();
  await tg?.stop();
  await zaloApi?.stop();
  await w?.db.dispose();
});

const id = fc.oneof(fc.integer(), fc.string({ maxLength: 12 }), fc.constant(null), fc.double());
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.constantFrom("/start", "/start ZZZZ2222", "nhiệm vụ của tôi", "nộp bài", "1", "/lienket 123456"),
  fc.anything(),
);
const user = fc.record(
  {
    id,
    is_bot: fc.oneof(fc.boolean(), fc.anything()),
    first_name: fc.oneof(fc.string({ maxLength: 20 }), fc.anything()),
    language_code: fc.oneof(fc.constantFrom("vi", "en"), fc.anything()),
  },
  { requiredKeys: [] },
);
const chat = fc.record(
  { id, type: fc.oneof(fc.constantFrom("private", "group", "supergroup", "channel"), fc.anything()) },
  { requiredKeys: [] },
);

describe("Telegram update handling under fuzzing", () => {
  it("survives malformed updates and keeps answering", async () => {
    const updates = fc.sample(
      fc.oneof(
        fc.record(
          {
            message: fc.record(
              { message_id: id, date: fc.anything(), from: user, chat, text, caption: text, sticker: fc.anything() },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: [] },
        ),
        fc.record(
          {
            callback_query: fc.record(
              {
                id: fc.string({ maxLength: 8 }),
                from: user,
                data: text,
                chat_instance: fc.string({ maxLength: 4 }),
                message: fc.anything(),
              },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: [] },
        ),
        fc.dictionary(fc.string({ maxLength: 10 }), fc.anything(), { maxKeys: 4 }),
      ),
      { numRuns: 400, seed: 42 },
    );
    for (const u of updates) tg.pushRaw(u as Record<string, unknown>);
    await tg.settle(300);
    const reply = await tg.ask(424242, "/start");
    expect(reply.body.text).toMatch(/chưa được liên kết/);
  }, 60_000);
});

describe("Zalo update handling under fuzzing", () => {
  it("rejects or ignores anything malformed, never throws", async () => {
    const zaloUser = fc.record(
      { id, display_name: fc.oneof(fc.string({ maxLength: 20 }), fc.anything()) },
      { requiredKeys: [] },
    );
    const update = fc.oneof(
      fc.record(
        {
          event_name: fc.oneof(
            fc.constantFrom(
              "message.text.received",
              "message.image.received",
              "message.sticker.received",
              "message.unsupported.received",
              "x",
            ),
            fc.anything(),
          ),
          message: fc.oneof(
            fc.record(
              {
                from: zaloUser,
                chat: fc.record({ id, chat_type: fc.anything() }, { requiredKeys: [] }),
                text,
                photo: fc.oneof(fc.constant("http://127.0.0.1:9/x.jpg"), fc.anything()),
              },
              { requiredKeys: [] },
            ),
            fc.anything(),
          ),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(update, (u) => {
        expect(typeof zalo.accept(u)).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
    await zalo.idle();
    const from = zaloApi.calls.length;
    zalo.accept(zaloApi.update("777001", "message.text.received", { text: "/start" }));
    await zalo.idle();
    expect(zaloApi.texts("777001", from).join("\n")).toMatch(/chưa được liên kết/);
  }, 120_000);
});

describe("guessing codes and oversize bodies over the webhooks", () => {
  const SECRET = "fuzz-webhook-secret-0001";
  let server: HttpServer;
  let hookZalo: ZaloChannel;
  let guarded: Assistant;

  beforeAll(async () => {
    // The production rate limit (30 a minute), not the test worlds' generous one.
    guarded = buildAssistant({
      database: w.db,
      clock: w.clock,
      storageDir: w.storageDir,
      config: { ratePerMinute: 30 },
    });
    hookZalo = new ZaloChannel({
      client: new ZaloClient({ token: zaloApi.token, apiRoot: zaloApi.url, retries: 0 }),
      i18n: w.services.i18n,
      locale: "vi",
      log,
      webhook: { url: "https://bot.example.gov.vn/zalo-fuzz", secret: SECRET },
    });
    const started = await hookZalo.start((m) => guarded.handle(m));
    server = await serveWebhooks([started.webhook!]);
  });
  afterAll(async () => {
    await server?.stop();
    await hookZalo?.stop();
  });

  const post = (body: RequestInit["body"], init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${server.port}/zalo-fuzz`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-bot-api-secret-token": SECRET },
      body,
      ...init,
    }).then((r) => r.status);
  const text = (chat: string, t: string) =>
    JSON.stringify(zaloApi.webhookBody(zaloApi.update(chat, "message.text.received", { text: t })));

  it("2,001 link-code guesses and then the real code from one Zalo account never join it to the admin", async () => {
    const invite = await createInvite(w.db.client, "hcm.snv", "admin", w.clock.now(), 14);
    await guarded.handle({
      channel: "telegram",
      externalId: "fuzz-admin",
      chatId: "fuzz-admin",
      buttons: true,
      text: `/start ${invite.code}`,
    });
    const shown = (
      await guarded.handle({
        channel: "telegram",
        externalId: "fuzz-admin",
        chatId: "fuzz-admin",
        buttons: true,
        text: "/lienket",
      })
    ).messages[0]!.text;
    const code = /<b>([A-Z0-9-]{9})<\/b>/.exec(shown)![1]!;
    const guesses = fc
      .sample(fc.stringMatching(/^[A-HJ-KM-NP-Z2-9]{4}-[A-HJ-KM-NP-Z2-9]{4}$/), { numRuns: 2001, seed: 7 })
      .filter((g) => g !== code);
    for (const g of guesses) expect(await post(text("zalo-attacker", `/lienket ${g}`))).toBe(200);
    expect(await post(text("zalo-attacker", `/lienket ${code}`))).toBe(200);
    await hookZalo.idle();
    const attacker = await w.db.client.chatAccount.findUniqueOrThrow({
      where: { channel_externalId: { channel: "zalo", externalId: "zalo-attacker" } },
      include: { user: true },
    });
    expect(attacker.user.role).not.toBe("admin");
    expect(attacker.user.status).not.toBe("active");
    // At most a handful were even looked at: the rest hit the rate limit or the guess limit.
    expect(await w.db.client.codeGuess.count({ where: { accountId: attacker.id } })).toBeLessThanOrEqual(5);
  }, 120_000);

  it("random invite-code guesses link nobody", async () => {
    const before = await w.db.client.user.count({ where: { status: "active" } });
    const guesses = fc.sample(fc.stringMatching(/^[A-HJ-KM-NP-Za-hj-km-np-z2-9]{8}$/), { numRuns: 300, seed: 11 });
    for (const [i, g] of guesses.entries())
      expect(await post(text(`inv-${i % 7}`, /\d/.test(g) ? g : `/start ${g}`))).toBe(200);
    await hookZalo.idle();
    expect(await w.db.client.user.count({ where: { status: "active" } })).toBe(before);
  }, 60_000);

  it("chunked bodies of any size and chunking: over 1 MB is a readable 413, under is judged on content", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: 1, max: 4096 }),
          fc.integer({ min: 1024 * 1024 - 64, max: 1024 * 1024 + 64 }),
          fc.integer({ min: 2 * 1024 * 1024, max: 8 * 1024 * 1024 }),
        ),
        fc.integer({ min: 1, max: 300_000 }),
        async (size, chunkSize) => {
          let sent = 0;
          const body = new ReadableStream<Uint8Array>({
            pull(controller) {
              if (sent >= size) return controller.close();
              const n = Math.min(chunkSize, size - sent);
              sent += n;
              controller.enqueue(new Uint8Array(n).fill(0x7b));
            },
          });
          const status = await post(body as unknown as RequestInit["body"], { duplex: "half" } as RequestInit);
          expect(status).toBe(size > 1024 * 1024 ? 413 : 400);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
