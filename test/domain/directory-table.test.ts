import { describe, expect, it } from "vitest";
import { groupMembers, shippedJurisdictions } from "../../src/directory/index.js";
import { jurisdictionToRows, rowsToCells, tableToJurisdiction } from "../../src/directory/table.js";

const HEADER = ["kind", "id", "name", "short_name", "parent", "groups", "members", "aliases"];
const table = (...rows: string[][]) => [HEADER, ...rows];

describe("a directory as a table", () => {
  it("reads agencies, groups by kind and by row, parents, remarks; lists by ';' or line breaks", () => {
    const r = tableToJurisdiction(
      table(
        ["jurisdiction", "x", "Tỉnh X", "", "", "", "", "tỉnh X; Tỉnh"],
        ["department", "x.snv", "Sở Nội vụ tỉnh X", "SNV", "", "x.bcd", "", "Sở Nội vụ\nNội vụ tỉnh X"],
        ["unit", "x.tt", "Trung tâm Phục vụ hành chính công", "", "x.snv", "", "", ""],
        ["group", "x.so", "Các sở", "", "", "", "department", "các sở ; sở, ngành"],
        ["group", "x.bcd", "Thành viên BCĐ", "", "", "", "", ""],
        ["remark", "", "tổng hợp", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
      ),
    );
    expect(r.errors).toEqual([]);
    const j = r.jurisdiction!;
    expect(j).toMatchObject({ id: "x", name: "Tỉnh X", suffixes: ["tỉnh X", "Tỉnh"], annotations: ["tổng hợp"] });
    expect(j.agencies[0]).toMatchObject({
      shortName: "SNV",
      aliases: ["Sở Nội vụ", "Nội vụ tỉnh X"],
      kind: "department",
    });
    expect(j.agencies[1]!.parent).toBe("x.snv");
    expect(j.groups[0]).toMatchObject({ memberKinds: ["department"], aliases: ["các sở", "sở, ngành"] });
    expect(groupMembers(j.groups[1]!, j.agencies)).toEqual(["x.snv"]);
  });

  it("names every problem with its line, and takes nothing when there is one", () => {
    const r = tableToJurisdiction(
      table(
        ["jurisdiction", "x", "Tỉnh X"],
        ["department", "x.a", "", "", "x.none"],
        ["sở", "x.b", "Sở B"],
        ["group", "x.g", "Nhóm", "", "", "", "phòng"],
        ["department", "x a", "Sở C"],
      ),
    );
    expect(r.jurisdiction).toBeNull();
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [3, "no-name"],
      [3, "unknown-parent"],
      [4, "bad-kind"],
      [5, "bad-member"],
      [6, "bad-id"],
    ]);
    expect(tableToJurisdiction([["id", "name"]]).errors.map((e) => e.args.column)).toEqual(["kind"]);
    expect(tableToJurisdiction(table(["department", "x.a", "A"])).errors[0]!.code).toBe("no-jurisdiction");
  });

  it("warns about a name two agencies share and a column it does not use", () => {
    const r = tableToJurisdiction([
      [...HEADER, "ghi chú"],
      ["jurisdiction", "x", "Tỉnh X"],
      ["department", "x.a", "Sở A", "", "", "", "", "Sở Chung"],
      ["department", "x.b", "Sở B", "", "", "", "", "Sở chung"],
    ]);
    expect(r.jurisdiction).not.toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(["unknown-column", "shared-name"]);
  });

  it("writes the shipped directories to rows that read back the same", () => {
    for (const j of shippedJurisdictions()) {
      const back = tableToJurisdiction(rowsToCells(jurisdictionToRows(j)));
      expect(back.errors).toEqual([]);
      expect(back.jurisdiction).toEqual(j);
    }
  });
});
