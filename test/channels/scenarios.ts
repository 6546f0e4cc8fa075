import { expect } from "vitest";
import { sendArticle, type Driver } from "../helpers/drivers.js";
import type { World } from "../helpers/assistant.js";
import { createInvite } from "../../src/db/invite-repo.js";
import type { UserRole } from "../../src/db/user-repo.js";
import { importDirectory } from "../../src/core/directory.js";
import { shippedJurisdictions, type Jurisdiction } from "../../src/directory/index.js";
import { jurisdictionToRows, rowsToCells } from "../../src/directory/table.js";

export interface Scenario {
  name: string;
  run(d: Driver, w: World): Promise<void>;
}

/** Runs `run` with the world's clock at `at`, then puts it back to the suite's day. */
async function on(w: World, at: string, run: () => Promise<void>): Promise<void> {
  w.clock.set(at);
  try {
    await run();
  } finally {
    w.clock.set("2024-03-20T09:00");
  }
}

/** Links chat `user` to `agency` with a fresh invite, as a person would. */
async function join(d: Driver, w: World, user: string, agency: string, role: UserRole): Promise<void> {
  const invite = await createInvite(w.db.client, agency, role, w.clock.now(), 14);
  await d.say(user, `/start ${invite.code}`);
}

/** Imports the HCMC directory as `edit` makes it, as `directory import` does, and lets the catalog see it. */
async function loadDirectory(w: World, edit: (j: Jurisdiction) => Jurisdiction): Promise<void> {
  const hcm = shippedJurisdictions().find((j) => j.id === "hcm")!;
  const cells = rowsToCells(jurisdictionToRows(edit(hcm)));
  expect((await importDirectory(w.db.client, cells, "hcm-2025.csv")).ok).toBe(true);
  w.services.catalog.invalidate();
}

/** A reviewer's /xephang, its rules and its pages. */
async function ranks(d: Driver): Promise<void> {
  const year = await d.say("3", "/xephang");
  expect(year).toMatch(/Xếp hạng 2024 — Kế hoạch thực hiện công tác cải cách hành chính/);
  expect(year).toMatch(/^1\. .* — \d+% đúng hạn \(\d+\/\d+\)/m);
  expect(year).toMatch(/Cách xếp: tỉ lệ/);
  expect(year).not.toMatch(/npm run|0 · 0 · 0/);
  expect(await d.say("3", "xếp hạng quý 1")).toMatch(/Xếp hạng I\/2024/);
  const rows = (page: string) => page.split("\n").filter((l) => /^\d+\. /.test(l)).length;
  expect(rows(year)).toBe(20);
  const more = await d.say("3", "/xephang");
  expect(more).toMatch(/đơn vị · trang 1\/\d/);
  const second = await d.choose("3", /Xem thêm/);
  expect(second).toMatch(/trang 2\/\d/);
  expect(second).not.toBe(more);
}

