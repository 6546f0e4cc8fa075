import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { PlanImport } from "../../src/importer/assemble.js";
import { docxText } from "../../src/importer/docx.js";
import { parsePlanBytes, readPlanFile } from "../../src/importer/read.js";
import { planDocx } from "../helpers/docx-plan.js";
import { HCM_PLAN, SADEC_PLAN } from "../helpers/paths.js";

/** Everything a task is, but where its words were (a line of text, a paragraph or row of Word). */
const tasksOf = (p: PlanImport) => p.tasks.map(({ line: _line, ...t }) => t);

describe.each([
  ["HCMC", HCM_PLAN, { sections: 7, tasks: 102, headings: 1 }],
  ["Sa Đéc", SADEC_PLAN, { sections: 7, tasks: 46 }],
])("the %s plan as a Word file (made by pandoc from the text copy)", (_name, txt, counts) => {
  it("imports exactly what the text copy does, task by task", async () => {
    const [fromText, fromWord] = [await readPlanFile(txt), await readPlanFile(planDocx(txt))];
    expect(fromWord.report).toMatchObject(counts);
    expect(fromWord.id).toBe(fromText.id);
    expect(fromWord.title).toBe(fromText.title);
    expect(fromWord.sections).toEqual(fromText.sections);
    expect(tasksOf(fromWord)).toEqual(tasksOf(fromText));
    expect(fromWord.rotation).toEqual(fromText.rotation);
    expect(fromWord.rotationTask).toBe(fromText.rotationTask);
    expect(fromWord.report.unresolvedAgencies).toEqual(fromText.report.unresolvedAgencies);
    expect(fromWord.report.warnings.map((w) => w.message)).toEqual(fromText.report.warnings.map((w) => w.message));
  });
});

it("the HCMC Word file keeps heading 1.4 over 1.4.1–1.4.3, task 1.14's quarterly deadline and agencies", async () => {
  const plan = await readPlanFile(planDocx(HCM_PLAN));
  const task = (code: string) => plan.tasks.find((t) => t.code === code)!;
  expect(task("1.4").isHeading).toBe(true);
  expect(plan.tasks.filter((t) => t.parentCode === "1.4").map((t) => t.code)).toEqual(["1.4.1", "1.4.2", "1.4.3"]);
  expect(task("1.14").deadline).toMatchObject({ kind: "recurring", periods: ["quarterly"] });
  expect(task("1.14").assignments.map((a) => `${a.role}:${a.target.id}`)).toEqual([
    "lead:hcm.so-ban-nganh",
    "lead:hcm.quan-huyen",
    "support:hcm.snv",
  ]);
});

// WordprocessingML as Word writes it, beyond what pandoc makes: merged cells, a table split in two at a page
// with its header repeated, tracked changes, a footnote, a line break inside a paragraph.
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (...runs: string[]) => `<w:p>${runs.join("")}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (inner: string, span = 1) =>
  `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}</w:tcPr>${inner || p()}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const header = tr(
  ...["STT", "Nhiệm vụ cụ thể", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"].map((h) =>
    tc(p(r(h))),
  ),
);
const tbl = (...rows: string[]) => `<w:tbl>${rows.join("")}</w:tbl>`;

async function wordFile(body: string, footnotes?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  if (footnotes) zip.file("word/footnotes.xml", `<?xml version="1.0"?><w:footnotes ${W}>${footnotes}</w:footnotes>`);
  return zip.generateAsync({ type: "uint8array" });
}

const planBody = (rows: string) =>
  [
    p(r("ỦY BAN NHÂN DÂN"), "<w:r><w:br/></w:r>", r("THÀNH PHỐ HỒ CHÍ MINH")),
    p(r("KẾ HOẠCH")),
    p(r("Thực hiện công tác cải cách hành chính trên địa bàn Thành phố năm 2024")),
    rows,
  ].join("");

