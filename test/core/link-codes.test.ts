import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../src/core/assistant.js";
import { buildAssistant } from "../../src/core/build.js";
import type { Reply } from "../../src/core/types.js";
import { createInvite } from "../../src/db/invite-repo.js";
import { CODE_ALPHABET } from "../../src/db/link-repo.js";
import { messageOf } from "../../src/scheduler/dispatcher.js";
import { createLogger } from "../../src/logger.js";
import { world, type World } from "../helpers/assistant.js";

let w: World;
let assistant: Assistant;
let logged = "";

const send = (channel: "telegram" | "zalo", who: string, input: { text?: string; callback?: string }) =>
  assistant.handle({
    channel,
    externalId: who,
    chatId: who,
    buttons: channel === "telegram",
    displayName: `Người ${who}`,
    ...input,
  });
const said = (r: Reply) => r.messages.map((m) => m.text).join("\n");
let seen = 0;
/** The notices queued in the outbox since the last look (as the dispatcher would send them). */
async function noticeTexts() {
  const rows = await w.db.client.outboxMessage.findMany({
    where: { kind: "notice", id: { gt: seen } },
    orderBy: { id: "asc" },
  });
  seen = rows.at(-1)?.id ?? seen;
  return rows.map(messageOf);
}

async function linked(channel: "telegram" | "zalo", who: string, agency: string, role: "focal" | "admin" | "reviewer") {
  const invite = await createInvite(w.db.client, agency, role, w.clock.now(), 14);
  await send(channel, who, { text: `/start ${invite.code}` });
}

async function codeOf(who: string): Promise<string> {
  const r = said(await send("telegram", who, { text: "/lienket" }));
  return /<b>([A-Z0-9]{4}-[A-Z0-9]{4})<\/b>/.exec(r)![1]!;
}

beforeAll(async () => {
  w = await world("2024-03-20T09:00");
  const sink = new Writable({
    write: (chunk, _enc, done) => {
      logged += chunk;
      done();
    },
  });
  assistant = buildAssistant({
    database: w.db,
    clock: w.clock,
    storageDir: w.storageDir,
    config: { ratePerMinute: 100_000 },
    log: createLogger("info", [], sink),
  });
  await linked("telegram", "admin-1", "hcm.snv", "admin");
  await linked("telegram", "focal-1", "hcm.q1", "focal");
});
afterAll(async () => w?.db.dispose());