/** The conversations every channel must hold the same way (run on Telegram, Zalo and the console). */
export const scenarios: Scenario[] = [
  {
    name: "an unlinked user gets an explanation, never data",
    async run(d) {
      const r = await d.say("1", "nhiệm vụ của tôi");
      expect(r).toMatch(/chưa được liên kết/);
      expect(r).not.toMatch(/1\.14/);
    },
  },
  {
    name: "an agency not in the directory is not guessed: the closest are offered, a real name is confirmed",
    async run(d) {
      await d.say("8", "xin chào");
      const space = await d.say("8", "Sở Vũ Trụ");
      expect(space).toMatch(/không thấy cơ quan "Sở Vũ Trụ" trong danh bạ/);
      expect(space).not.toMatch(/Bạn thuộc .*\? Bấm để gửi/);
      expect(await d.say("8", "Sở Tài Chánh")).toMatch(/Bạn thuộc (<b>)?Sở Tài chính(<\/b>)?\? Bấm để gửi yêu cầu/);
      expect(await d.say("8", "Bộ Nội vụ")).toMatch(/không thấy cơ quan "Bộ Nội vụ"/);
      // The closest are offered as choices: picking one is the person's own answer.
      expect(await d.choose("8", /^Sở Nội vụ$/)).toMatch(
        /Đã gửi yêu cầu truy cập cho (<b>)?Sở Nội vụ|chưa có quản trị viên/,
      );
    },
  },
  {
    name: "links by invite, then 'nhiệm vụ của tôi' with and without diacritics",
    async run(d, w) {
      const invite = await createInvite(w.db.client, "hcm.snv", "focal", w.clock.now(), 14);
      expect(await d.say("2", `/start ${invite.code}`)).toMatch(/Đã liên kết.*Sở Nội vụ/);
      const plain = await d.say("2", "nhiem vu cua toi");
      expect(plain).toMatch(/Nhiệm vụ của Sở Nội vụ/);
      expect(plain).toMatch(/1\.14 \[chủ trì\]/);
      expect(await d.say("2", "nhiệm vụ của tôi")).toBe(plain);
    },
  },
  {
    name: "pages with 'Xem thêm'",
    async run(d) {
      await d.say("2", "nhiệm vụ của tôi");
      expect(await d.choose("2", /Xem thêm/)).toMatch(/trang 2\//);
    },
  },
  {
    name: "opens a task by code and from the list",
    async run(d) {
      expect(await d.say("2", "nhiệm vụ 1.14")).toMatch(/Bài viết, mô hình, sản phẩm/);
      await d.say("2", "nhiệm vụ của tôi");
      expect(await d.choose("2", /^1\.14$/)).toMatch(/Nhiệm vụ 1\.14/);
    },
  },
  {
    name: "searches by words",
    async run(d) {
      expect(await d.say("2", "tìm chuyển đổi số")).toMatch(/7\.4/);
    },
  },
  {
    name: "lists overdue tasks at a given date",
    async run(d, w) {
      w.clock.set("2024-04-02T09:00");
      const r = await d.say("2", "quá hạn");
      w.clock.set("2024-03-20T09:00");
      expect(r).toMatch(/6\.3 \[chủ trì\].*quá hạn/);
      // Sở Nội vụ supports 1.13: its date has gone, but the lead reports it — not overdue for a supporter.
      expect(r).not.toMatch(/1\.13 \[phối hợp\]/);
    },
  },
  {
    name: "refuses another agency's task",
    async run(d) {
      expect(await d.say("2", "nhiệm vụ VII/3.12")).toMatch(/không thuộc đơn vị/);
    },
  },
  {
    name: "speaks English after /lang en",
    async run(d) {
      expect(await d.say("2", "/lang en")).toMatch(/Switched to English/);
      expect(await d.say("2", "nhiem vu cua toi")).toMatch(/Tasks of Sở Nội vụ/);
      await d.say("2", "/lang vi");
    },
  },
  {
    name: "answers bad input clearly",
    async run(d) {
      expect(await d.say("2", "x".repeat(20_000))).toMatch(/quá dài/);
      expect(await d.say("2", "/khongco")).toMatch(/Không có lệnh/);
      expect(await d.say("2", "asdfgh qwerty")).toMatch(/chưa hiểu/);
    },
  },
  {
    name: "typing the label 'Hủy' cancels a submission, and the next request is answered",
    async run(d) {
      await d.say("2", "nộp bài");
      expect(await d.say("2", "Hủy")).toMatch(/Đã hủy nộp bài/);
      expect(await d.say("2", "nhiệm vụ của tôi")).toMatch(/Nhiệm vụ của Sở Nội vụ/);
    },
  },
  {
    name: "'bài viết quý 1' answers the first step; 'hủy' at the content step cancels, never stored",
    async run(d, w) {
      await d.say("2", "nộp bài");
      expect(await d.say("2", "bài viết quý 1")).toMatch(/Gửi nội dung/);
      expect(await d.say("2", "hủy")).toMatch(/Đã hủy nộp bài/);
      expect(await w.db.client.submission.count({ where: { body: "hủy" } })).toBe(0);
    },
  },
  {
    name: "a new request mid-flow is answered and the draft kept until 'tiếp tục'",
    async run(d) {
      await d.say("2", "nộp bài");
      await d.choose("2", /^Bài viết quý I\/2024/);
      const asked = await d.say("2", "nhiệm vụ của tôi");
      expect(asked).toMatch(/Nhiệm vụ của Sở Nội vụ[\s\S]*nộp bài dở/);
      expect(await d.say("2", "tiếp tục")).toMatch(/Gửi nội dung/);
      expect(await d.say("2", "nộp bài")).toMatch(/Gửi nội dung/);
      expect(await d.say("2", "thôi")).toMatch(/Đã hủy nộp bài/);
    },
  },
  {
    name: "deadline and status questions are answered, not turned into a submission",
    async run(d) {
      expect(await d.say("2", "hạn nộp bài viết quý 2 là khi nào?")).toMatch(/30\/06\/2024 \(còn 102 ngày\)/);
      const left = await d.say("2", "Còn bao nhiêu ngày nữa là hết hạn nộp bài quý 1?");
      expect(left).toMatch(/31\/03\/2024 \(còn 11 ngày\)[\s\S]*chưa nộp/);
      const sent = await d.say("2", "em đã gửi bài chưa ạ");
      expect(sent).toMatch(/quý I\/2024/);
      expect(sent).not.toMatch(/Bạn nộp gì/);
    },
  },
  {
    name: "a missed quarter stays owed: 1.14's quarter I is overdue in April and offered first for submission",
    async run(d, w) {
      const invite = await createInvite(w.db.client, "hcm.stttt", "focal", w.clock.now(), 14);
      await d.say("3", `/start ${invite.code}`);
      w.clock.set("2024-04-05T09:00");
      try {
        expect(await d.say("3", "nhiệm vụ 1.14")).toMatch(/31\/03\/2024 — quá hạn, chưa nộp/);
        await d.say("3", "nộp bài");
        expect(await d.choose("3", /^Bài viết quý I\/2024/)).toMatch(/Gửi nội dung/);
        await d.say("3", "Hủy");
      } finally {
        w.clock.set("2024-03-20T09:00");
      }
    },
  },
  {
    name: "a late report on 1.13 is judged against its own date and closes it",
    async run(d, w) {
      w.clock.set("2024-04-05T09:00");
      try {
        expect(await d.say("3", "quá hạn")).toMatch(/1\.13/);
        await d.say("3", "báo cáo 1.13");
        await d.say("3", "Đã hoàn thành rà soát, chuẩn hóa thủ tục hành chính quý I.");
        expect(await d.choose("3", /Bỏ qua/)).toMatch(/Báo cáo nhiệm vụ 1\.13 — kỳ hạn 31\/03\/2024/);
        const receipt = await d.choose("3", /Xác nhận nộp/);
        expect(receipt).toMatch(/Trễ hạn \(hạn 31\/03\/2024\)/);
        expect(await d.say("3", "quá hạn")).not.toMatch(/1\.13 \[/);
        expect(await d.say("3", "nhiệm vụ 1.13")).toMatch(/31\/03\/2024 — đã nộp trễ hạn · STTTT-2024Q1-\d\d/);
      } finally {
        w.clock.set("2024-03-20T09:00");
      }
    },
  },
  {
    name: "small talk gets a polite answer, never a task list",
    async run(d) {
      for (const said of ["hôm nay trời đẹp", "ăn cơm chưa"])
        expect(await d.say("2", said)).not.toMatch(/Nhiệm vụ của Sở|chủ trì\]/);
      expect(await d.say("2", "xin chào")).toMatch(/Xin chào/);
      expect(await d.say("2", "cảm ơn")).toMatch(/Không có gì/);
      expect(await d.say("2", "giúp tôi")).toMatch(/nộp bài[\s\S]*nghỉ phép[\s\S]*\/lienket/);
    },
  },
  {
    name: "time windows, task codes with a comma, overdue in plain words",
    async run(d) {
      expect(await d.say("2", "tháng này có gì")).toMatch(/từ 20\/03\/2024 đến 31\/03\/2024/);
      expect(await d.say("2", "trong 3 tháng tới")).toMatch(/đến 20\/06\/2024/);
      expect(await d.say("2", "nhiệm vụ 1,14")).toMatch(/Nhiệm vụ 1\.14/);
      expect(await d.say("2", "việc gì trễ rồi")).toMatch(/quá hạn/);
    },
  },
  {
    name: "typed paging keeps « and » on the same numbers",
    async run(d) {
      const first = await d.say("2", "nhiệm vụ của tôi");
      expect(await d.say("2", "xem thêm")).toMatch(/trang 2\//);
      expect(await d.say("2", "trang 3")).toMatch(/trang 3\//);
      expect(await d.say("2", "quay lại")).toMatch(/trang 2\//);
      // The paging buttons' own labels, typed (on Telegram nothing remembers the buttons of a list).
      const last = await d.say("2", "« Trang cuối");
      const pages = /trang (\d+)\/(\d+)/.exec(last);
      expect(pages?.[1]).toBe(pages?.[2]);
      expect(await d.say("2", "trang đầu")).toMatch(/trang 1\//);
      expect(await d.say("2", "1.14")).toMatch(/Nhiệm vụ 1\.14/);
      if (d.name !== "telegram") {
        const later = await d.say("2", "trang 2");
        const nav = (out: string) => [...out.matchAll(/^ {2}(\d+)\) (.*(?:»|«).*)$/gm)].map((m) => m[1]);
        expect(nav(later)).toEqual(nav(first));
      }
    },
  },
  {
    name: "away until a weekday; a date already past is questioned, not moved a year",
    async run(d) {
      expect(await d.say("2", "nghỉ phép đến 1/3")).toMatch(/01\/03\/2024 đã qua/);
      expect(await d.say("2", "em nghỉ ốm đến thứ 6 ạ")).toMatch(/trở lại ngày 22\/03\/2024/);
      expect(await d.say("2", "đã đi làm lại")).toMatch(/trở lại/);
    },
  },
  {
    name: "reviewer questions from a focal point are refused as such",
    async run(d) {
      for (const said of ["thống kê", "ai chưa nộp", "đơn vị nào chưa nộp bài quý 1", "xếp hạng"]) {
        const r = await d.say("2", said);
        expect(r).toMatch(/Chỉ người duyệt/);
        expect(r).not.toMatch(/đầu mối|quá hạn/);
      }
    },
  },
  {
    name: "English after /lang en, prompts included",
    async run(d) {
      await d.say("2", "/lang en");
      expect(await d.say("2", "my tasks")).toMatch(/Tasks of Sở Nội vụ/);
      expect(await d.say("2", "what is due this week?")).toMatch(/Tasks due/);
      const asked = await d.say("2", "submit");
      expect(asked).toMatch(/What are you sending/);
      if (d.name !== "telegram") expect(asked).toMatch(/Reply with a number/);
      expect(await d.say("2", "cancel")).toMatch(/cancelled/i);
      await d.say("2", "/lang vi");
    },
  },
  {
    name: "submits a link as the quarter's article and gets a receipt",
    async run(d) {
      await d.say("2", "nộp bài");
      expect(await d.choose("2", /^Bài viết quý I\/2024/)).toMatch(/Gửi nội dung/);
      expect(await d.say("2", "https://snv.hochiminhcity.gov.vn/bai-viet-cchc")).toMatch(/tiêu đề/);
      expect(await d.choose("2", /Bỏ qua/)).toMatch(/Kiểm tra trước khi nộp/);
      expect(await d.choose("2", /Xác nhận/)).toMatch(/Biên nhận SNV-2024Q1-\d\d[\s\S]*Đúng hạn/);
      expect(await d.say("2", "tôi đã nộp chưa")).toMatch(/chờ duyệt/);
    },
  },
  {
    name: "snoozes by typing and goes away on leave",
    async run(d) {
      expect(await d.say("2", "nhắc lại sau 3 ngày")).toMatch(/Chưa có lời nhắc|Sẽ nhắc lại|đã được hẹn/);
      expect(await d.say("2", "nghỉ phép đến 25/3")).toMatch(/trở lại ngày 25\/03\/2024/);
      expect(await d.say("2", "đã đi làm lại")).toMatch(/trở lại/);
    },
  },
  {
    name: "a reviewer finds the submission in the inbox and returns it with a typed reason",
    async run(d, w) {
      const invite = await createInvite(w.db.client, "hcm.snv", "reviewer", w.clock.now(), 14);
      await d.say("3", `/start ${invite.code}`);
      const inbox = await d.say("3", "bài chờ duyệt");
      expect(inbox).toMatch(/Bài chờ duyệt \(\d+\)[\s\S]*SNV-2024Q1-\d\d — Sở Nội vụ — Bài viết quý I\/2024 — https:/);
      const card = await d.choose("3", /Mở SNV/);
      expect(card).toMatch(/SNV-2024Q1-\d\d\nSở Nội vụ — Bài viết quý I\/2024 — đúng hạn/);
      expect(await d.choose("3", /^Trả lại$/)).toMatch(/lý do trả lại SNV-2024Q1-\d\d \(Sở Nội vụ\)/);
      expect(await d.say("3", "Thiếu số liệu quý I")).toMatch(/Đã trả lại/);
      expect(await d.say("2", "tôi đã nộp chưa")).toMatch(/Thiếu số liệu quý I/);
    },
  },
  {
    name: "decisions in words: a resubmission accepted by receipt; officials and focal points are refused",
    async run(d) {
      const receipt = await sendArticle(d, "2", "https://snv.hochiminhcity.gov.vn/bai-viet-cchc-bo-sung");
      // The submitter may not decide, by receipt or by agency, and is told so in one line.
      expect(await d.say("2", `duyệt ${receipt}`)).toMatch(/Chỉ người duyệt/);
      expect(await d.say("2", "duyệt bài của Sở Nội vụ")).toMatch(/Chỉ người duyệt/);
      expect(await d.say("3", "trả lại SNV-2099Q1-99 vì sai")).toMatch(
        /Không tìm thấy bài nào có biên nhận SNV-2099Q1-99/,
      );
      expect(await d.say("3", "duyệt bài của qqqq zzzz")).toMatch(/Không tìm thấy cơ quan/);
      expect(await d.say("3", "duyệt bài của UBND Quận 1")).toMatch(/UBND Quận 1 không có bài nào chờ duyệt/);
      // "duyệt" alone with nothing open asks which; after opening one it decides on that one.
      expect(await d.say("3", "duyệt")).toMatch(/Bạn quyết định cho bài nào\?[\s\S]*Bài chờ duyệt/);
      expect(await d.say("3", `xem ${receipt}`)).toMatch(new RegExp(`${receipt}\\nSở Nội vụ — Bài viết quý I/2024`));
      expect(await d.say("3", "ok duyệt nhé")).toMatch(new RegExp(`Đã duyệt ${receipt} \\(Sở Nội vụ\\)`));
      expect(await d.say("3", `duyệt ${receipt}`)).toMatch(/đã được xử lý/);
      expect(await d.say("3", receipt)).toMatch(/Trạng thái: đã duyệt/);
      expect(await d.say("2", "tôi đã nộp chưa")).toMatch(new RegExp(`${receipt} — bài viết .* — đã duyệt`));
      // Access requests are an admin's: a reviewer is told so, and nothing is decided.
      expect(await d.say("3", "yêu cầu truy cập")).toMatch(/Chỉ quản trị viên/);
      expect(await d.say("3", "duyệt tài khoản 1")).toMatch(/Chỉ quản trị viên/);
    },
  },
  {
    name: "a reviewer's ranking uses the completion figures and states its rules, never a staff command",
    run: (d, w) => on(w, "2024-04-10T09:00", () => ranks(d)),
  },
  {
    name: "a Sa Đéc ward owes the posting rota in its month; a repeated code is asked about, not guessed",
    async run(d, w) {
      await join(d, w, "5", "sadec.p3", "focal");
      await on(w, "2024-04-05T09:00", async () => {
        const list = await d.say("5", "nhiệm vụ của tôi");
        expect(list).not.toMatch(/\[phối hợp\][^\n]*quá hạn/);
        expect(await d.say("5", "nhiệm vụ VII/3.6")).toMatch(/31\/03\/2024 — quá hạn, chưa nộp \(đăng tin tháng 3/);
        expect(await d.say("5", "báo cáo 3.6")).toMatch(/nhiều nhiệm vụ mã 3\.6/);
        expect(await d.choose("5", /^VII\/3\.6/)).toMatch(/Gửi nội dung/);
        await d.say("5", "Đã đăng tin CCHC tháng 3 trên Chuyên mục của Tỉnh.");
        expect(await d.choose("5", /Bỏ qua/)).toMatch(/Báo cáo nhiệm vụ 3\.6 — kỳ hạn 31\/03\/2024/);
        expect(await d.choose("5", /Xác nhận nộp/)).toMatch(
          /Biên nhận P\.3-2024Q1-\d\d[\s\S]*Trễ hạn \(hạn 31\/03\/2024\)/,
        );
        expect(await d.say("5", "nhiệm vụ VII/3.6")).toMatch(
          /31\/03\/2024 — đã nộp trễ hạn \(đăng tin tháng 3 năm 2024\) · P\.3-2024Q1-\d\d/,
        );
        // Withdrawing names the receipt and what it was, and asks first.
        expect(await d.say("5", "tôi đã nộp chưa")).toMatch(
          /P\.3-2024Q1-\d\d — báo cáo 3\.6 «Đã đăng tin CCHC tháng 3/,
        );
        expect(await d.choose("5", /^Rút P\.3/)).toMatch(/Rút bài P\.3-2024Q1-\d\d «Đã đăng tin CCHC tháng 3/);
        expect(await d.choose("5", /Giữ nguyên/)).toMatch(/Đã giữ nguyên/);
        expect(await d.say("5", "nhiệm vụ VII/3.6")).toMatch(/đã nộp trễ hạn/);
        await d.say("5", "tôi đã nộp chưa");
        await d.choose("5", /^Rút P\.3/);
        expect(await d.choose("5", /^Rút P\.3/)).toMatch(/Đã rút bài P\.3-2024Q1-\d\d/);
        expect(await d.say("5", "nhiệm vụ VII/3.6")).toMatch(/31\/03\/2024 — quá hạn, chưa nộp/);
      });
    },
  },
  {
    name: "an official's own words: the article named first, a question mid-flow, an early link, 'rút bài'",
    async run(d, w) {
      await join(d, w, "6", "hcm.q3", "focal");
      expect(await d.say("6", "nộp bài viết quý 1")).toMatch(/Gửi nội dung/);
      // A question at the content step is answered, not written into the article.
      const asked = await d.say("6", "hạn nộp bài quý 2 là khi nào?");
      expect(asked).toMatch(/Hạn nộp bài viết quý II\/2024: 30\/06\/2024/);
      expect(asked).toMatch(/đang nộp bài dở/);
      // "dừng" (stop) is not the option "Dùng tin vừa gõ…" (use): it stops.
      expect(await d.say("6", "dừng")).toMatch(/Đã hủy nộp bài/);
      expect(await d.say("6", "tôi đã nộp chưa")).not.toMatch(/đang nộp bài dở/);
      await d.say("6", "nộp bài");
      // A link sent before saying what it is for is kept.
      expect(await d.say("6", "https://q3.hochiminhcity.gov.vn/cchc")).toMatch(/Đã nhận đường link[\s\S]*Bạn nộp gì/);
      expect(await d.choose("6", /^Bài viết quý I\/2024/)).toMatch(/tiêu đề/);
      expect(await d.choose("6", /Bỏ qua/)).toMatch(/Tệp\/nội dung: https:\/\/q3\.hochiminhcity\.gov\.vn\/cchc/);
      expect(await d.choose("6", /Xác nhận/)).toMatch(/Biên nhận Q\.3-2024Q1-\d\d/);
      // "rút bài" is not a new submission: it lists what may be withdrawn.
      expect(await d.say("6", "em muốn rút bài vừa nộp")).toMatch(/Q\.3-2024Q1-\d\d — bài viết/);
      expect(await d.choose("6", /^Rút Q\.3/)).toMatch(/Rút bài Q\.3-2024Q1-\d\d/);
      expect(await d.choose("6", /Giữ nguyên/)).toMatch(/Đã giữ nguyên/);
    },
  },
  {
    name: "an agency that left the directory: its people are told so; back in it, its tasks come back",
    async run(d, w) {
      await join(d, w, "7", "hcm.sdl", "focal");
      expect(await d.say("7", "nhiệm vụ của tôi")).toMatch(/1\.14/);
      await loadDirectory(w, (j) => ({ ...j, agencies: j.agencies.filter((a) => a.id !== "hcm.sdl") }));
      const retired = /Sở Du lịch không còn trong danh bạ cơ quan/;
      expect(await d.say("7", "nhiem vu cua toi")).toMatch(retired);
      expect(await d.say("7", "nộp bài viết quý 1")).toMatch(retired);
      expect(await d.say("7", "giúp tôi")).not.toMatch(retired);
      await loadDirectory(w, (j) => j);
      expect(await d.say("7", "nhiệm vụ của tôi")).toMatch(/1\.14/);
    },
  },
  {
    name: "the web board: off without BOARD_BASE_URL, for reviewers only, a one-time link for them",
    async run(d, w) {
      await join(d, w, "8", "hcm.q4", "focal");
      await join(d, w, "9", "hcm.snv", "reviewer");
      expect(await d.say("8", "bảng theo dõi")).toMatch(/dành cho người duyệt/);
      expect(await d.say("9", "/bang")).toMatch(/chưa được bật \(cần BOARD_BASE_URL\)/);
      w.services.config.boardBaseUrl = "https://cchc.example.gov.vn";
      try {
        const link = await d.say("9", "cho em xin link bang theo doi");
        expect(link).toMatch(/https:\/\/cchc\.example\.gov\.vn\/board\/login\?t=[\w-]{32}/);
        expect(link).toMatch(/một lần, trong 15 phút/);
        expect(await d.say("8", "/bang")).toMatch(/dành cho người duyệt/);
      } finally {
        delete w.services.config.boardBaseUrl;
      }
    },
  },
];
