import type { AgencyEntry, Jurisdiction } from "./types.js";

// Ho Chi Minh City, 2024: the departments (sở, ban, ngành) and the 22
// district-level units that the city's CCHC plan addresses, plus the other
// bodies its appendix names. Names are public facts.

// A bare field name ("Tư pháp", "Kế hoạch và Đầu tư") is how people type a
// department, but inside a plan it may name a ministry or a topic, so it is
// kept for search only. Abbreviations and names with a head word are trusted.
const HEAD = /^(Sở|Ban|Thanh tra|Văn phòng|VP|BQL)\b/u;
const trusted = (n: string) => HEAD.test(n) || (!n.includes(" ") && /[A-ZĐ&]{2,}/u.test(n));
const dept = (id: string, name: string, names: string[], shortName?: string): AgencyEntry => ({
  id: `hcm.${id}`,
  name,
  kind: "department",
  jurisdiction: "hcm",
  aliases: names.filter(trusted),
  searchOnly: names.filter((n) => !trusted(n)),
  ...(shortName ? { shortName } : {}),
});

const departments: AgencyEntry[] = [
  dept("snv", "Sở Nội vụ", ["SNV", "Sở Nội vụ Thành phố", "Nội vụ"], "SNV"),
  dept("stp", "Sở Tư pháp", ["STP", "Tư pháp"], "STP"),
  dept(
    "skhdt",
    "Sở Kế hoạch và Đầu tư",
    ["SKHĐT", "SKH&ĐT", "KH&ĐT", "KHĐT", "Sở KH&ĐT", "Sở KHĐT", "Kế hoạch và Đầu tư", "Sở Kế hoạch Đầu tư"],
    "SKHĐT",
  ),
  dept("stc", "Sở Tài chính", ["STC", "Tài chính"], "STC"),
  dept("sct", "Sở Công Thương", ["SCT", "Công Thương", "Sở Công thương"], "SCT"),
  dept(
    "snn",
    "Sở Nông nghiệp và Phát triển nông thôn",
    ["SNN&PTNT", "NN&PTNT", "SNNPTNT", "Sở NN&PTNT", "Sở Nông nghiệp"],
    "SNN&PTNT",
  ),
  dept("sgtvt", "Sở Giao thông vận tải", ["SGTVT", "GTVT", "Sở GTVT", "Giao thông vận tải"], "SGTVT"),
  dept("sxd", "Sở Xây dựng", ["SXD", "Xây dựng"], "SXD"),
  dept(
    "stnmt",
    "Sở Tài nguyên và Môi trường",
    ["STNMT", "TN&MT", "TNMT", "Sở TN&MT", "Sở TNMT", "Tài nguyên và Môi trường", "Sở Tài nguyên Môi trường"],
    "STNMT",
  ),
  dept(
    "stttt",
    "Sở Thông tin và Truyền thông",
    ["STTTT", "TT&TT", "TTTT", "Sở TT&TT", "Sở TTTT", "Thông tin và Truyền thông", "Sở Thông tin Truyền thông"],
    "STTTT",
  ),
  dept(
    "sldtbxh",
    "Sở Lao động - Thương binh và Xã hội",
    ["SLĐTBXH", "LĐTBXH", "LĐ-TB&XH", "Sở LĐTBXH", "Sở Lao động Thương binh và Xã hội", "Sở Lao động"],
    "SLĐTBXH",
  ),
  dept("svhtt", "Sở Văn hóa và Thể thao", ["SVHTT", "VH&TT", "Sở VH&TT", "Sở Văn hóa Thể thao"], "SVHTT"),
  dept("sdl", "Sở Du lịch", ["SDL", "Du lịch"], "SDL"),
  dept(
    "skhcn",
    "Sở Khoa học và Công nghệ",
    ["SKHCN", "KH&CN", "KHCN", "Sở KH&CN", "Sở KHCN", "Khoa học và Công nghệ", "Sở Khoa học Công nghệ"],
    "SKHCN",
  ),
  dept(
    "sgddt",
    "Sở Giáo dục và Đào tạo",
    ["SGDĐT", "GD&ĐT", "GDĐT", "Sở GD&ĐT", "Sở GDĐT", "Giáo dục và Đào tạo", "Sở Giáo dục"],
    "SGDĐT",
  ),
  dept("syt", "Sở Y tế", ["SYT", "Y tế"], "SYT"),
  dept("sngv", "Sở Ngoại vụ", ["SNGV", "Ngoại vụ"], "SNgV"),
  dept("sqhkt", "Sở Quy hoạch - Kiến trúc", ["SQHKT", "QH-KT", "Sở QHKT", "Sở Quy hoạch Kiến trúc"], "SQHKT"),
  dept("ttr", "Thanh tra Thành phố", ["Thanh tra TP", "TTTP", "Thanh tra Thành phố Hồ Chí Minh"], "TTTP"),
  dept(
    "vpubnd",
    "Văn phòng UBND Thành phố",
    ["VP UBND TP", "VPUBND", "VP UBND", "VPUB", "Văn phòng Ủy ban nhân dân Thành phố", "Văn phòng UBND"],
    "VP UBND TP",
  ),
  dept("bdt", "Ban Dân tộc", ["BDT", "Ban Dân tộc Thành phố"], "BDT"),
  dept(
    "hepza",
    "Ban Quản lý các Khu chế xuất và công nghiệp",
    ["HEPZA", "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố", "BQL KCX-KCN"],
    "HEPZA",
  ),
  dept(
    "shtp",
    "Ban Quản lý Khu Công nghệ cao",
    ["SHTP", "BQL Khu Công nghệ cao", "Ban Quản lý Khu Công nghệ cao Thành phố"],
    "SHTP",
  ),
  dept("bqlattp", "Ban Quản lý An toàn thực phẩm", ["BQL ATTP", "Ban Quản lý An toàn thực phẩm Thành phố"], "BQL ATTP"),
];