describe("link codes", () => {
  it("have eight characters of an unambiguous alphabet, shown as ABCD-EFGH; a new one retires the old", async () => {
    const first = await codeOf("focal-1");
    expect(first.replace("-", "")).toHaveLength(8);
    for (const c of first.replace("-", "")) expect(CODE_ALPHABET).toContain(c);
    const second = await codeOf("focal-1");
    expect(said(await send("zalo", "z-old", { text: `/lienket ${first}` }))).toMatch(/không đúng hoặc đã hết hạn/);
    // Typed in lower case with a space: still the code. A wrong code was typed while it was live,
    // so the owner confirms.
    expect(said(await send("zalo", "z-new", { text: `/lienket ${second.toLowerCase().replace("-", " ")}` }))).toMatch(
      /bấm <b>Đồng ý<\/b>/,
    );
  });

  it("guessing: five wrong codes lock the account an hour (even the right one), burn codes, tell owners", async () => {
    const code = await codeOf("admin-1");
    const replies: string[] = [];
    let burnedNotice = "";
    for (let i = 0; i < 12; i++) {
      const guess = String(100000 + i);
      const r = await send("zalo", "attacker", { text: `/lienket ${guess.slice(0, 4)}-${guess.slice(2, 6)}` });
      replies.push(said(r));
      const notices = await noticeTexts();
      if (notices.length) burnedNotice = notices.map((m) => m.text).join("\n");
    }
    expect(replies.slice(5).every((r) => /sai mã quá nhiều lần/.test(r))).toBe(true);
    expect(replies.slice(0, 5).every((r) => /không đúng/.test(r))).toBe(true);
    expect(replies[5]).toMatch(/sai mã quá nhiều lần.*phút/);
    expect(burnedNotice).toMatch(/đã bị hủy/);
    // The real code, now: refused while locked, and burned anyway.
    expect(said(await send("zalo", "attacker", { text: `/lienket ${code}` }))).toMatch(/sai mã quá nhiều lần/);
    expect(said(await send("zalo", "someone-else", { text: `/lienket ${code}` }))).toMatch(
      /không đúng hoặc đã hết hạn/,
    );
    w.clock.set("2024-03-20T10:01");
    expect(said(await send("zalo", "attacker", { text: `/lienket ${code}` }))).toMatch(/không đúng hoặc đã hết hạn/);
    w.clock.set("2024-03-20T09:00");
    const admin = await w.db.client.chatAccount.findMany({ where: { user: { role: "admin" } } });
    expect(admin.map((a) => a.externalId)).toEqual(["admin-1"]);
  });

  it("logs every wrong code without the code", async () => {
    expect(logged).toMatch(/wrong code typed/);
    expect(logged).toMatch(/"kind":"link"/);
    // The guesses were "1000-0000", "1001-0001", ...: none of them is in the log.
    expect(logged).not.toMatch(/100\d-\d{4}|100\d0\d{3}/);
  });

  it("an admin's code joins only after the admin says yes on the account they already use", async () => {
    const code = await codeOf("admin-1");
    const r = await send("zalo", "admin-zalo", { text: `/lienket ${code}` });
    expect(said(r)).toMatch(/bấm <b>Đồng ý<\/b>/);
    const [ask] = await noticeTexts();
    expect(ask!.text).toMatch(/muốn nối với tài khoản của bạn/);
    expect(said(await send("zalo", "admin-zalo", { text: "nhiệm vụ của tôi" }))).toMatch(/chưa được liên kết/);
    const yes = ask!.buttons![0]![0]!.data;
    const done = await send("telegram", "admin-1", { callback: yes });
    expect(said(done)).toMatch(/Đã nối tài khoản zalo/);
    expect((await noticeTexts())[0]!.text).toMatch(/Đã nối tài khoản này với/);
    expect(said(await send("zalo", "admin-zalo", { text: "nhiệm vụ của tôi" }))).toMatch(/Sở Nội vụ/);
    // The same answer twice, or from someone else, does nothing.
    expect(said(await send("telegram", "admin-1", { callback: yes }))).toMatch(/không còn hiệu lực/);
  });

  it("an admin can refuse; the account that asked is told", async () => {
    const code = await codeOf("admin-1");
    await send("zalo", "intruder", { text: `/lienket ${code}` });
    const no = (await noticeTexts())[0]!.buttons![0]![1]!.data;
    const refused = await send("telegram", "admin-1", { callback: no });
    expect(said(refused)).toMatch(/Đã từ chối/);
    expect((await noticeTexts())[0]!.text).toMatch(/bị từ chối/);
    expect(said(await send("zalo", "intruder", { text: "nhiệm vụ của tôi" }))).toMatch(/chưa được liên kết/);
  });

  it("an official's code joins at once, and the owner can send the account away ('not me')", async () => {
    const code = await codeOf("focal-1");
    const r = await send("zalo", "focal-zalo", { text: `/lienket ${code}` });
    expect(said(r)).toMatch(/Đã nối tài khoản này với/);
    const [notice] = await noticeTexts();
    expect(notice!.text).toMatch(/vừa được nối với bạn/);
    expect(said(await send("zalo", "focal-zalo", { text: "nhiệm vụ của tôi" }))).toMatch(/UBND Quận 1/);
    const away = await send("telegram", "focal-1", { callback: notice!.buttons![0]![0]!.data });
    expect(said(away)).toMatch(/Đã tách tài khoản zalo/);
    expect(said(await send("zalo", "focal-zalo", { text: "nhiệm vụ của tôi" }))).toMatch(/thu hồi/);
    expect(said(await send("telegram", "focal-1", { text: "nhiệm vụ của tôi" }))).toMatch(/UBND Quận 1/);
  });

  it("nobody else can answer for an owner or send their accounts away", async () => {
    await linked("telegram", "focal-2", "hcm.q3", "focal");
    for (const callback of ["lk:y:1", "lk:n:1", "lk:u:1", "lk:u:2"])
      expect(said(await send("telegram", "focal-2", { callback }))).toMatch(/không còn hiệu lực/);
  });
});

describe("invite codes", () => {
  it("five wrong invite codes lock the account for the hour; a real one is refused until then", async () => {
    const real = await createInvite(w.db.client, "hcm.q5", "focal", w.clock.now(), 14);
    for (let i = 0; i < 5; i++)
      expect(said(await send("zalo", "inv-guess", { text: `/start ZZZZZZZ${i + 2}` }))).toMatch(
        /không đúng.*Còn \d lần/,
      );
    expect(said(await send("zalo", "inv-guess", { text: real.code }))).toMatch(/sai mã quá nhiều lần/);
    w.clock.set("2024-03-20T10:05");
    expect(said(await send("zalo", "inv-guess", { text: real.code }))).toMatch(/Đã liên kết/);
    w.clock.set("2024-03-20T09:00");
  });
});
