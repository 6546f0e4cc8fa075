import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findArticleCycle, type ArticleCycle } from "../../src/core/submissions/cycle.js";
import { labelsIn, quarterSheet, quarterStandings, summarise } from "../../src/core/submissions/reports.js";
import { csvOf, xlsxOf } from "../../src/core/submissions/spreadsheet.js";
import { i18n } from "../../src/i18n.js";
import { ranking, yearSpan } from "../../src/core/ranking.js";
import { mayChange } from "../../src/core/submissions/permissions.js";
import {
  recordSubmission,
  reviewSubmission,
  withdrawSubmission,
  type NewSubmission,
} from "../../src/core/submissions/service.js";
import { parseNow } from "../../src/domain/clock.js";
import { FileStore, type Staged } from "../../src/storage/files.js";
import { world, type World } from "../helpers/assistant.js";
import { pdf } from "../helpers/files.js";

let w: World;
let store: FileStore;
let cycle: ArticleCycle;
const at = (s: string) => parseNow(s)!;
const Q1 = { year: 2024, quarter: 1 };

beforeAll(async () => {
  w = await world("2024-03-20");
  store = new FileStore(mkdtempSync(path.join(tmpdir(), "cchc-sub-")), 2 * 1024 * 1024);
  cycle = (await findArticleCycle(w.db.client))!;
});
afterAll(async () => w.db.dispose());

async function file(text: string) {
  return (await store.stage(pdf(text), `${text}.pdf`)) as Staged;
}

function article(agencyId: string, content: NewSubmission["content"], quarter = Q1): NewSubmission {
  return { agencyId, kind: "article", quarter, content, channel: "test" };
}

describe("the article cycle", () => {
  it("is task 1.14: every department and every district-level unit", () => {
    expect(cycle.code).toBe("1.14");
    expect(cycle.agencies.filter((a) => a.kind === "department")).toHaveLength(24);
    expect(cycle.agencies.filter((a) => a.kind === "district")).toHaveLength(22);
  });
});

describe("recording submissions", () => {
  it("gives a receipt, on time before the quarter's end and late after", async () => {
    const early = await recordSubmission(
      w.db.client,
      store,
      article("hcm.snv", { type: "file", staged: await file("snv-q1") }),
      at("2024-03-20T09:30"),
    );
    expect(early).toMatchObject({ ok: true, receipt: "SNV-2024Q1-01", onTime: true, dueDate: "2024-03-31" });
    const late = await recordSubmission(
      w.db.client,
      store,
      article("hcm.stp", { type: "file", staged: await file("stp-q1") }),
      at("2024-04-05T10:00"),
    );
    expect(late).toMatchObject({ ok: true, onTime: false });
    // The last day counts, in Vietnam time.
    const lastDay = await recordSubmission(
      w.db.client,
      store,
      article("hcm.stc", { type: "link", url: "https://cchc.tphcm.gov.vn/bai-viet-1" }),
      at("2024-03-31T23:59"),
    );
    expect(lastDay).toMatchObject({ ok: true, onTime: true });
  });

  it("stores the file byte for byte, named by its sha256", async () => {
    const staged = await file("byte-check");
    const r = await recordSubmission(
      w.db.client,
      store,
      article("hcm.sct", { type: "file", staged }),
      at("2024-03-21"),
    );
    const row = await w.db.client.submission.findUniqueOrThrow({ where: { id: (r as { id: number }).id } });
    const stored = readFileSync(store.absolute(row.filePath!));
    expect(stored).toEqual(Buffer.from(pdf("byte-check")));
    expect(createHash("sha256").update(stored).digest("hex")).toBe(row.sha256);
  });

  it("refuses an exact duplicate and says which receipt has it", async () => {
    const again = await recordSubmission(
      w.db.client,
      store,
      article("hcm.snv", { type: "file", staged: await file("snv-q1") }),
      at("2024-03-22"),
    );
    expect(again).toEqual({ ok: false, duplicateOf: "SNV-2024Q1-01" });
    const second = await recordSubmission(
      w.db.client,
      store,
      article("hcm.snv", { type: "text", body: "Bài thứ hai của quý I về một cửa liên thông" }),
      at("2024-03-22"),
    );
    expect(second).toMatchObject({ ok: true, receipt: "SNV-2024Q1-02" });
  });

  it("leaves no row and, after the start-up sweep, no file when it crashes between file and row", async () => {
    const before = await w.db.client.submission.count();
    const staged = await file("crash");
    const crash = recordSubmission(w.db.client, store, article("hcm.syt", { type: "file", staged }), at("2024-03-23"), {
      afterFileCommit: () => {
        throw new Error("power cut");
      },
    });
    await expect(crash).rejects.toThrow("power cut");
    expect(await w.db.client.submission.count()).toBe(before);
    expect(await w.db.client.submission.count({ where: { sha256: staged.sha256 } })).toBe(0);
    const referenced = new Set(
      (await w.db.client.submission.findMany({ where: { filePath: { not: null } } })).map((s) => s.filePath!),
    );
    const swept = await store.sweep(referenced, Date.now() + 11 * 60_000, 24 * 3600_000, 10 * 60_000);
    expect(swept.orphans).toBe(1);
    const left = readdirSync(path.join(store.root, "objects"), { recursive: true }).filter(
      (f) => String(f).length === 64 + 3,
    );
    expect(left.map((f) => path.join("objects", String(f))).every((f) => referenced.has(f))).toBe(true);
    // Every row's file is there.
    for (const p of referenced) expect(readFileSync(store.absolute(p)).length).toBeGreaterThan(0);
  });
});