const district = (id: string, name: string, aliases: string[]): AgencyEntry => ({
  id: `hcm.${id}`,
  name,
  kind: "district",
  jurisdiction: "hcm",
  aliases,
});
const numbered = [1, 3, 4, 5, 6, 7, 8, 10, 11, 12].map((n) =>
  district(`q${n}`, `UBND Quận ${n}`, [
    `Quận ${n}`,
    `Q.${n}`,
    `Q${n}`,
    `Q ${n}`,
    `Quan ${n}`,
    `UBND Q${n}`,
    `UBND Q.${n}`,
    `Ủy ban nhân dân Quận ${n}`,
  ]),
);
const named = (id: string, place: string, abbr: string) =>
  district(id, `UBND quận ${place}`, [
    `Quận ${place}`,
    `Q.${place}`,
    `Q. ${place}`,
    place,
    `Q.${abbr}`,
    `Ủy ban nhân dân quận ${place}`,
  ]);
const rural = (id: string, place: string, abbr: string) =>
  district(id, `UBND huyện ${place}`, [
    `Huyện ${place}`,
    `H.${place}`,
    `H. ${place}`,
    place,
    `H.${abbr}`,
    `Ủy ban nhân dân huyện ${place}`,
  ]);

const districts: AgencyEntry[] = [
  ...numbered,
  named("binhthanh", "Bình Thạnh", "BT"),
  named("binhtan", "Bình Tân", "BTân"),
  named("govap", "Gò Vấp", "GV"),
  named("phunhuan", "Phú Nhuận", "PN"),
  named("tanbinh", "Tân Bình", "TB"),
  named("tanphu", "Tân Phú", "TP"),
  rural("binhchanh", "Bình Chánh", "BC"),
  rural("cangio", "Cần Giờ", "CG"),
  rural("cuchi", "Củ Chi", "CC"),
  rural("hocmon", "Hóc Môn", "HM"),
  rural("nhabe", "Nhà Bè", "NB"),
  district("thuduc", "UBND thành phố Thủ Đức", [
    "Thành phố Thủ Đức",
    "TP Thủ Đức",
    "TP. Thủ Đức",
    "TP.Thủ Đức",
    "Thủ Đức",
    "TPTĐ",
    "Ủy ban nhân dân thành phố Thủ Đức",
  ]),
];

const other = (
  id: string,
  name: string,
  kind: AgencyEntry["kind"],
  aliases: string[],
  parent?: string,
): AgencyEntry => ({
  id: `hcm.${id}`,
  name,
  kind,
  jurisdiction: "hcm",
  aliases,
  ...(parent ? { parent: `hcm.${parent}` } : {}),
});

