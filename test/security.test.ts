import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvite } from "../src/db/invite-repo.js";
import { createLogger } from "../src/logger.js";
import { world, type World } from "./helpers/assistant.js";

describe("logs", () => {
  it("redact secret fields and scrub configured tokens from any string", async () => {
    let out = "";
    const sink = new Writable({
      write: (chunk, _enc, done) => {
        out += chunk;
        done();
      },
    });
    const log = createLogger("info", ["123456:SECRET-token-abcdefgh"], sink);
    log.info(
      {
        token: "123456:SECRET-token-abcdefgh",
        text: "nội dung riêng",
        url: "https://api.telegram.org/bot123456:SECRET-token-abcdefgh/getMe",
      },
      "call failed for 123456:SECRET-token-abcdefgh",
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(out).not.toContain("SECRET-token");
    expect(out).not.toContain("nội dung riêng");
    expect(out).toContain("[redacted]");
  });
});

describe("authorisation of every command and callback", () => {
  let w: World;
  const ask = (who: string, input: { text?: string; callback?: string }) =>
    w.assistant.handle({ channel: "telegram", externalId: who, chatId: who, buttons: true, ...input });
  const all = (r: Awaited<ReturnType<typeof ask>>) => r.messages.map((m) => m.text).join("\n") + (r.toast ?? "");

  beforeAll(async () => {
    w = await world("2024-03-20T09:00");
    const focal = await createInvite(w.db.client, "hcm.q1", "focal", w.clock.now(), 14);
    await ask("q1", { text: `/start ${focal.code}` });
    await ask("stranger", { text: "hello" });
  });
  afterAll(async () => w.db.dispose());

  it("an unlinked user gets no data from any command", async () => {
    for (const text of [
      "nhiệm vụ của tôi",
      "quá hạn",
      "nhiệm vụ 1.14",
      "tìm chuyển đổi số",
      "nộp bài",
      "tôi đã nộp chưa",
      "/thongke",
      "/chuanop",
      "/xephang",
      "/lienket",
      "/quy 1",
      "/chutri",
    ]) {
      const r = all(await ask("stranger", { text }));
      expect(r, text).not.toMatch(/Hàng quý gửi|Bài viết, mô hình|Biên nhận|Thống kê|Xếp hạng|Mã liên kết/);
    }
  });

  it("an unlinked user pressing any forged button gets nothing", async () => {
    const snvTask = await w.db.client.task.findFirstOrThrow({ where: { code: "1.14" } });
    for (const callback of [
      `td:${snvTask.id}`,
      "tl:a::::1",
      "tl:o::T::1",
      "ap:1",
      "dn:1",
      "rv:a:1",
      "rv:r:1",
      "rv:o:1",
      "rv:p:2",
      "rk:0:0:2024:2",
      "sb:w:1",
      "sb:r:1",
      "sb:wy:1",
      "sb:ry:1",
      "sb:k:a",
      "sb:c",
      "rm:s:1:1",
      "rm:m:1",
      "rm:si:1",
      "in:my_tasks",
      "in:search",
    ]) {
      const r = all(await ask("stranger", { callback }));
      expect(r, callback).not.toMatch(/Hàng quý gửi|Nhiệm vụ của|Đã duyệt|Đã chấp nhận|Đã rút|Sẽ nhắc lại|Đã tắt nhắc/);
    }
  });

  it("a linked user cannot act as admin or reviewer, nor on another agency's things", async () => {
    const sadec = await w.db.client.task.findFirstOrThrow({ where: { planId: { startsWith: "sadec" } } });
    expect(all(await ask("q1", { callback: `td:${sadec.id}` }))).toMatch(/không thuộc đơn vị/);
    expect(all(await ask("q1", { callback: "ap:1" }))).toMatch(/không có quyền/);
    expect(all(await ask("q1", { callback: "rv:a:1" }))).toMatch(/không có quyền/);
    expect(all(await ask("q1", { text: "/thongke" }))).toMatch(/Chỉ người duyệt/);
    // The inbox, a submission opened by its receipt, decisions in words and pages: a reviewer's only.
    for (const text of ["/duyet", "SNV-2024Q1-01", "duyệt SNV-2024Q1-01", "duyệt bài của Sở Nội vụ", "/xephang"])
      expect(all(await ask("q1", { text })), text).toMatch(/Chỉ người duyệt/);
    for (const callback of ["rv:o:1", "rv:p:2", "rk:0:0:2024:2"])
      expect(all(await ask("q1", { callback })), callback).toMatch(/không có quyền|Chỉ người duyệt/);
    for (const text of ["yêu cầu truy cập", "/duyettk 1", "duyệt tài khoản 1"])
      expect(all(await ask("q1", { text })), text).toMatch(/Chỉ quản trị viên/);
    expect(all(await ask("q1", { callback: "rm:si:1" }))).toMatch(/không có quyền/);
  });

  it("refuses an expired invite and a replayed one", async () => {
    const invite = await createInvite(w.db.client, "hcm.q5", "focal", w.clock.now(), 1);
    w.clock.set("2024-03-22T09:00");
    expect(all(await ask("late", { text: `/start ${invite.code}` }))).toMatch(/hết hạn/);
    w.clock.set("2024-03-20T09:00");
    const used = await createInvite(w.db.client, "hcm.q5", "focal", w.clock.now(), 14);
    await ask("first", { text: `/start ${used.code}` });
    expect(all(await ask("second", { text: `/start ${used.code}` }))).toMatch(/đã được sử dụng/);
  });
});
