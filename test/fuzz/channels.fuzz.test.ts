import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TelegramRuntime } from "../../src/channels/telegram/run.js";
import { ZaloChannel } from "../../src/channels/zalo/channel.js";
import { ZaloClient } from "../../src/channels/zalo/client.js";
import { Notifier } from "../../src/core/notifier.js";
import { createLogger } from "../../src/logger.js";
import { world, type World } from "../helpers/assistant.js";
import { pollingBot } from "../helpers/telegram-bot.js";
import { FakeTelegram } from "../helpers/fake-telegram.js";
import { FakeZalo } from "../helpers/fake-zalo.js";

// A fixed seed keeps CI reproducible; FUZZ_SEED=<n> explores other inputs.
fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20261123) });

const log = createLogger("silent");
let w: World;
let tg: FakeTelegram;
let runtime: TelegramRuntime;
let zaloApi: FakeZalo;
let zalo: ZaloChannel;

beforeAll(async () => {
  w = await world("2024-03-20T09:00");
  tg = new FakeTelegram();
  await tg.start();
  const notifier = new Notifier(w.db.prisma);
  runtime = await pollingBot(w, tg, notifier, 100_000);
  zaloApi = new FakeZalo();
  await zaloApi.start();
  zalo = new ZaloChannel({ client: new ZaloClient({ token: zaloApi.token, apiRoot: zaloApi.url, retries: 0 }), assistant: w.assistant, notifier, i18n: w.services.i18n, locale: "vi", log });
});

afterAll(async () => {
  await runtime?.stop();
  await zalo?.stop();
  await tg?.stop();
  await zaloApi?.stop();
  await w?.db.dispose();
});

const id = fc.oneof(fc.integer(), fc.string({ maxLength: 12 }), fc.constant(null), fc.double());
const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 100 }), fc.constantFrom("/start", "/start ZZZZ2222", "nhiệm vụ của tôi", "nộp bài", "1", "/lienket 123456"), fc.anything());
const user = fc.record({ id, is_bot: fc.oneof(fc.boolean(), fc.anything()), first_name: fc.oneof(fc.string({ maxLength: 20 }), fc.anything()), language_code: fc.oneof(fc.constantFrom("vi", "en"), fc.anything()) }, { requiredKeys: [] });
const chat = fc.record({ id, type: fc.oneof(fc.constantFrom("private", "group", "supergroup", "channel"), fc.anything()) }, { requiredKeys: [] });

describe("Telegram update handling under fuzzing", () => {
  it("survives malformed updates and keeps answering", async () => {
    const updates = fc.sample(
      fc.oneof(
        fc.record({ message: fc.record({ message_id: id, date: fc.anything(), from: user, chat, text, caption: text, sticker: fc.anything() }, { requiredKeys: [] }) }, { requiredKeys: [] }),
        fc.record({ callback_query: fc.record({ id: fc.string({ maxLength: 8 }), from: user, data: text, chat_instance: fc.string({ maxLength: 4 }), message: fc.anything() }, { requiredKeys: [] }) }, { requiredKeys: [] }),
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
    const zaloUser = fc.record({ id, display_name: fc.oneof(fc.string({ maxLength: 20 }), fc.anything()) }, { requiredKeys: [] });
    const update = fc.oneof(
      fc.record({ event_name: fc.oneof(fc.constantFrom("message.text.received", "message.image.received", "message.sticker.received", "message.unsupported.received", "x"), fc.anything()), message: fc.oneof(fc.record({ from: zaloUser, chat: fc.record({ id, chat_type: fc.anything() }, { requiredKeys: [] }), text, photo: fc.oneof(fc.constant("http://127.0.0.1:9/x.jpg"), fc.anything()) }, { requiredKeys: [] }), fc.anything()) }, { requiredKeys: [] }),
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
