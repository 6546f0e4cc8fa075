import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importPlanFiles } from "../../src/core/plans.js";
import { fixedClock } from "../../src/domain/clock.js";
import { readPlanFile } from "../../src/importer/read.js";
import { freshDatabase } from "../helpers/db.js";
import { PlanFormatError } from "../../src/importer/types.js";
import { FIXTURES, HCM_PLAN, SADEC_PLAN } from "../helpers/paths.js";

const dir = mkdtempSync(path.join(tmpdir(), "cchc-damaged-"));
function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function failure(file: string): Promise<string> {
  try {
    await readPlanFile(file);
  } catch (e) {
    expect(e).toBeInstanceOf(PlanFormatError);
    return (e as Error).message;
  }
  throw new Error("expected the import to fail");
}

describe("files that cannot be imported", () => {
  it("empty file", async () => expect(await failure(write("empty.txt", ""))).toMatch(/rỗng/));
  it("whitespace only", async () => expect(await failure(write("blank.txt", "  \n\n "))).toMatch(/không có nội dung/));
  it("binary", async () =>
    expect(await failure(write("bin.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])))).toMatch(/nhị phân/));
  it("not UTF-8", async () =>
    expect(
      await failure(write("latin1.txt", new Uint8Array([0x4b, 0xe9, 0x20, 0x68, 0x6f, 0xe0, 0x63, 0x68]))),
    ).toMatch(/UTF-8/));
  it("missing file", async () => expect(await failure(path.join(dir, "nope.txt"))).toMatch(/không đọc được/));
  it("wrong format (a JSON file)", async () =>
    expect(await failure(write("x.json", '{"hello": "world"}'))).toMatch(/tỉnh\/thành phố|bảng nhiệm vụ/));
  it("prose with no table", async () =>
    expect(
      await failure(
        write(
          "prose.txt",
          "Ủy ban nhân dân Thành phố Hồ Chí Minh\nKẾ HOẠCH\nCải cách hành chính năm 2024\nNội dung không có bảng.\n",
        ),
      ),
    ).toMatch(/bảng nhiệm vụ/));

  it("HCMC file cut in the middle of a row", async () => {
    const text = readFileSync(HCM_PLAN, "utf8");
    const cut = text.slice(0, text.indexOf("Hàng quý gửi ít nhất"));
    expect(await failure(write("cut-hcm.txt", cut))).toMatch(/cắt ngang/);
  });

  it("Sa Đéc file cut in the middle of a row", async () => {
    const text = readFileSync(SADEC_PLAN, "utf8");
    const cut = text.slice(0, text.indexOf("Hỗ trợ điều tra xã hội học"));
    expect(await failure(write("cut-sadec.txt", cut))).toMatch(/cắt ngang/);
  });
});

describe("messy but readable files", () => {
  it("an HCMC file cut at a page break reads as what it has, but never replaces the loaded plan", async () => {
    const text = readFileSync(HCM_PLAN, "utf8");
    const cut = text.slice(0, text.indexOf("2\tCải cách thể chế"));
    const plan = await readPlanFile(write("half.txt", cut));
    expect(plan.report.tasks).toBe(16);
    expect(plan.report.sections).toBe(1);
    // Under the plan's own name, over the loaded plan: refused, and the database keeps all 102 tasks.
    const db = await freshDatabase();
    try {
      const clock = fixedClock(new Date("2024-03-01T02:00:00Z"));
      expect((await importPlanFiles(db.client, [HCM_PLAN], clock))[0]!.ok).toBe(true);
      mkdirSync(path.join(dir, "cut"), { recursive: true });
      const sameName = path.join(dir, "cut", path.basename(HCM_PLAN));
      writeFileSync(sameName, cut);
      const [refused] = await importPlanFiles(db.client, [sameName], clock);
      expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/sẽ xóa 86\/102 nhiệm vụ/) });
      expect(await db.client.task.count({ where: { planId: "hcm-2024-qd6004-ke-hoach-cchc", isHeading: false } })).toBe(
        102,
      );
    } finally {
      await db.dispose();
    }
  });

  it("Windows line endings and a BOM", async () => {
    const text = `\uFEFF${readFileSync(HCM_PLAN, "utf8").replace(/\n/g, "\r\n")}`;
    const plan = await readPlanFile(write("crlf.txt", text));
    expect(plan.report.tasks).toBe(102);
  });

  it("a row with too many cells is realigned and reported", async () => {
    const text = readFileSync(HCM_PLAN, "utf8").replace("1.1\tKiện toàn", "1.1\tKiện toàn\tthừa");
    const plan = await readPlanFile(write("extra.txt", text));
    expect(plan.report.tasks).toBe(102);
    expect(plan.report.warnings.some((w) => w.line === 468 && /cột/.test(w.message))).toBe(true);
    expect(plan.tasks.find((t) => t.code === "1.1")!.deadline.kind).toBe("event");
  });

  it("a duplicated task code is kept twice and reported", async () => {
    const text = readFileSync(HCM_PLAN, "utf8").replace("1.3\tThực hiện báo cáo", "1.1\tThực hiện báo cáo");
    const plan = await readPlanFile(write("dup.txt", text));
    expect(plan.tasks.filter((t) => t.code === "1.1")).toHaveLength(2);
    expect(plan.report.warnings.some((w) => /lặp lại/.test(w.message))).toBe(true);
  });

  it("an unknown agency is reported, not dropped or guessed", async () => {
    const text = readFileSync(HCM_PLAN, "utf8").replace(
      "1.1\tKiện toàn Ban Chỉ đạo và Tổ Công tác Ban Chỉ đạo CCHC Thành phố\tQuyết định\tGiám đốc Sở Nội vụ",
      "1.1\tKiện toàn Ban Chỉ đạo và Tổ Công tác Ban Chỉ đạo CCHC Thành phố\tQuyết định\tGiám đốc Sở Du hành Vũ trụ",
    );
    const plan = await readPlanFile(write("unknown.txt", text));
    expect(plan.report.unresolvedAgencies).toEqual([{ line: 468, code: "1.1", phrase: "Giám đốc Sở Du hành Vũ trụ" }]);
  });

  it("a scanned text without diacritics: what it can read, and a report of the rest", async () => {
    const plan = await readPlanFile(path.join(FIXTURES, "ocr-scan-hcm.txt"));
    expect(plan.report.format).toBe("ocr");
    expect(plan.report.year).toBe(2025);
    expect(plan.tasks.map((t) => t.code)).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2"]);
    const t11 = plan.tasks[0]!;
    expect(t11.deadline.kind).toBe("event");
    expect(t11.assignments.map((a) => a.target.id)).toEqual(["hcm.snv", "hcm.so-ban-nganh"]);
    expect(plan.tasks[2]!.deadline).toMatchObject({ kind: "date", due: "2025-03-31" });
    expect(plan.tasks[3]!.deadline).toMatchObject({ kind: "date", due: "2025-12-31" });
    // The unreadable row is imported with its words and flagged, never invented into something else.
    expect(plan.report.warnings.some((w) => w.code === "2.2")).toBe(true);
    expect(plan.report.warnings.some((w) => /không có số thứ tự/.test(w.message))).toBe(true);
  });

  it("never crashes on random cuts of the real plans", async () => {
    const sources = [readFileSync(HCM_PLAN, "utf8"), readFileSync(SADEC_PLAN, "utf8")];
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 40; n++) {
      const src = sources[n % 2]!;
      const a = Math.floor(rand() * src.length);
      const b = a + Math.floor(rand() * (src.length - a));
      const file = write(`cut-${n}.txt`, src.slice(0, a) + src.slice(b));
      await readPlanFile(file).catch((e) => expect(e).toBeInstanceOf(PlanFormatError));
    }
  });
});
