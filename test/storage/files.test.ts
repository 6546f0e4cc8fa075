import { mkdtempSync, readdirSync, readFileSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FileStore, sanitizeFileName, type Staged } from "../../src/storage/files.js";
import { docx, exe, jpeg, pdf, png } from "../helpers/files.js";

const store = () => new FileStore(mkdtempSync(path.join(tmpdir(), "cchc-store-")), 1024 * 1024);

describe("file checks by content", () => {
  it.each([
    ["bai-viet.pdf", pdf(), "pdf", "document"],
    ["anh.png", png(), "png", "photo"],
    ["anh.jpg", jpeg(), "jpg", "photo"],
  ] as const)("accepts %s", async (name, bytes, ext, kind) => {
    const s = (await store().stage(bytes, name)) as Staged;
    expect(s).toMatchObject({ ext, kind, size: bytes.length });
    expect(readFileSync(s.tmpPath)).toEqual(Buffer.from(bytes));
  });

  it("accepts a Word document", async () => {
    expect(await store().stage(await docx(), "Báo cáo quý I.docx")).toMatchObject({
      ext: "docx",
      fileName: "Báo cáo quý I.docx",
    });
  });

  it("refuses a program renamed to .pdf, plain text, empty and oversized files", async () => {
    const s = store();
    expect(await s.stage(exe(), "bai-viet.pdf")).toMatchObject({ error: "wrong-type" });
    expect(await s.stage(new TextEncoder().encode("just some text"), "a.pdf")).toMatchObject({ error: "wrong-type" });
    expect(await s.stage(new Uint8Array(), "a.pdf")).toEqual({ error: "empty" });
    expect(await s.stage(new Uint8Array(2 * 1024 * 1024).fill(1), "a.pdf")).toEqual({ error: "too-large" });
  });

  it("sanitises names: no paths, no control characters, the real extension", () => {
    expect(sanitizeFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(sanitizeFileName("C:\\Users\\x\\bai viet.exe", "pdf")).toBe("bai viet.pdf");
    expect(sanitizeFileName("a\u0000b<c>.docx", "docx")).toBe("a_b_c_.docx");
    expect(sanitizeFileName(undefined, "png")).toBe("tep.png");
    expect(sanitizeFileName("....", "pdf")).toBe("tep.pdf");
  });
});

describe("storage lifecycle", () => {
  it("stores by content and sweeps what nothing refers to", async () => {
    const s = store();
    const a = (await s.stage(pdf("a"), "a.pdf")) as Staged;
    const rel = await s.commit(a);
    expect(rel).toBe(path.join("objects", a.sha256.slice(0, 2), a.sha256));
    const again = (await s.stage(pdf("a"), "a-copy.pdf")) as Staged;
    expect(await s.commit(again)).toBe(rel);
    const orphan = (await s.stage(pdf("b"), "b.pdf")) as Staged;
    const orphanRel = await s.commit(orphan);
    const stale = (await s.stage(pdf("c"), "c.pdf")) as Staged;
    const old = new Date(Date.now() - 48 * 3600_000);
    utimesSync(stale.tmpPath, old, old);
    // A fresh orphan may be another process's commit in flight: kept.
    expect(await s.sweep(new Set([rel]), Date.now(), 24 * 3600_000, 10 * 60_000)).toEqual({ staged: 1, orphans: 0 });
    expect(await s.sweep(new Set([rel]), Date.now() + 11 * 60_000, 24 * 3600_000, 10 * 60_000)).toEqual({
      staged: 0,
      orphans: 1,
    });
    expect(readdirSync(path.join(s.root, "objects", orphan.sha256.slice(0, 2))).includes(orphan.sha256)).toBe(false);
    expect(readFileSync(s.absolute(rel))).toEqual(Buffer.from(pdf("a")));
    expect(orphanRel).not.toBe(rel);
  });

  it("never resolves a path outside its folder", () => {
    expect(() => store().absolute("../../etc/passwd")).toThrow();
  });
});
