import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { createInvite } from "../../src/db/invite-repo.js";
import { world, type World } from "../helpers/assistant.js";
import { FakeTelegram, type Call } from "../helpers/fake-telegram.js";
import { pdf } from "../helpers/files.js";
import { pollingBot, type RunningChannel } from "../helpers/telegram-bot.js";

// Names and texts people really send (and some they should not): every
// message that shows one must still be valid for Telegram, and show it as typed.
const HOSTILE = "Bé & ‹Bự> <b>x</b> &amp; 👩‍👩‍👧";
const ADMIN = 7001;
const NEWCOMER = 7002;
const FOCAL = 7003;
const COLLEAGUE = 7004;
const REVIEWER = 7005;

let w: World;
let api: FakeTelegram;
let runtime: RunningChannel;

beforeAll(async () => {
  w = await world("2024-03-20T09:00", [String(ADMIN)]);
  api = new FakeTelegram();
  await api.start();
  runtime = await pollingBot(w, api);
});
afterEach(() => api.assertClean());
afterAll(async () => {
  await runtime?.stop();
  await api?.stop();
  await w?.db.dispose();
});

async function say(user: number, text: string, name = HOSTILE): Promise<Call[]> {
  await api.settle();
  const from = api.calls.length;
  api.sendText(user, text, { name });
  await api.waitFor(() => api.sent("sendMessage", user, from).length > 0);
  await api.settle();
  return api.calls.slice(from);
}

async function press(user: number, data: string): Promise<Call[]> {
  await api.settle();
  const from = api.calls.length;
  api.press(user, data);
  await api.waitFor(() => api.calls.slice(from).some((c) => c.method === "answerCallbackQuery"));
  await api.settle();
  return api.calls.slice(from);
}

const textsTo = (calls: Call[], chat: number) =>
  calls
    .filter((c) => ["sendMessage", "editMessageText"].includes(c.method) && Number(c.body.chat_id) === chat)
    .map((c) => String(c.body.text));
const buttonsTo = (calls: Call[], chat: number) =>
  calls
    .filter((c) => Number(c.body.chat_id) === chat)
    .flatMap((c) => (c.body.reply_markup?.inline_keyboard ?? []).flat() as { text: string; callback_data: string }[]);
const escaped = "Bé &amp; ‹Bự&gt; &lt;b&gt;x&lt;/b&gt; &amp;amp; 👩‍👩‍👧";

async function link(user: number, agency: string, role: "focal" | "reviewer" | "official") {
  const code = (await createInvite(w.db.client, agency, role, w.clock.now(), 14)).code;
  return say(user, `/start ${code}`);
}

describe("hostile names and texts, through every message that shows them", () => {
  it("an access request and its approval", async () => {
    await say(ADMIN, "/start", "Quản trị");
    await say(NEWCOMER, "xin chào");
    const asked = await say(NEWCOMER, "UBND Quận 1");
    const confirm = buttonsTo(asked, NEWCOMER).find((b) => b.callback_data.startsWith("ra:"))!;
    const sent = await press(NEWCOMER, confirm.callback_data);
    const request = textsTo(sent, ADMIN).join("\n");
    expect(request).toContain(escaped);
    const approve = buttonsTo(sent, ADMIN).find((b) => b.callback_data.startsWith("ap:"))!;
    expect(textsTo(await press(ADMIN, approve.callback_data), ADMIN).join("\n")).toContain(escaped);
  });

  it("joining a second app, and the notice to the owner", async () => {
    await link(FOCAL, "hcm.q1", "focal");
    const code = /<b>([A-Z0-9-]{9})<\/b>/.exec(textsTo(await say(FOCAL, "/lienket"), FOCAL).join("\n"))![1]!;
    const joined = await say(7010, `/lienket ${code}`);
    expect(textsTo(joined, 7010).join("\n")).toContain(escaped);
    expect(textsTo(joined, FOCAL).join("\n")).toMatch(/vừa được nối với bạn/);
    expect(textsTo(joined, FOCAL).join("\n")).toContain(escaped);
  });

  it("a stand-in while away", async () => {
    await link(COLLEAGUE, "hcm.q1", "official");
    const away = await say(FOCAL, "nghỉ phép đến 25/3");
    const pick = buttonsTo(away, FOCAL).find((b) => b.text === HOSTILE)!;
    expect(textsTo(await press(FOCAL, pick.callback_data), FOCAL).join("\n")).toContain(escaped);
    await say(FOCAL, "đã đi làm lại");
  });

  it("a submission's file name and title, the reviewer's push and a returned comment", async () => {
    await link(REVIEWER, "hcm.snv", "reviewer");
    await say(FOCAL, "nộp bài");
    await api.settle();
    const from = api.calls.length;
    api.files.set("doc-hostile", pdf("x"));
    api.sendRaw(FOCAL, {
      document: {
        file_id: "doc-hostile",
        file_unique_id: "h",
        file_name: `${HOSTILE}.pdf`,
        file_size: pdf("x").length,
      },
    });
    await api.waitFor(() => api.sent("sendMessage", FOCAL, from).length > 0);
    await api.settle();
    const what = buttonsTo(api.calls.slice(from), FOCAL).find((b) => /^Bài viết quý I/.test(b.text))!;
    await press(FOCAL, what.callback_data);
    const summary = await say(FOCAL, `<i>Tiêu đề ${HOSTILE}`);
    expect(textsTo(summary, FOCAL).join("\n")).toContain(escaped);
    const confirm = buttonsTo(summary, FOCAL).find((b) => /Xác nhận/.test(b.text))!;
    const done = await press(FOCAL, confirm.callback_data);
    const push = done.find((c) => c.method === "sendDocument" && Number(c.body.chat_id) === REVIEWER)!;
    expect(String(push.body.caption)).toContain(escaped);
    const ret = buttonsTo(done, REVIEWER).find((b) => b.callback_data.startsWith("rv:r:"))!;
    await press(REVIEWER, ret.callback_data);
    const returned = await say(REVIEWER, `Thiếu số liệu <quý> & ${HOSTILE}`, "Người duyệt");
    expect(textsTo(returned, FOCAL).join("\n")).toContain(`Thiếu số liệu &lt;quý&gt; &amp; ${escaped}`);
    // Pressed on the file itself: its buttons go, the file stays, the answer comes below.
    expect(returned.some((c) => c.method === "editMessageText" && Number(c.body.chat_id) === REVIEWER)).toBe(false);
  });

  it("echoes of what was typed: search, unknown agency, unknown task", async () => {
    expect(textsTo(await say(FOCAL, `tìm ${HOSTILE}`), FOCAL).join("\n")).toContain(escaped);
    expect(textsTo(await say(7020, "xin chào"), 7020).length).toBeGreaterThan(0);
    expect(textsTo(await say(7020, "Sở <Vũ Trụ> & Co"), 7020).join("\n")).toMatch(/Sở &lt;Vũ Trụ&gt; &amp; Co/);
  });
});
