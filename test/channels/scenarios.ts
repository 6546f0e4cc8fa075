import { expect } from "vitest";
import type { Driver } from "../helpers/drivers.js";
import type { World } from "../helpers/assistant.js";
import { createInvite } from "../../src/db/invite-repo.js";

export interface Scenario {
  name: string;
  run(d: Driver, w: World): Promise<void>;
}

/** The conversations every channel must hold the same way (run on Telegram and Zalo). */
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
    name: "links by invite, then 'nhiệm vụ của tôi' with and without diacritics",
    async run(d, w) {
      const invite = await createInvite(w.db.prisma, "hcm.snv", "focal", w.clock.now(), 14);
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
      expect(r).toMatch(/1\.13.*quá hạn/);
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
];
