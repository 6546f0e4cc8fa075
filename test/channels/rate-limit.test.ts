import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { telegramChannel } from "../../src/channels/telegram/channel.js";
import type { ChannelPort } from "../../src/core/channel-port.js";
import type { Assistant } from "../../src/core/assistant.js";
import { buildAssistant } from "../../src/core/build.js";
import { RateLimiter } from "../../src/core/rate-limit.js";
import type { ChannelName } from "../../src/core/types.js";
import { createLogger } from "../../src/logger.js";
import { world, type World } from "../helpers/assistant.js";
import { FakeTelegram } from "../helpers/fake-telegram.js";

let w: World;
let limited: Assistant;
beforeAll(async () => {
  w = await world("2024-03-20T09:00");
  limited = buildAssistant({ database: w.db, clock: w.clock, storageDir: w.storageDir, config: { ratePerMinute: 3 } });
});
afterAll(async () => w?.db.dispose());

describe("the rate limiter", () => {
  it("counts real time in fixed minutes, says 'slow down' once, then stays quiet", () => {
    let now = 0;
    const l = new RateLimiter(2, () => now);
    expect([l.take("a"), l.take("a"), l.take("a"), l.take("a"), l.take("b")]).toEqual([
      "ok",
      "ok",
      "first",
      "again",
      "ok",
    ]);
    now = 60_000;
    expect(l.take("a")).toBe("ok");
  });
});

describe.each(["telegram", "zalo", "console"] as ChannelName[])("a flood on %s", (channel) => {
  it("is answered three times, asked to slow down once, then ignored; a button press is still answered", async () => {
    const who = `flood-${channel}`;
    const replies = [];
    for (let i = 0; i < 6; i++)
      replies.push(
        await limited.handle({
          channel,
          externalId: who,
          chatId: who,
          buttons: channel === "telegram",
          text: "xin chào",
        }),
      );
    expect(replies.slice(0, 3).every((r) => r.messages.length > 0)).toBe(true);
    expect(replies[3]!.messages.map((m) => m.text)).toEqual([expect.stringMatching(/gửi hơi nhanh/)]);
    expect(replies.slice(4).every((r) => r.messages.length === 0)).toBe(true);
    const pressed = await limited.handle({
      channel,
      externalId: who,
      chatId: who,
      buttons: channel === "telegram",
      callback: "in:my_tasks",
    });
    expect(pressed.messages).toEqual([]);
    expect(pressed.toast).toMatch(/gửi hơi nhanh/);
  });
});

describe("on Telegram", () => {
  let api: FakeTelegram;
  let runtime: ChannelPort;
  beforeAll(async () => {
    api = new FakeTelegram();
    await api.start();
    const log = createLogger("silent");
    runtime = telegramChannel({ token: api.token, apiRoot: api.url, i18n: w.services.i18n, log });
    await runtime.start((m) => limited.handle(m));
  });
  afterAll(async () => {
    await runtime?.stop();
    await api?.stop();
  });

  it("answers every button press of a flooding user, so no client is left spinning", async () => {
    for (let i = 0; i < 10; i++) api.press(4242, "in:my_tasks");
    await api.waitFor(() => api.sent("answerCallbackQuery").length >= 10);
    await api.settle();
    api.assertClean();
  });
});