describe("a Word plan as Word writes it", () => {
  it("reads merged cells, a table split at a page, tracked changes and a footnote mark", async () => {
    const bytes = await wordFile(
      planBody(
        tbl(
          header,
          tr(tc(p(r("1"))), tc(p(r("Công tác chỉ đạo, điều hành")), 5)),
          tr(
            tc(p(r("1.1"))),
            tc(p(r("Kiện toàn Ban Chỉ đạo "), `<w:del><w:r><w:delText>cũ </w:delText></w:r></w:del>`, r("CCHC"))),
            tc(p(r("Quyết định"))),
            tc(p(r("Sở Nội vụ"), `<w:r><w:footnoteReference w:id="5"/></w:r>`)),
            tc(p(r("Sở Tư pháp")) + p(r("Sở Tài chính"))),
            tc(p(r("Quý I/2024"))),
          ),
        ) +
          p(r("Trang 2")) +
          tbl(
            header,
            tr(tc(""), tc(p(r("Thành phố"))), tc(""), tc(""), tc(""), tc("")),
            tr(
              tc(p(r("1.2"))),
              tc(p(r("Rà soát"))),
              tc(p(r("Báo cáo"))),
              tc(p(r("Sở Nội vụ"))),
              tc(""),
              tc(p(r("Hàng quý"))),
            ),
          ),
      ),
      `<w:footnote w:type="separator" w:id="-1">${p(r("———"))}</w:footnote>` +
        `<w:footnote w:id="5">${p(`<w:r><w:footnoteRef/></w:r>`, r("Theo Quyết định số 1/QĐ-UBND"))}</w:footnote>`,
    );
    const text = await docxText(bytes, "mau.docx");
    expect(text.split("\n").slice(0, 3)).toEqual(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "KẾ HOẠCH"]);
    expect(text).toContain("1\tCông tác chỉ đạo, điều hành\t\t\t\t\n");
    expect(text).toContain(
      "1.1\tKiện toàn Ban Chỉ đạo CCHC\tQuyết định\tSở Nội vụ ¹\tSở Tư pháp Sở Tài chính\tQuý I/2024",
    );
    expect(text.split("\n").at(-1)).toBe("¹ Theo Quyết định số 1/QĐ-UBND");
    expect(text).not.toContain("———");

    const plan = await parsePlanBytes(bytes, "mau.docx");
    expect(plan.report).toMatchObject({ sections: 1, tasks: 2, year: 2024, jurisdiction: "hcm" });
    expect(plan.tasks.map((t) => [t.code, t.title, t.deadline.kind])).toEqual([
      // The row after the repeated header continues the task before it (its STT is empty).
      ["1.1", "Kiện toàn Ban Chỉ đạo CCHC Thành phố", "date"],
      ["1.2", "Rà soát", "recurring"],
    ]);
    expect(plan.tasks[0]!.assignments.map((a) => `${a.role}:${a.target.id}`)).toEqual([
      "lead:hcm.snv",
      "support:hcm.stp",
      "support:hcm.stc",
    ]);
  });
});

describe("files that are not a readable Word plan", () => {
  const refusal = (bytes: Uint8Array, name = "ke-hoach.docx") => parsePlanBytes(bytes, name).then(() => "imported");

  it("a truncated .docx, a zip without a document, a Word file without a task table", async () => {
    const whole = readFileSync(planDocx(HCM_PLAN));
    await expect(refusal(whole.subarray(0, whole.length >> 1))).rejects.toThrow(/tệp nén hỏng/);
    const zip = new JSZip();
    zip.file("hello.txt", "xin chào");
    await expect(refusal(await zip.generateAsync({ type: "uint8array" }))).rejects.toThrow(
      /không phải tệp Word \(\.docx\): thiếu word\/document\.xml/,
    );
    await expect(refusal(await wordFile(planBody(p(r("Không có bảng")))))).rejects.toThrow(/không tìm thấy bảng/);
    await expect(refusal(await wordFile("<w:p><w:r>"))).rejects.toThrow(/XML không đọc được/);
  });

  it("a scanned PDF is refused with what to send instead", async () => {
    const scan = Buffer.from("%PDF-1.4\n1 0 obj << /Type /XObject /Subtype /Image /Width 2480 >> endobj\n%%EOF");
    await expect(refusal(scan, "ke-hoach.pdf")).rejects.toThrow("tệp quét, cần bản Word hoặc văn bản");
    const text = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Font /Subtype /Type1 >> endobj\n%%EOF");
    await expect(refusal(text, "ke-hoach.pdf")).rejects.toThrow(/cần bản Word \(\.docx\) hoặc văn bản/);
  });
});
