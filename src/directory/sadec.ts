import type { AgencyEntry, Jurisdiction } from "./types.js";

// Sa Đéc city (Đồng Tháp), 2024: its specialised offices (phòng), units and
// its 6 wards and 3 communes, as its CCHC plan names them.

const office = (id: string, name: string, aliases: string[]): AgencyEntry => ({
  id: `sadec.${id}`,
  name,
  kind: "office",
  jurisdiction: "sadec",
  aliases,
});
const ward = (id: string, name: string, aliases: string[]): AgencyEntry => ({
  id: `sadec.${id}`,
  name,
  kind: "ward",
  jurisdiction: "sadec",
  aliases,
});

export const sadec: Jurisdiction = {
  id: "sadec",
  name: "Thành phố Sa Đéc",
  suffixes: ["thành phố Sa Đéc", "TP Sa Đéc", "TP. Sa Đéc", "Sa Đéc", "Thành phố", "TP"],
  agencies: [
    office("pnv", "Phòng Nội vụ thành phố Sa Đéc", ["Phòng Nội vụ", "PNV Sa Đéc"]),
    office("ptp", "Phòng Tư pháp thành phố Sa Đéc", ["Phòng Tư pháp"]),
    office("ptckh", "Phòng Tài chính - Kế hoạch thành phố Sa Đéc", [
      "Phòng Tài chính - Kế hoạch",
      "Phòng Tài chính Kế hoạch",
      "Phòng TC-KH",
    ]),
    office("pvhtt", "Phòng Văn hóa và Thông tin thành phố Sa Đéc", [
      "Phòng Văn hóa - Thông tin",
      "Phòng Văn hóa và Thông tin",
      "Phòng VH-TT",
      "Phòng VHTT",
    ]),
    office("ptnmt", "Phòng Tài nguyên và Môi trường thành phố Sa Đéc", [
      "Phòng Tài nguyên và Môi trường",
      "Phòng TN&MT",
      "Phòng TNMT",
    ]),
    office("pqldt", "Phòng Quản lý đô thị thành phố Sa Đéc", ["Phòng Quản lý đô thị", "Phòng QLĐT"]),
    office("pgddt", "Phòng Giáo dục và Đào tạo thành phố Sa Đéc", [
      "Phòng Giáo dục và Đào tạo",
      "Phòng GD&ĐT",
      "Phòng GDĐT",
    ]),
    office("pkt", "Phòng Kinh tế thành phố Sa Đéc", ["Phòng Kinh tế"]),
    office("pldtbxh", "Phòng Lao động - Thương binh và Xã hội thành phố Sa Đéc", [
      "Phòng Lao động Thương binh và xã hội",
      "Phòng Lao động - Thương binh và Xã hội",
      "Phòng LĐTBXH",
    ]),
    office("pyt", "Phòng Y tế thành phố Sa Đéc", ["Phòng Y tế"]),
    office("ttr", "Thanh tra thành phố Sa Đéc", ["Thanh tra"]),
    office("vp", "Văn phòng HĐND và UBND thành phố Sa Đéc", [
      "Văn phòng HĐND và UBND",
      "Văn Phòng HĐND và UBND Thành phố",
      "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
      "VP HĐND và UBND",
    ]),
    {
      id: "sadec.ubnd",
      name: "UBND thành phố Sa Đéc",
      kind: "city",
      jurisdiction: "sadec",
      aliases: ["UBND Thành phố", "Ủy ban nhân dân thành phố Sa Đéc"],
    },
    {
      id: "sadec.ttvhtt",
      name: "Trung tâm Văn hóa - Thể thao và Truyền thanh thành phố Sa Đéc",
      kind: "unit",
      jurisdiction: "sadec",
      aliases: ["Trung tâm Văn hóa – Thể thao và Truyền thanh", "Trung tâm VH-TT và TT", "Trung tâm VH-TT&TT"],
    },
    {
      id: "sadec.tttinhoc",
      name: "Trung tâm Tin học thành phố Sa Đéc",
      kind: "unit",
      jurisdiction: "sadec",
      aliases: ["Trung tâm tin học"],
    },
    { id: "sadec.ca", name: "Công an thành phố Sa Đéc", kind: "central", jurisdiction: "sadec", aliases: ["Công an"] },
    {
      id: "sadec.mttq",
      name: "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Sa Đéc",
      kind: "party",
      jurisdiction: "sadec",
      aliases: ["UBMTTQ VN", "UBMTTQVN", "Ủy ban MTTQVN", "Mặt trận Tổ quốc"],
    },
    {
      id: "sadec.bpchdnd",
      name: "Ban Pháp chế HĐND thành phố Sa Đéc",
      kind: "committee",
      jurisdiction: "sadec",
      aliases: ["Ban pháp chế Hội đồng nhân dân", "Ban Pháp chế HĐND"],
    },
    {
      id: "sadec.snv-dt",
      name: "Sở Nội vụ tỉnh Đồng Tháp",
      kind: "department",
      jurisdiction: "sadec",
      aliases: ["Sở Nội vụ Tỉnh", "Sở Nội vụ Đồng Tháp"],
    },
    ward("p1", "UBND Phường 1", ["Phường 1"]),
    ward("p2", "UBND Phường 2", ["Phường 2"]),
    ward("p3", "UBND Phường 3", ["Phường 3"]),
    ward("p4", "UBND Phường 4", ["Phường 4"]),
    ward("anhoa", "UBND phường An Hòa", ["phường An Hòa", "An Hòa"]),
    ward("tanquydong", "UBND phường Tân Quy Đông", ["phường Tân Quy Đông", "Tân Quy Đông"]),
    ward("tanquytay", "UBND xã Tân Quy Tây", ["xã Tân Quy Tây", "Tân Quy Tây"]),
    ward("tanphudong", "UBND xã Tân Phú Đông", ["xã Tân Phú Đông", "Tân Phú Đông"]),
    ward("tankhanhdong", "UBND xã Tân Khánh Đông", ["xã Tân Khánh Đông", "Tân Khánh Đông"]),
  ],
  groups: [
    {
      id: "sadec.co-quan-nganh",
      name: "Các cơ quan, ngành Thành phố (Sa Đéc)",
      jurisdiction: "sadec",
      memberKinds: ["office"],
      aliases: ["các cơ quan, ngành", "cơ quan, ngành", "các cơ quan chuyên môn thuộc UBND", "các CQCM"],
    },
    {
      id: "sadec.cap-xa",
      name: "UBND các xã, phường (Sa Đéc)",
      jurisdiction: "sadec",
      memberKinds: ["ward"],
      aliases: ["UBND cấp xã", "cấp xã", "UBND các xã, phường", "các xã, phường", "UBND các phường, xã"],
    },
  ],
  annotations: [],
};
