import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, cliDatabase } from "../helpers/cli.js";
import { docx, pdf } from "../helpers/files.js";
import { HCM_PLAN } from "../helpers/paths.js";

const dir = cliDatabase([HCM_PLAN]);

beforeAll(async () => {
  writeFileSync(path.join(dir, "x.pdf"), pdf("quan 1"));
  writeFileSync(path.join(dir, "report.docx"), await docx());
  writeFileSync(path.join(dir, "fake.pdf"), "MZ this is not a pdf");
});

describe("cli submissions", () => {
  it("records an e-mailed article and removes the agency from the missing list", async () => {
    const before = await cli("submissions", "missing", "--quarter", "2024-Q1", "--now", "2024-03-25", "--json");
    expect(before.json.missing).toHaveLength(46);
    const r = await cli(
      "submit",
      "--agency",
      "UBND Quận 1",
      "--quarter",
      "2024-Q1",
      "--file",
      path.join(dir, "x.pdf"),
      "--now",
      "2024-03-25",
      "--json",
    );
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({
      ok: true,
      agency: "UBND Quận 1",
      quarter: "2024-Q1",
      onTime: true,
      dueDate: "2024-03-31",
    });
    const after = await cli("submissions", "missing", "--quarter", "2024-Q1", "--now", "2024-03-25", "--json");
    expect(after.json.missing).not.toContain("UBND Quận 1");
    expect(after.json.missing).toHaveLength(45);
    for (const name of [
      "UBND Quận 3",
      "UBND thành phố Thủ Đức",
      "UBND huyện Cần Giờ",
      "Sở Nội vụ",
      "Văn phòng UBND Thành phố",
    ])
      expect(after.json.missing).toContain(name);
  });

  it("records text, links and task reports; refuses bad input with exit code 2", async () => {
    expect(
      (
        await cli(
          "submit",
          "--agency",
          "Sở Tư pháp",
          "--quarter",
          "2024-Q1",
          "--text",
          "Bài viết về rà soát VBQPPL",
          "--now",
          "2024-04-02",
          "--json",
        )
      ).json,
    ).toMatchObject({ onTime: false });
    expect(
      (
        await cli(
          "submit",
          "--agency",
          "so tu phap",
          "--quarter",
          "Q2/2024",
          "--link",
          "https://stp.hochiminhcity.gov.vn/bai",
          "--now",
          "2024-04-02",
          "--json",
        )
      ).json,
    ).toMatchObject({ quarter: "2024-Q2", onTime: true });
    expect(
      (
        await cli(
          "submit",
          "--agency",
          "Sở Tư pháp",
          "--quarter",
          "2024-Q1",
          "--task",
          "2.3",
          "--file",
          path.join(dir, "report.docx"),
          "--now",
          "2024-03-28",
          "--json",
        )
      ).json,
    ).toMatchObject({ ok: true, onTime: true });
    expect((await cli("submit", "--agency", "Sở Tư pháp", "--quarter", "2024-Q9", "--text", "x")).code).toBe(2);
    expect(
      (await cli("submit", "--agency", "Sở Tư pháp", "--quarter", "2024-Q1", "--file", path.join(dir, "fake.pdf")))
        .code,
    ).toBe(2);
    expect(
      (await cli("submit", "--agency", "Sở Tư pháp", "--quarter", "2024-Q1", "--link", "javascript:alert(1)")).code,
    ).toBe(2);
    expect((await cli("submit", "--agency", "Sở Tư pháp", "--quarter", "2024-Q1")).code).toBe(2);
    expect((await cli("submit", "--agency", "xyzzy qwerty", "--quarter", "2024-Q1", "--text", "x")).code).toBe(2);
    const dup = await cli(
      "submit",
      "--agency",
      "UBND Quận 1",
      "--quarter",
      "2024-Q1",
      "--file",
      path.join(dir, "x.pdf"),
      "--json",
    );
    expect(dup.code).toBe(1);
    expect(dup.json.duplicateOf).toMatch(/^Q\.1-2024Q1-01$/);
  });

  it("lists, ranks and exports; the export's sha256 matches the stored file", async () => {
    const list = await cli("submissions", "list", "--quarter", "2024-Q1", "--json");
    expect(list.json.submissions.map((s: any) => s.agency)).toEqual(["UBND Quận 1", "Sở Tư pháp", "Sở Tư pháp"]);
    const ranking = await cli("submissions", "ranking", "--year", "2024", "--now", "2024-04-10", "--json");
    // Each plan on its own, by the completion figures: Sở Tư pháp (Q1 late, Q2 on time) and Quận 1 (Q1 on time)
    // have reported something, so they stand above every agency that has reported nothing.
    const hcm = ranking.json.plans.find((p: any) => p.plan.startsWith("hcm-"));
    const rows = hcm.ranking;
    const stp = rows.find((r: any) => r.agency === "Sở Tư pháp");
    const quan1 = rows.find((r: any) => r.agency === "UBND Quận 1");
    expect(stp).toMatchObject({ late: 1 });
    expect(stp.onTime).toBeGreaterThanOrEqual(1);
    expect(quan1.onTime).toBeGreaterThanOrEqual(1);
    const silent = rows.filter((r: any) => r.onTime + r.late === 0);
    expect(silent.length).toBeGreaterThan(30);
    expect(Math.max(stp.rank, quan1.rank)).toBeLessThan(Math.min(...silent.map((r: any) => r.rank)));
    expect(rows.every((r: any) => r.due > 0)).toBe(true);
    const exported = path.join(dir, "ranking.csv");
    expect((await cli("submissions", "ranking", "--year", "2024", "--now", "2024-04-10", "--out", exported)).code).toBe(
      0,
    );
    const ranked = readFileSync(exported, "utf8").slice(1).trim().split("\r\n");
    expect(ranked[0]).toBe("Kế hoạch,Hạng,Cơ quan,Đến hạn,Đúng hạn,Trễ hạn,Chưa nộp,Đã duyệt,Tỉ lệ đúng hạn");
    expect(ranked[1]).toMatch(/^Kế hoạch .*,1,.*,\d+%$/);
    const total = ranking.json.plans.reduce((n: number, p: any) => n + p.ranking.length, 0);
    expect(ranked).toHaveLength(1 + total);
    // Quarters still owed: Quận 1 owes only quarter II; an agency that sent nothing owes I and II.
    const owed = await cli(
      "submissions",
      "missing",
      "--quarter",
      "2024-Q2",
      "--overdue",
      "--now",
      "2024-04-10",
      "--json",
    );
    const quarters = (name: string) => owed.json.agencies.find((a: any) => a.name === name)?.quarters;
    expect(quarters("UBND Quận 1")).toEqual(["2024-Q2"]);
    expect(quarters("Sở Nội vụ")).toEqual(["2024-Q1", "2024-Q2"]);
    expect(quarters("Sở Tư pháp")).toBeUndefined();
    const csvFile = path.join(dir, "q1.csv");
    expect((await cli("submissions", "export", "--quarter", "2024-Q1", "--format", "csv", "--out", csvFile)).code).toBe(
      0,
    );
    const csv = readFileSync(csvFile);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines[0]).toBe(
      "Biên nhận,Cơ quan,Loại,Nhiệm vụ,Quý,Thời điểm nhận,Đúng hạn,Trạng thái,Người duyệt,Mã kiểm tra SHA-256," +
        "Tên tệp,Nội dung,Tiêu đề",
    );
    const q1 = lines.find((l) => l.startsWith("Q.1-2024Q1-01"))!;
    const sha = createHash("sha256")
      .update(readFileSync(path.join(dir, "x.pdf")))
      .digest("hex");
    expect(q1).toContain(sha);
    expect(q1).toContain("UBND Quận 1");
    const stored = readFileSync(path.join(dir, "files", "objects", sha.slice(0, 2), sha));
    expect(stored).toEqual(readFileSync(path.join(dir, "x.pdf")));
    const xlsxFile = path.join(dir, "q1.xlsx");
    expect(
      (await cli("submissions", "export", "--quarter", "2024-Q1", "--format", "xlsx", "--out", xlsxFile)).code,
    ).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxFile);
    // The three submissions and, below, every agency of the cycle that sent nothing (46 owe the article).
    const sheet = book.getWorksheet("Quý I năm 2024")!;
    const agencies = (await cli("submissions", "missing", "--quarter", "2024-Q1", "--json")).json.missing;
    expect(sheet.rowCount).toBe(1 + 3 + agencies.length);
    expect(sheet.getRow(2).getCell(6).value).toBeInstanceOf(Date);
    expect(sheet.getRow(1 + 3 + 1).getCell(8).value).toBe("chưa nộp");
    // The year: a summary per plan and agency, then a sheet per quarter; English on request.
    const yearFile = path.join(dir, "2024.xlsx");
    const year = await cli("submissions", "export", "--year", "2024", "--out", yearFile, "--now", "2024-04-10");
    expect(year.code).toBe(0);
    const yearBook = new ExcelJS.Workbook();
    await yearBook.xlsx.readFile(yearFile);
    expect(yearBook.worksheets.map((w) => w.name)).toEqual([
      "Tổng hợp năm",
      "Quý I năm 2024",
      "Quý II năm 2024",
      "Quý III năm 2024",
      "Quý IV năm 2024",
    ]);
    const summary = yearBook.getWorksheet("Tổng hợp năm")!;
    expect(summary.getRow(1).values).toEqual([
      undefined,
      ...["Kế hoạch", "Hạng", "Cơ quan", "Đến hạn", "Đúng hạn", "Trễ hạn", "Chưa nộp", "Đã duyệt", "Tỉ lệ đúng hạn"],
    ]);
    expect(summary.getColumn(9).numFmt).toBe("0%");
    expect(typeof summary.getRow(2).getCell(9).value).toBe("number");
    const english = path.join(dir, "2024-en.xlsx");
    expect((await cli("submissions", "export", "--year", "2024", "--out", english, "--lang", "en")).code).toBe(0);
    const en = new ExcelJS.Workbook();
    await en.xlsx.readFile(english);
    expect(en.worksheets.map((w) => w.name)).toEqual(["Year summary", "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"]);
    expect(en.getWorksheet("Q1 2024")!.getRow(1).getCell(8).value).toBe("Status");
    const csvYear = await cli("submissions", "export", "--year", "2024", "--format", "csv", "--out", english);
    expect(csvYear.code).toBe(2);
    expect(csvYear.err).toMatch(/--format xlsx/);
    expect(
      (await cli("submissions", "export", "--quarter", "2024-Q1", "--format", "pdf", "--out", xlsxFile)).code,
    ).toBe(2);
  });
});
