import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvite } from "../../src/db/invite-repo.js";
import { boardApp } from "../../src/http/board/routes.js";
import { createApp, type HttpServer, startHttpServer } from "../../src/http/server.js";
import { createLogger } from "../../src/logger.js";
import { world, type World } from "../helpers/assistant.js";
import { consoleDriver, sendArticle } from "../helpers/drivers.js";
import { FakeTelegram } from "../helpers/fake-telegram.js";
import { FakeZalo } from "../helpers/fake-zalo.js";
import { pollingBot, pollingZalo, type RunningChannel } from "../helpers/telegram-bot.js";

let w: World;
let server: HttpServer;
let telegram: FakeTelegram;
let zalo: FakeZalo;
const running: RunningChannel[] = [];

/** A PNG's size from its header, after checking that its image data inflates (it decodes). */
function png(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  const chunks: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString("latin1", at + 4, at + 8) === "IDAT") chunks.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  expect(inflateSync(Buffer.concat(chunks)).length).toBeGreaterThan(1000);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

beforeAll(async () => {
  w = await world("2024-03-20T09:00");
  const board = boardApp({ services: w.services, baseUrl: "" });
  server = await startHttpServer(createApp([], createLogger("silent"), { board }), 0, createLogger("silent"));
  w.services.config.boardBaseUrl = `http://127.0.0.1:${server.port}`;
  const d = consoleDriver(w.assistant);
  const invite = await createInvite(w.db.client, "hcm.stp", "focal", w.clock.now(), 14);
  await d.say("f", `/start ${invite.code}`);
  await sendArticle(d, "f", "https://stp.example.gov.vn/cchc");
  d.close();
  w.clock.set("2024-04-10T09:00");
  telegram = new FakeTelegram();
  await telegram.start();
  running.push(await pollingBot(w, telegram));
  zalo = new FakeZalo();
  await zalo.start();
  running.push(await pollingZalo(w, zalo));
});

afterAll(async () => {
  for (const r of running) await r.stop();
  await telegram?.stop();
  await zalo?.stop();
  await server?.stop();
  await w?.db.dispose();
});

describe("/thongke also sends the quarter's chart as a picture", () => {
  it("Telegram: the figures, then a photo (a real PNG upload, 1000 px wide)", async () => {
    const invite = await createInvite(w.db.client, "hcm.snv", "reviewer", w.clock.now(), 14);
    await telegram.ask(701, `/start ${invite.code}`);
    const from = telegram.calls.length;
    expect((await telegram.ask(701, "/thongke")).body.text).toMatch(/Thống kê nộp bài quý II\/2024/);
    const photo = await telegram.waitFor(() => telegram.sent("sendPhoto", 701, from)[0]);
    expect(photo.body.caption).toMatch(/Bài viết quý II\/2024 theo nhóm đơn vị/);
    // grammY uploads the picture as a multipart part that `photo` names ("attach://<part>").
    const part = String(photo.body.photo).replace(/^attach:\/\//, "");
    const size = png(photo.body[`${part}:file`].bytes);
    expect(size.width).toBe(1000);
    expect(size.height).toBeGreaterThan(150);
    telegram.assertClean();
  });

  it("Zalo: a photo by its address on the board's server, which serves the PNG", async () => {
    const invite = await createInvite(w.db.client, "hcm.snv", "reviewer", w.clock.now(), 14);
    zalo.text("z1", `/start ${invite.code}`);
    await zalo.settle();
    const from = zalo.calls.length;
    zalo.text("z1", "thống kê quý 1");
    await zalo.settle();
    const calls = zalo.calls.slice(from);
    expect(calls.find((c) => c.method === "sendMessage")?.body.text).toMatch(/Thống kê nộp bài quý I\/2024/);
    const photo = calls.find((c) => c.method === "sendPhoto");
    expect(photo?.body.photo).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/board\/chart\/[0-9a-f]{32}\.png$/);
    const served = await fetch(photo!.body.photo);
    expect([served.status, served.headers.get("content-type")]).toEqual([200, "image/png"]);
    expect(png(Buffer.from(await served.arrayBuffer())).width).toBe(1000);
    expect((await fetch(`${w.services.config.boardBaseUrl}/board/chart/${"0".repeat(32)}.png`)).status).toBe(404);
    zalo.assertClean();
  });

  it("console: the PNG is written to a file and its path printed", async () => {
    const d = consoleDriver(w.assistant);
    const invite = await createInvite(w.db.client, "hcm.snv", "reviewer", w.clock.now(), 14);
    await d.say("c1", `/start ${invite.code}`);
    const out = await d.say("c1", "/thongke");
    const file = /(\/\S+\/charts\/[0-9a-f]{32}\.png)/.exec(out)?.[1];
    expect(file, out).toBeTruthy();
    expect(png(readFileSync(file!)).width).toBe(1000);
    d.close();
  });
});
