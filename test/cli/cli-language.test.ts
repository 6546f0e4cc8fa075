import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliDatabase } from "../helpers/cli.js";
import { HCM_PLAN, SADEC_PLAN } from "../helpers/paths.js";

const dir = cliDatabase([HCM_PLAN, SADEC_PLAN]);

/** Words of the program's own (statuses, kinds, Node's parser) that must not reach a Vietnamese reader. */
const ENGLISH = /\b(active|pending|approve|article|report|withdrawn|submitted|on_time|late|missing|Unknown option)\b/;

describe("the staff command line speaks the chosen language, one line and exit 2 for bad input", () => {
  it("users: statuses and actions in Vietnamese; an unknown user is bad input", async () => {
    expect((await cli("invite", "create", "--agency", "Sở Tư pháp", "--role", "focal")).code).toBe(0);
    const none = await cli("users", "approve", "99");
    expect(none).toMatchObject({ code: 2, out: "" });
    expect(none.err.trim()).toBe("Không có người dùng #99. Xem: npm run cli -- users list");
  });

  it("submissions list: kind, timeliness and status as words", async () => {
    const sent = await cli(
      ...["submit", "--agency", "Sở Tư pháp", "--quarter", "2024-Q1", "--text", "Bài viết", "--now", "2024-03-20"],
    );
    expect(sent.out).toMatch(/^Biên nhận STP-2024Q1-\d+ — Sở Tư pháp — đúng hạn/);
    const list = await cli("submissions", "list", "--quarter", "2024-Q1");
    expect(list.out).toMatch(/^STP-2024Q1-\d+ · Sở Tư pháp · bài viết · đúng hạn · chờ duyệt$/m);
    expect(list.out).not.toMatch(ENGLISH);
    const en = await cli("submissions", "list", "--quarter", "2024-Q1", "--lang", "en");
    expect(en.out).toMatch(/· article · on time · awaiting review$/m);
  });

  it.each([
    [["submissions", "missing"], "Thiếu --quarter (ví dụ: --quarter 2024-Q1)."],
    [["submissions", "missing", "--quarter"], "Tùy chọn --quarter cần một giá trị."],
    [["task", "1.14", "--plan", "nope"], 'Không có kế hoạch nào khớp "nope". Xem: npm run cli -- plans'],
    [["task", "99.99"], 'Không có nhiệm vụ mã "99.99".'],
    [["plans", "--foo"], "Không có tùy chọn --foo. Xem các lệnh và tùy chọn: npm run cli -- help"],
    [["plans", "--foo", "--lang", "en"], "There is no option --foo. For commands and options: npm run cli -- help"],
  ])("%j", async (args, line) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(line);
  });

  it("an export to a folder that is not there says so, in one line", async () => {
    const out = path.join(dir, "no-such-folder", "q1.csv");
    const r = await cli("submissions", "export", "--quarter", "2024-Q1", "--format", "csv", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`Không ghi được ${out}: thư mục chứa nó không tồn tại.`);
  });

  it("a code several tasks share prints each with the key and plan that pick it", async () => {
    const r = await cli("task", "3.11");
    expect(r.out).toMatch(/^Mã 3\.11 ứng với 3 nhiệm vụ; xem một nhiệm vụ bằng: npm run cli -- task <khóa>/);
    const keys = [...r.out.matchAll(/Nhiệm vụ 3\.11 \(khóa (\S+), kế hoạch (\S+)\)/g)].map((m) => [m[1], m[2]]);
    expect(keys).toHaveLength(3);
    for (const [key, plan] of keys) {
      const one = await cli("task", key!, "--plan", plan!, "--json");
      expect(one.json.tasks).toHaveLength(1);
    }
  });

  it("outbox status and the progress summary are labelled", async () => {
    expect((await cli("outbox", "status")).out).toMatch(/^chờ gửi: \d+ · đang gửi: \d+ · đã gửi: \d+/);
    const summary = await cli("progress", "summary", "--quarter", "2024-Q1", "--now", "2024-04-10");
    expect(summary.out.split("\n")[0]).toBe("cơ quan\tđến hạn\tđúng hạn\ttrễ hạn\tchưa nộp\tđã duyệt\ttỉ lệ đúng hạn");
  });
});
