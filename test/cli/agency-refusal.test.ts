import { describe, expect, it } from "vitest";
import { AgencyDirectory } from "../../src/domain/agency/lookup.js";
import { shippedJurisdictions } from "../../src/directory/index.js";
import { cli, cliDatabase } from "../helpers/cli.js";
import { HCM_PLAN } from "../helpers/paths.js";

const directory = new AgencyDirectory(shippedJurisdictions());

describe("one rule for an agency typed: a weak match is refused, never guessed", () => {
  it.each([["Sở Vũ Trụ"], ["Bộ Nội vụ"], ["Quận 13"], ["Sở Nội vụ Hà Nội"]])(
    "%s is not in the directory: no match, the closest as suggestions",
    (typed) => {
      const found = directory.lookup(typed);
      expect(found).toMatchObject({ match: null, weak: true });
      expect(found.candidates.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ["Sở Tài Chánh", "Sở Tài chính"],
    ["so noi vu", "Sở Nội vụ"],
    ["Sở Nôi vụ", "Sở Nội vụ"],
    ["SNV", "Sở Nội vụ"],
    ["Sở TT&TT", "Sở Thông tin và Truyền thông"],
    ["Binh Thạnh", "UBND quận Bình Thạnh"],
    ["Sở Khoa học", "Sở Khoa học và Công nghệ"],
    ["giám đốc sở tư pháp", "Sở Tư pháp"],
    ["Phòng TC-KH", "Phòng Tài chính - Kế hoạch thành phố Sa Đéc"],
    ["UBND phuong An Hoa", "UBND phường An Hòa"],
  ])("%s (typos, no diacritics, abbreviations, role titles) is %s", (typed, name) => {
    expect(directory.lookup(typed)).toMatchObject({ match: { name }, weak: false });
  });
});

describe("the staff CLI refuses an agency it does not know, with the closest, exit 2", () => {
  cliDatabase([HCM_PLAN]);

  it.each(
    [
      ["agency", "Sở Vũ Trụ"],
      ["tasks", "--agency", "Sở Vũ Trụ"],
      ["tasks", "--agency", "Bộ Nội vụ"],
      ["progress", "--agency", "Sở Vũ Trụ"],
      ["invite", "create", "--agency", "Bộ Nội vụ"],
    ].map((args) => [args.join(" "), args] as const),
  )("%s", async (_name, args) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toEqual([
      expect.stringMatching(new RegExp(`^Không có cơ quan "${args.at(-1)}" trong danh bạ\\. Gần giống nhất: .+\\.`)),
    ]);
    expect(r.out).toBe("");
  });

  it("a real agency, misspelt, still answers", async () => {
    const r = await cli("tasks", "--agency", "Sở Tài Chánh", "--json");
    expect(r.code).toBe(0);
    expect(r.json.agency).toBe("Sở Tài chính");
  });
});
