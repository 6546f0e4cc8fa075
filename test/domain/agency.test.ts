import { describe, expect, it } from "vitest";
import { AgencyDirectory } from "../../src/domain/agency/lookup.js";
import { AgencyMatcher } from "../../src/domain/agency/matcher.js";
import { groupMembers, shippedJurisdictions } from "../../src/directory/index.js";

const jurisdictions = shippedJurisdictions();
const [hcm, sadec] = [jurisdictions.find((j) => j.id === "hcm")!, jurisdictions.find((j) => j.id === "sadec")!];
const directory = new AgencyDirectory(jurisdictions);

describe("directory data", () => {
  it("has the 22 district-level units of HCMC", () => {
    expect(hcm.agencies.filter((a) => a.kind === "district")).toHaveLength(22);
    expect(groupMembers(hcm.groups.find((g) => g.id === "hcm.quan-huyen")!, hcm.agencies)).toHaveLength(22);
    expect(groupMembers(hcm.groups.find((g) => g.id === "hcm.quan")!, hcm.agencies)).toHaveLength(17);
  });

  it("has Sa Đéc's 6 wards and 3 communes", () => {
    expect(sadec.agencies.filter((a) => a.kind === "ward")).toHaveLength(9);
  });

  it("uses unique ids", () => {
    const ids = jurisdictions.flatMap((j) => [...j.agencies.map((a) => a.id), ...j.groups.map((g) => g.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("lookup of what people type", () => {
  it.each([
    ["Sở Nội vụ", "hcm.snv"],
    ["so noi vu", "hcm.snv"],
    ["SNV", "hcm.snv"],
    ["snv", "hcm.snv"],
    ["Giám đốc Sở Nội vụ", "hcm.snv"],
    ["sở nội vự", "hcm.snv"],
    ["so noi vuu", "hcm.snv"],
    ["Sở Nôi vụ", "hcm.snv"],
    ["noi vu", "hcm.snv"],
    ["TT&TT", "hcm.stttt"],
    ["Sở TT&TT", "hcm.stttt"],
    ["so thong tin truyen thong", "hcm.stttt"],
    ["Sở Thông tin và Truyền thông", "hcm.stttt"],
    ["sở thông tin và truyền thong", "hcm.stttt"],
    ["TN&MT", "hcm.stnmt"],
    ["so tai nguyen moi truong", "hcm.stnmt"],
    ["Sở Tài nguyên và Môi trường", "hcm.stnmt"],
    ["KH&ĐT", "hcm.skhdt"],
    ["so ke hoach dau tu", "hcm.skhdt"],
    ["Sở Tài chính", "hcm.stc"],
    ["so tai chinh", "hcm.stc"],
    ["Sở Tư pháp", "hcm.stp"],
    ["so tu phap", "hcm.stp"],
    ["sở giáo dục", "hcm.sgddt"],
    ["GD&ĐT", "hcm.sgddt"],
    ["so y te", "hcm.syt"],
    ["VP UBND TP", "hcm.vpubnd"],
    ["Văn phòng UBND Thành phố", "hcm.vpubnd"],
    ["Chánh Văn phòng UBND Thành phố", "hcm.vpubnd"],
    ["van phong ubnd thanh pho", "hcm.vpubnd"],
    ["Chánh Thanh tra Thành phố", "hcm.ttr"],
    ["UBND Quận 1", "hcm.q1"],
    ["Quận 1", "hcm.q1"],
    ["quan 1", "hcm.q1"],
    ["Q.1", "hcm.q1"],
    ["Q1", "hcm.q1"],
    ["q1", "hcm.q1"],
    ["ubnd q1", "hcm.q1"],
    ["Chủ tịch UBND Quận 1", "hcm.q1"],
    ["Quận 10", "hcm.q10"],
    ["quan 12", "hcm.q12"],
    ["Q.3", "hcm.q3"],
    ["TP Thủ Đức", "hcm.thuduc"],
    ["tp thu duc", "hcm.thuduc"],
    ["Thành phố Thủ Đức", "hcm.thuduc"],
    ["thu duc", "hcm.thuduc"],
    ["Bình Thạnh", "hcm.binhthanh"],
    ["quan binh thanh", "hcm.binhthanh"],
    ["binh thanh", "hcm.binhthanh"],
    ["Gò Vấp", "hcm.govap"],
    ["go vap", "hcm.govap"],
    ["huyen cu chi", "hcm.cuchi"],
    ["Củ Chi", "hcm.cuchi"],
    ["nha be", "hcm.nhabe"],
    ["huyện Cần Giờ", "hcm.cangio"],
    ["Phú Nhuận", "hcm.phunhuan"],
    ["Phòng Nội vụ thành phố Sa Đéc", "sadec.pnv"],
    ["phong noi vu sa dec", "sadec.pnv"],
    ["Phòng Văn hóa - Thông tin", "sadec.pvhtt"],
    ["UBND Phường 1", "sadec.p1"],
    ["phuong an hoa", "sadec.anhoa"],
    ["xã Tân Khánh Đông", "sadec.tankhanhdong"],
    ["Tan Quy Tay", "sadec.tanquytay"],
  ])("%s → %s", (query, id) => {
    expect(directory.lookup(query).match?.id).toBe(id);
  });

  it("gives alternatives when the text is vague", () => {
    const r = directory.lookup("Thanh tra");
    expect(r.candidates.length).toBeGreaterThan(1);
  });

  it("returns nothing for nonsense and for empty text", () => {
    expect(directory.lookup("xyzzy qwerty").match).toBeNull();
    expect(directory.lookup("   ").match).toBeNull();
    expect(directory.lookup("!!!").match).toBeNull();
  });
});

describe("matcher on plan cells", () => {
  const m = new AgencyMatcher(hcm);
  const ids = (cell: string) => m.scan(cell).matches.map((x) => x.target.id);

  it("reads role titles and groups", () => {
    expect(ids("Thủ trưởng sở, ban, ngành; Chủ tịch UBND quận, huyện, thành phố Thủ Đức")).toEqual([
      "hcm.so-ban-nganh",
      "hcm.quan-huyen",
    ]);
    expect(ids("Giám đốc Sở Nội vụ")).toEqual(["hcm.snv"]);
    expect(ids("Cục trưởng Cục Hải quan Thành phố; Cục trưởng Cục thuế Thành phố")).toEqual([
      "hcm.cuchq",
      "hcm.cucthue",
    ]);
    expect(ids("Trưởng Ban Tổ chức Thành ủy")).toEqual(["hcm.btctu"]);
  });

  it("splits names run together without a separator", () => {
    expect(ids("Chánh Văn phòng UBND Thành phố Thủ trưởng sở, ban, ngành")).toEqual(["hcm.vpubnd", "hcm.so-ban-nganh"]);
  });

  it("keeps remarks as notes and reports unknown bodies", () => {
    const r = m.scan("Sở Thông tin và Truyền thông, Sở Nội vụ kiểm tra việc thực hiện nội dung này");
    expect(r.matches.map((x) => x.target.id)).toEqual(["hcm.stttt", "hcm.snv"]);
    expect(r.notes).toEqual(["kiểm tra việc thực hiện nội dung này"]);
    expect(m.scan("Sở Du hành Vũ trụ").unresolved).toEqual(["Sở Du hành Vũ trụ"]);
  });

  it("does not read a ministry as the department", () => {
    expect(m.scan("Bộ Tư pháp").matches).toEqual([]);
  });
});
