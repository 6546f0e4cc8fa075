import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { createInvite } from "../../src/db/invite-repo.js";
import { world, type World } from "../helpers/assistant.js";
import { pollingBot, type RunningChannel } from "../helpers/telegram-bot.js";
import { buttonsOf, FakeTelegram, type Call } from "../helpers/fake-telegram.js";
import { exe, jpeg, pdf } from "../helpers/files.js";

const FOCAL = 201;
const REVIEWER = 202;
const OFFICIAL = 203;
const OTHER_FOCAL = 204;
let w: World;
let api: FakeTelegram;
let runtime: RunningChannel;

beforeAll(async () => {
  w = await world("2024-03-20T09:00");
  api = new FakeTelegram();
  await api.start();
  runtime = await pollingBot(w, api);
  for (const [id, agency, role] of [
    [FOCAL, "hcm.snv", "focal"],
    [REVIEWER, "hcm.snv", "reviewer"],
    [OFFICIAL, "hcm.snv", "official"],
    [OTHER_FOCAL, "hcm.q1", "focal"],
  ] as const) {
    const invite = await createInvite(w.db.client, agency, role, w.clock.now(), 14);
    await api.ask(id, `/start ${invite.code}`);
  }
});

afterEach(() => api.assertClean());

afterAll(async () => {
  await runtime?.stop();
  await api?.stop();
  await w?.db.dispose();
});

const buttons = buttonsOf;

async function press(user: number, data: string): Promise<Call> {
  await api.settle();
  const from = api.calls.length;
  api.press(user, data);
  return api.waitFor(() =>
    api.calls
      .slice(from)
      .find((c) => ["sendMessage", "editMessageText"].includes(c.method) && Number(c.body.chat_id) === user),
  );
}

async function upload(user: number, send: () => void): Promise<Call> {
  await api.settle();
  const from = api.calls.length;
  send();
  return api.waitFor(() =>
    api.calls.slice(from).find((c) => c.method === "sendMessage" && Number(c.body.chat_id) === user),
  );
}

