import { afterAll, afterEach, beforeAll, describe, it } from "vitest";
import { world, type World } from "../helpers/assistant.js";
import { consoleDriver, telegramDriver, zaloDriver, type Driver } from "../helpers/drivers.js";
import { pollingBot, pollingZalo } from "../helpers/telegram-bot.js";
import { FakeTelegram } from "../helpers/fake-telegram.js";
import { FakeZalo } from "../helpers/fake-zalo.js";
import { scenarios } from "./scenarios.js";

describe.each(["telegram", "zalo", "console"] as const)("the same conversations on %s", (channel) => {
  let w: World;
  let driver: Driver;
  let stop: () => Promise<void>;
  let assertClean: () => void;

  beforeAll(async () => {
    w = await world("2024-03-20T09:00");
    if (channel === "telegram") {
      const api = new FakeTelegram();
      await api.start();
      const runtime = await pollingBot(w, api);
      driver = telegramDriver(api, 300000);
      assertClean = () => api.assertClean();
      stop = async () => {
        await runtime.stop();
        await api.stop();
      };
    } else if (channel === "console") {
      const c = consoleDriver(w.assistant);
      driver = c;
      assertClean = () => undefined;
      stop = async () => c.close();
    } else {
      const api = new FakeZalo();
      await api.start();
      const zalo = await pollingZalo(w, api);
      driver = zaloDriver(api, 300000);
      assertClean = () => api.assertClean();
      stop = async () => {
        await zalo.stop();
        await api.stop();
      };
    }
  });

  afterEach(() => assertClean());

  afterAll(async () => {
    await stop?.();
    await w?.db.dispose();
  });

  for (const s of scenarios) it(s.name, () => s.run(driver, w), 30_000);
});