const others: AgencyEntry[] = [
  other("ubnd", "UBND Thành phố Hồ Chí Minh", "city", [
    "UBND Thành phố",
    "UBND TP",
    "Ủy ban nhân dân Thành phố",
    "UBND TP.HCM",
  ]),
  other("ca", "Công an Thành phố", "central", ["Công an TP", "CATP", "Công an Thành phố Hồ Chí Minh"]),
  other("cucthue", "Cục Thuế Thành phố", "central", ["Cục Thuế", "Cục thuế TP"]),
  other("cuchq", "Cục Hải quan Thành phố", "central", ["Cục Hải quan", "Cục HQ"]),
  other("kbnn", "Kho bạc Nhà nước Thành phố", "central", [
    "Kho bạc Nhà nước",
    "KBNN",
    "Kho bạc Nhà nước TP.HCM",
    "Kho bạc",
  ]),
  other("bhxh", "Bảo hiểm xã hội Thành phố", "central", ["BHXH TP", "Bảo hiểm xã hội"]),
  other("itpc", "Trung tâm Xúc tiến Thương mại và Đầu tư Thành phố", "unit", [
    "ITPC",
    "Trung tâm Xúc tiến Thương mại và Đầu tư",
  ]),
  other("hvcb", "Học viện Cán bộ Thành phố", "unit", ["Học viện Cán bộ", "HVCB"]),
  other("htv", "Đài Truyền hình Thành phố", "media", ["HTV", "Đài Truyền hình"]),
  other("voh", "Đài Tiếng nói nhân dân Thành phố", "media", ["VOH", "Đài Tiếng nói nhân dân"]),
  other("sggp", "Báo Sài Gòn Giải phóng", "media", ["SGGP", "Báo SGGP"]),
  other("tuoitre", "Báo Tuổi trẻ", "media", ["Tuổi trẻ"]),
  other("ttbc", "Trung tâm Báo chí Thành phố", "media", ["Trung tâm Báo chí"], "stttt"),
  other("btgtu", "Ban Tuyên giáo Thành ủy", "party", ["Ban Tuyên giáo"]),
  other("bdvtu", "Ban Dân vận Thành ủy", "party", ["Ban Dân vận"]),
  other("btctu", "Ban Tổ chức Thành ủy", "party", ["Ban Tổ chức"]),
  other("vptu", "Văn phòng Thành ủy", "party", ["VP Thành ủy"]),
  other("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "party", [
    "Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc",
    "MTTQ",
    "UBMTTQ",
    "MTTQVN",
  ]),
  other("thanhdoan", "Thành Đoàn", "party", ["Thành Đoàn TP"]),
  other("cdvc", "Công đoàn Viên chức Thành phố", "party", ["Công đoàn Viên chức"]),
  other("bcd", "Ban Chỉ đạo CCHC Thành phố", "committee", [
    "Ban Chỉ đạo cải cách hành chính Thành phố",
    "BCĐ CCHC",
    "Ban Chỉ đạo CCHC",
  ]),
  other("hdcs", "Hội đồng đánh giá Chỉ số CCHC", "committee", [
    "Hội đồng đánh giá chỉ số CCHC sở, ban, ngành, UBND quận, huyện, thành phố Thủ Đức",
    "Hội đồng đánh giá chỉ số CCHC",
    "Hội đồng đánh giá Chỉ số cải cách hành chính",
  ]),
  other("toqtux", "Tổ kiểm tra liên ngành việc thực hiện Quy tắc ứng xử", "committee", [
    "Tổ kiểm tra liên ngành",
    "Tổ kiểm tra liên ngành Quy tắc ứng xử",
  ]),
];