describe("submitting through Telegram", () => {
  let firstId = 0;

  it("a focal point submits this quarter's PDF, gets a receipt marked on time; the reviewer the file", async () => {
    const start = await api.ask(FOCAL, "nộp bài");
    expect(buttons(start).map((b) => b.callback_data)).toEqual(["sb:k:a", "sb:k:q", "sb:k:r", "x"]);
    expect((await press(FOCAL, "sb:k:a")).body.text).toMatch(/Gửi nội dung/);
    const from = api.calls.length;
    expect((await upload(FOCAL, () => api.sendDocument(FOCAL, pdf("snv q1"), "Bài viết quý I.pdf"))).body.text).toMatch(
      /tiêu đề/,
    );
    expect((await press(FOCAL, "sb:t")).body.text).toMatch(/Kiểm tra trước khi nộp[\s\S]*Bài viết quý I\.pdf/);
    const receipt = await press(FOCAL, "sb:c");
    expect(receipt.body.text).toMatch(/Biên nhận SNV-2024Q1-01/);
    expect(receipt.body.text).toMatch(/Đúng hạn \(hạn 31\/03\/2024\)/);
    expect(receipt.body.text).toMatch(/Nhận lúc: 20\/03\/2024 09:00/);
    const toReviewer = await api.waitFor(() => api.sent("sendDocument", REVIEWER, from)[0]);
    expect(toReviewer.body.caption).toMatch(/Bài nộp mới SNV-2024Q1-01/);
    const attached = Object.entries(toReviewer.body)
      .filter(([k]) => k.endsWith(":file"))
      .map(([, v]) => v);
    expect(attached).toEqual([expect.objectContaining({ size: pdf("snv q1").length })]);
    expect(Buffer.from(attached[0].fileName, "latin1").toString("utf8")).toBe("Bài viết quý I.pdf");
    expect(buttons(toReviewer).map((b) => b.callback_data)).toEqual([
      expect.stringMatching(/^rv:a:\d+$/),
      expect.stringMatching(/^rv:r:\d+$/),
    ]);
    firstId = Number(buttons(toReviewer)[0]!.callback_data.split(":")[2]);
  });

  it("the same submission on 5 April would be late", async () => {
    w.clock.set("2024-04-05T10:00");
    await api.ask(FOCAL, "/nop");
    await press(FOCAL, "sb:k:q");
    expect((await api.ask(FOCAL, "quý 1")).body.text).toMatch(/Gửi nội dung/);
    await upload(FOCAL, () => api.sendDocument(FOCAL, pdf("snv q1 late"), "bai-viet-2.pdf"));
    await press(FOCAL, "sb:t");
    const receipt = await press(FOCAL, "sb:c");
    w.clock.set("2024-03-20T09:00");
    expect(receipt.body.text).toMatch(/SNV-2024Q1-02[\s\S]*Trễ hạn \(hạn 31\/03\/2024\)/);
  });

  it("a photo sent straight away starts a submission", async () => {
    const first = await upload(FOCAL, () => api.sendPhoto(FOCAL, jpeg()));
    expect(buttons(first).map((b) => b.callback_data)).toContain("sb:k:a");
    expect((await press(FOCAL, "sb:k:a")).body.text).toMatch(/tiêu đề/);
    expect((await api.ask(FOCAL, "Ảnh hội nghị CCHC")).body.text).toMatch(/Ảnh hội nghị CCHC/);
    expect((await press(FOCAL, "sb:c")).body.text).toMatch(/Biên nhận SNV-2024Q1-03/);
  });

  it("a link and a text can be submitted too", async () => {
    await api.ask(FOCAL, "nộp bài");
    await press(FOCAL, "sb:k:a");
    await api.ask(FOCAL, "https://snv.hochiminhcity.gov.vn/cchc/bai-viet-quy-1");
    await press(FOCAL, "sb:t");
    expect((await press(FOCAL, "sb:c")).body.text).toMatch(/Biên nhận SNV-2024Q1-04/);
    await api.ask(FOCAL, "nộp bài");
    await press(FOCAL, "sb:k:r");
    expect((await api.ask(FOCAL, "1.8")).body.text).toMatch(/Gửi nội dung/);
    await api.ask(FOCAL, "Báo cáo kết quả bồi dưỡng đội ngũ làm công tác CCHC quý I.");
    // 1.8 is due "Trong năm 2024": the report is for that occurrence, judged against 31/12/2024.
    expect((await press(FOCAL, "sb:t")).body.text).toMatch(/Báo cáo nhiệm vụ 1\.8 — kỳ hạn 31\/12\/2024/);
    const receipt = (await press(FOCAL, "sb:c")).body.text;
    expect(receipt).toMatch(/Biên nhận SNV-2024Q4-01/);
    expect(receipt).toMatch(/Đúng hạn \(hạn 31\/12\/2024\)/);
  });

  it("cancelling at any step records nothing", async () => {
    const before = await w.db.client.submission.count();
    await api.ask(FOCAL, "nộp bài");
    await press(FOCAL, "sb:k:a");
    await upload(FOCAL, () => api.sendDocument(FOCAL, pdf("never"), "never.pdf"));
    expect((await api.ask(FOCAL, "/huy")).body.text).toMatch(/Đã hủy nộp bài/);
    await api.ask(FOCAL, "nộp bài");
    expect((await press(FOCAL, "x")).body.text).toMatch(/Đã hủy nộp bài/);
    expect(await w.db.client.submission.count()).toBe(before);
  });

  it("explains a file over the size limit and a wrong file type", async () => {
    await api.ask(FOCAL, "nộp bài");
    await press(FOCAL, "sb:k:a");
    expect(
      (await upload(FOCAL, () => api.sendDocument(FOCAL, pdf("big"), "big.pdf", 25 * 1024 * 1024))).body.text,
    ).toMatch(/lớn hơn 2 MB[\s\S]*20 MB/);
    expect((await upload(FOCAL, () => api.sendDocument(FOCAL, exe(), "bai-viet.pdf"))).body.text).toMatch(
      /không đúng loại/,
    );
    expect((await api.ask(FOCAL, "/huy")).body.text).toMatch(/Đã hủy/);
  });

  it("refuses a duplicate with the earlier receipt", async () => {
    await api.ask(FOCAL, "nộp bài");
    await press(FOCAL, "sb:k:a");
    await upload(FOCAL, () => api.sendDocument(FOCAL, pdf("snv q1"), "copy.pdf"));
    await press(FOCAL, "sb:t");
    expect((await press(FOCAL, "sb:c")).body.text).toMatch(/đã được nộp trước đó \(biên nhận SNV-2024Q1-01\)/);
  });

  it("shows the agency's status and replaces an unreviewed submission", async () => {
    const status = await api.ask(FOCAL, "tôi đã nộp chưa?");
    expect(status.body.text).toMatch(/SNV-2024Q1-01[\s\S]*chờ duyệt/);
    const replace = buttons(status).find((b) => b.callback_data === `sb:r:${firstId}`)!;
    // Replacing names the receipt and asks first.
    expect((await press(FOCAL, replace.callback_data)).body.text).toMatch(/Thay bài <b>SNV-2024Q1-\d\d<\/b> «/);
    expect((await press(FOCAL, `sb:ry:${firstId}`)).body.text).toMatch(/Gửi nội dung/);
    await upload(FOCAL, () => api.sendDocument(FOCAL, pdf("snv q1 v2"), "Bài viết quý I (sửa).pdf"));
    expect((await press(FOCAL, "sb:t")).body.text).toMatch(/Thay thế bài đã nộp trước/);
    expect((await press(FOCAL, "sb:c")).body.text).toMatch(/Biên nhận SNV-2024Q1-05/);
    expect((await w.db.client.submission.findUniqueOrThrow({ where: { id: firstId } })).status).toBe("replaced");
  });

  it("refuses other people: a non-focal official, another agency, a non-reviewer", async () => {
    expect((await api.ask(OFFICIAL, "nộp bài")).body.text).toMatch(/Chỉ đầu mối/);
    const latest = await w.db.client.submission.findFirstOrThrow({
      where: { agencyId: "hcm.snv", status: "submitted" },
      orderBy: { id: "desc" },
    });
    expect((await press(OTHER_FOCAL, `sb:w:${latest.id}`)).body.text).toMatch(/không có quyền/);
    expect((await press(OTHER_FOCAL, `sb:r:${latest.id}`)).body.text).toMatch(/không có quyền/);
    // An official of the same agency sees its status, but may neither withdraw nor replace, nor is offered to.
    const status = await api.ask(OFFICIAL, "tôi đã nộp chưa");
    expect(JSON.stringify(status.body.reply_markup ?? {})).not.toMatch(/sb:[wr]:/);
    expect((await press(OFFICIAL, `sb:w:${latest.id}`)).body.text).toMatch(/không có quyền/);
    expect((await press(OFFICIAL, `sb:r:${latest.id}`)).body.text).toMatch(/không có quyền/);
    expect((await press(OFFICIAL, `rv:a:${latest.id}`)).body.text).toMatch(/không có quyền/);
    expect((await api.ask(FOCAL, "/thongke")).body.text).toMatch(/Chỉ người duyệt/);
    expect((await w.db.client.submission.findUniqueOrThrow({ where: { id: latest.id } })).status).toBe("submitted");
  });

  it("the reviewer returns one with a comment and accepts another; the submitter is told", async () => {
    const [a, b] = await w.db.client.submission.findMany({
      where: { agencyId: "hcm.snv", status: "submitted" },
      orderBy: { id: "asc" },
      take: 2,
    });
    expect((await press(REVIEWER, `rv:r:${a!.id}`)).body.text).toMatch(/lý do/);
    const from = api.calls.length;
    expect((await api.ask(REVIEWER, "Thiếu hình ảnh minh họa")).body.text).toMatch(/Đã trả lại/);
    const told = await api.waitFor(() =>
      api.sent("sendMessage", FOCAL, from).find((c) => /bị trả lại/.test(c.body.text)),
    );
    expect(told.body.text).toMatch(/Thiếu hình ảnh minh họa/);
    expect((await press(REVIEWER, `rv:a:${b!.id}`)).body.text).toMatch(/Đã duyệt/);
    expect((await press(REVIEWER, `rv:a:${b!.id}`)).body.text).toMatch(/đã được xử lý/);
    expect((await press(FOCAL, `sb:w:${b!.id}`)).body.text).toMatch(/đã được duyệt/);
  });

  it("gives reviewers the quarter's figures, the missing list and the year's ranking", async () => {
    const stats = await api.ask(REVIEWER, "/thongke quý 1");
    expect(stats.body.text).toMatch(/Thống kê nộp bài quý I\/2024/);
    expect(stats.body.text).toMatch(/Chưa nộp: 45 \/ 46/);
    const missing = await api.ask(REVIEWER, "/chuanop");
    expect(missing.body.text).toMatch(/UBND Quận 1/);
    expect(missing.body.text).not.toMatch(/• Sở Nội vụ\n/);
    expect((await api.ask(REVIEWER, "/xephang 2024")).body.text).toMatch(/1\. Sở Nội vụ/);
  });
});
