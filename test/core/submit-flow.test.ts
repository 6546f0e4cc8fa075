import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Incoming, Reply } from "../../src/core/types.js";
import { createInvite } from "../../src/db/invite-repo.js";
import { sanitizeFileName } from "../../src/storage/files.js";
import { world, type World } from "../helpers/assistant.js";
import { pdf } from "../helpers/files.js";

let w: World;
const FOCAL = "sf-focal";
const send = (input: Partial<Incoming>) =>
  w.assistant.handle({ channel: "telegram", externalId: FOCAL, chatId: FOCAL, buttons: true, ...input });
const said = (r: Reply) => r.messages.map((m) => m.text).join("\n");
const button = (r: Reply, label: RegExp) =>
  r.messages
    .flatMap((m) => m.buttons ?? [])
    .flat()
    .find((b) => label.test(b.label))!.data;
const file = (name: string, bytes = pdf()): Incoming["attachment"] => ({
  kind: "document",
  fileName: name,
  size: bytes.length,
  download: async () => bytes,
});

beforeAll(async () => {
  w = await world("2024-03-20T09:00");
  const invite = await createInvite(w.db.client, "hcm.q1", "focal", w.clock.now(), 14);
  await send({ text: `/start ${invite.code}` });
});
afterAll(async () => w?.db.dispose());

describe("a file sent while asked what the submission is for", () => {
  it("is kept, and the question is asked again, naming the file; then it goes through", async () => {
    const asked = await send({ text: "nộp bài" });
    expect(said(asked)).toMatch(/Bạn nộp gì/);
    const again = await send({ attachment: file("bao-cao-quy-1.pdf") });
    expect(said(again)).toMatch(/Đã nhận tệp <b>bao-cao-quy-1\.pdf<\/b>[\s\S]*Bạn nộp gì/);
    expect(said(again)).not.toMatch(/undefined/);
    const title = await send({ callback: button(again, /^Bài viết quý I\/2024/) });
    expect(said(title)).toMatch(/tiêu đề/);
    const summary = await send({ callback: button(title, /Bỏ qua/) });
    expect(said(summary)).toMatch(/Kiểm tra trước khi nộp[\s\S]*bao-cao-quy-1\.pdf/);
    expect(said(await send({ callback: button(summary, /Xác nhận/) }))).toMatch(/Biên nhận/);
  });
});

describe("file names", () => {
  it("lose bidi overrides and control characters, so 'exe' cannot pose as 'jpg'", () => {
    expect(sanitizeFileName("bai\u202Efdp.exe", "pdf")).toBe("baifdp.pdf");
    expect(sanitizeFileName("\u2066a\u2069\u200Fb\u0007c.docx", "docx")).toBe("ab_c.docx");
    expect(sanitizeFileName("x\ny\t.pdf", "pdf")).toBe("x_y_.pdf");
  });

  it("are stored without them when submitted", async () => {
    await send({ text: "nộp bài" });
    const r = await send({ attachment: file("\u202Etxt.pdf", pdf("hai")) });
    expect(said(r)).toMatch(/Đã nhận tệp <b>txt\.pdf<\/b>/);
    await send({ text: "hủy" });
  });

  it("a title keeps every character of an emoji and is stored whole", async () => {
    await send({ text: "nộp bài" });
    const what = await send({ attachment: file("tieu-de.pdf", pdf("ba")) });
    const title = await send({ callback: button(what, /^Bài viết quý I\/2024/) });
    expect(said(title)).toMatch(/tiêu đề/);
    const long = `${"Cải cách hành chính 👩‍👩‍👧 ".repeat(30)}hết`;
    const summary = await send({ text: long });
    expect(said(summary).isWellFormed()).toBe(true);
    await send({ callback: button(summary, /Xác nhận/) });
    const row = await w.db.client.submission.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(row.title).toBe(long);
  });
});

describe("each plan its own article cycle", () => {
  it("a Sa Đéc ward is not offered the city's quarterly article, typed or pressed", async () => {
    const invite = await createInvite(w.db.client, "sadec.p3", "focal", w.clock.now(), 14);
    const who = { channel: "telegram" as const, externalId: "p3", chatId: "p3", buttons: true };
    const ask = (input: { text?: string; callback?: string }) => w.assistant.handle({ ...who, ...input });
    await ask({ text: `/start ${invite.code}` });
    const asked = await ask({ text: "nộp bài" });
    const labels = asked.messages.flatMap((m) => m.buttons?.flat() ?? []).map((b) => b.label);
    expect(labels.some((l) => /Bài viết/.test(l))).toBe(false);
    expect(labels).toContain("Báo cáo cho một nhiệm vụ");
    expect(said(await ask({ text: "bài viết quý 1" }))).toMatch(/không phải nộp bài viết quý/);
    // A forged button for the article is refused the same way.
    expect(said(await ask({ callback: "sb:k:a" }))).toMatch(/không phải nộp bài viết quý/);
    expect(await w.db.client.submission.count({ where: { agencyId: "sadec.p3" } })).toBe(0);
  });
});

describe("a report on the article task", () => {
  it("is the quarter's article still owed: 'xong việc 1.14' in April is quarter I's, if not in yet", async () => {
    const who = { channel: "telegram" as const, externalId: "q10", chatId: "q10", buttons: true };
    const ask = (text: string) => w.assistant.handle({ ...who, text });
    await ask(`/start ${(await createInvite(w.db.client, "hcm.q10", "focal", w.clock.now(), 14)).code}`);
    w.clock.set("2024-04-03T09:00");
    try {
      await ask("xong việc 1.14");
      await ask("Bài viết về một cửa liên thông ở Quận 10, quý I.");
      const summary = await ask("Bỏ qua");
      expect(said(summary)).toMatch(/Bài viết quý I\/2024/);
      expect(said(await ask("Xác nhận nộp"))).toMatch(/Trễ hạn \(hạn 31\/03\/2024\)/);
      const row = await w.db.client.submission.findFirstOrThrow({ orderBy: { id: "desc" } });
      expect(row).toMatchObject({ kind: "article", year: 2024, quarter: 1, taskId: null, occurrence: "2024-03-31" });
    } finally {
      w.clock.set("2024-03-20T09:00");
    }
  });
});