export const hcm: Jurisdiction = {
  id: "hcm",
  name: "Thành phố Hồ Chí Minh",
  suffixes: ["Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "TP.HCM", "TPHCM", "TP HCM", "Thành phố", "TP"],
  agencies: [...departments, ...districts, ...others],
  groups: [
    {
      id: "hcm.so-ban-nganh",
      name: "Sở, ban, ngành Thành phố",
      jurisdiction: "hcm",
      memberKinds: ["department"],
      aliases: [
        "sở, ban, ngành",
        "sở, ban - ngành",
        "sở ban ngành",
        "sở, ngành",
        "sở - ngành",
        "các sở, ngành",
        "các sở chuyên ngành",
        "các sở, ngành có liên quan đến Đề án",
        "sở, ban, ngành có liên quan",
        "thanh tra các sở",
        "cơ quan chuyên môn trực thuộc UBND Thành phố",
      ],
    },
    {
      id: "hcm.quan-huyen",
      name: "UBND quận, huyện, thành phố Thủ Đức",
      jurisdiction: "hcm",
      memberKinds: ["district"],
      aliases: [
        "quận, huyện, thành phố Thủ Đức",
        "quận, huyện, TP Thủ Đức",
        "quận - huyện",
        "quận, huyện",
        "cấp huyện",
        "thanh tra quận, huyện, thành phố Thủ Đức",
      ],
    },
    {
      id: "hcm.quan",
      name: "UBND 16 quận và thành phố Thủ Đức",
      jurisdiction: "hcm",
      memberIds: [
        ...numbered.map((d) => d.id),
        "hcm.binhthanh",
        "hcm.binhtan",
        "hcm.govap",
        "hcm.phunhuan",
        "hcm.tanbinh",
        "hcm.tanphu",
        "hcm.thuduc",
      ],
      aliases: ["16 quận, thành phố Thủ Đức", "16 quận và thành phố Thủ Đức", "các quận"],
    },
    {
      id: "hcm.huyen",
      name: "UBND các huyện",
      jurisdiction: "hcm",
      memberIds: ["hcm.binhchanh", "hcm.cangio", "hcm.cuchi", "hcm.hocmon", "hcm.nhabe"],
      aliases: ["các huyện", "huyện"],
    },
    {
      id: "hcm.phuong-xa",
      name: "UBND phường, xã, thị trấn",
      jurisdiction: "hcm",
      memberKinds: ["ward"],
      aliases: ["phường, xã, thị trấn", "phường - xã, thị trấn", "phường, xã - thị trấn", "cấp xã"],
    },
    {
      id: "hcm.bcd-thanh-vien",
      name: "Cơ quan thành viên Ban Chỉ đạo CCHC Thành phố",
      jurisdiction: "hcm",
      memberIds: ["hcm.snv", "hcm.vpubnd", "hcm.stp", "hcm.stc", "hcm.skhdt", "hcm.stttt"],
      aliases: [
        "các cơ quan đơn vị thành viên BCĐ CCHC Thành phố",
        "các cơ quan thành viên Ban Chỉ đạo CCHC Thành phố",
        "cơ quan thành viên Ban Chỉ đạo CCHC",
        "thành viên BCĐ CCHC",
      ],
    },
    {
      id: "hcm.dvsncl",
      name: "Đơn vị sự nghiệp công lập",
      jurisdiction: "hcm",
      memberKinds: ["unit"],
      aliases: ["các ĐVSNCL", "ĐVSNCL", "đơn vị sự nghiệp công lập"],
    },
    {
      id: "hcm.nganh-doc",
      name: "Cơ quan ngành dọc",
      jurisdiction: "hcm",
      memberKinds: ["central"],
      aliases: ["cơ quan ngành dọc", "các cơ quan ngành dọc"],
    },
    {
      id: "hcm.doan-the",
      name: "Các đoàn thể chính trị - xã hội Thành phố",
      jurisdiction: "hcm",
      memberIds: ["hcm.thanhdoan", "hcm.cdvc"],
      aliases: ["các đoàn thể chính trị - xã hội", "đoàn thể chính trị - xã hội", "các đoàn thể"],
    },
    {
      id: "hcm.lien-quan",
      name: "Cơ quan, đơn vị có liên quan",
      jurisdiction: "hcm",
      aliases: [
        "các cơ quan có liên quan",
        "cơ quan, đơn vị có liên quan",
        "các cơ quan, đơn vị có liên quan",
        "các cơ quan, đơn vị được giao đề án nhánh",
        "các cơ quan được mời tham gia kiểm tra, khảo sát",
      ],
    },
  ],
  annotations: [
    "triển khai thực hiện tại đơn vị",
    "kiểm tra việc thực hiện nội dung này",
    "tổng hợp",
    "đề án nhánh và vai trò chủ trì",
    "phối hợp Bộ ngành chủ trì theo phân công của Chính phủ",
  ],
};