describe("who may change what", () => {
  it("only the agency's submitters (and admins) may change a submission, and only before review", async () => {
    const r = (await recordSubmission(
      w.db.client,
      store,
      article("hcm.q3", { type: "text", body: "Bài viết của Quận 3 quý I" }),
      at("2024-03-24"),
    )) as { id: number };
    const person = (agencyId: string, role: "official" | "focal" | "admin") => ({
      status: "active" as const,
      agencyId,
      role,
    });
    expect(mayChange(person("hcm.q1", "focal"), ["focal"], "hcm.q3")).toBe(false);
    expect(mayChange(person("hcm.q3", "official"), ["focal"], "hcm.q3")).toBe(false);
    expect(mayChange(person("hcm.q3", "focal"), ["focal"], "hcm.q3")).toBe(true);
    expect(mayChange(person("hcm.snv", "admin"), ["focal"], "hcm.q3")).toBe(true);
    expect(mayChange({ ...person("hcm.q3", "focal"), status: "revoked" }, ["focal"], "hcm.q3")).toBe(false);
    const reviewer = await w.db.client.user.create({
      data: { displayName: "Người duyệt", role: "reviewer", status: "active", agencyId: "hcm.snv" },
    });
    expect(await reviewSubmission(w.db.client, r.id, reviewer.id, false, "Thiếu hình ảnh", at("2024-03-25"))).toBe(
      "ok",
    );
    expect(await withdrawSubmission(w.db.client, r.id)).toBe("already-reviewed");
    expect(await reviewSubmission(w.db.client, r.id, reviewer.id, true, null, at("2024-03-25"))).toBe(
      "already-reviewed",
    );
  });
});

describe("figures", () => {
  it("lists the missing agencies of a quarter", async () => {
    const summary = summarise(Q1, await quarterStandings(w.db.client, cycle, Q1, "2024-04-10"));
    const names = summary.missing.map((m) => m.name);
    expect(names).not.toContain("Sở Nội vụ");
    expect(names).toContain("UBND Quận 1");
    expect(summary.onTime).toBe(3);
    expect(summary.late).toBe(1);
    expect(summary.returned).toBe(1);
    expect(summary.missing).toHaveLength(46 - 5);
  });

  it("ranks the year by the completion figures: on-time rate first, nothing due not ranked", async () => {
    const rows = await ranking(w.services, yearSpan("hcm-2024-qd6004-ke-hoach-cchc", 2024), "2024-04-10");
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.every((r) => r.due > 0)).toBe(true);
    const rates = rows.map((r) => r.onTimeRate ?? 0);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    const stp = rows.find((r) => r.agencyId === "hcm.stp")!;
    expect(stp.late).toBeGreaterThanOrEqual(1);
    expect(stp.due).toBe(stp.onTime + stp.late + stp.missing);
    const first = rows.find((r) => r.onTime > 0)!;
    expect(rows[0]!.rank).toBe(1);
    expect(first.rank).toBe(1);
  });

  it("exports CSV that Excel reads as UTF-8, and XLSX, in Vietnamese, with the stored files' sha256", async () => {
    const standings = await quarterStandings(w.db.client, cycle, Q1, "2024-04-05");
    const sheet = await quarterSheet(w.db.client, Q1, standings, labelsIn(i18n(), "vi"));
    const csv = csvOf(sheet);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString("utf8");
    expect(text.split("\r\n")[0]).toBe(
      "\uFEFFBiên nhận,Cơ quan,Loại,Nhiệm vụ,Quý,Thời điểm nhận,Đúng hạn,Trạng thái,Người duyệt," +
        "Mã kiểm tra SHA-256,Tên tệp,Nội dung,Tiêu đề",
    );
    expect(text).toContain("Sở Nội vụ");
    expect(text).toMatch(
      /,bài viết,,2024-Q1,\d\d\/\d\d\/2024 \d\d:\d\d,(đúng hạn|trễ hạn),(chờ duyệt|đã duyệt|bị trả lại),/,
    );
    expect(text).not.toMatch(/,(yes|no|submitted|article|on_time),/);
    // The agencies that sent nothing are in it too.
    const missing = summarise(Q1, standings).missing;
    expect(missing.length).toBeGreaterThan(0);
    for (const m of missing) expect(text).toContain(`,${m.name},bài viết,,2024-Q1,,,chưa nộp`);
    const stored = await w.db.client.submission.findMany({ where: { sha256: { not: null } } });
    for (const s of stored) {
      const sha = createHash("sha256")
        .update(readFileSync(store.absolute(s.filePath!)))
        .digest("hex");
      expect(sha).toBe(s.sha256);
      expect(text).toContain(sha);
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxOf([sheet])) as unknown as ArrayBuffer);
    const x = book.getWorksheet("Quý I năm 2024")!;
    expect(x.rowCount).toBe(sheet.rows.length + 1);
    expect(x.getRow(2).getCell(2).value).toBe(sheet.rows[0]![1]);
    // A real date cell in Vietnam wall-clock time, a frozen header, a filter, widths fitted.
    const received = x.getRow(2).getCell(6);
    const at = sheet.rows[0]![5] as Date;
    expect(received.value).toBeInstanceOf(Date);
    expect((received.value as Date).toISOString().slice(0, 16)).toBe(
      new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 16),
    );
    expect(received.numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(x.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(x.autoFilter).toBeTruthy();
    expect(x.getColumn(2).width).toBeGreaterThan(10);
  });
});
