import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { cli, cliDatabase } from "../helpers/cli.js";
import { HCM_PLAN, SADEC_PLAN } from "../helpers/paths.js";

const dir = cliDatabase([HCM_PLAN, SADEC_PLAN]);
const SHIPPED_HCM = path.resolve(import.meta.dirname, "../../directory/hcm.csv");

/** The shipped HCMC directory with `edit` applied to its rows (header kept), written where the test can import it. */
function hcmFile(name: string, edit: (rows: string[][]) => string[][]): string {
  const [header, ...rows] = parse(readFileSync(SHIPPED_HCM, "utf8")) as string[][];
  const file = path.join(dir, name);
  writeFileSync(file, stringify([header!, ...edit(rows)]));
  return file;
}
const col = (name: string) => (parse(readFileSync(SHIPPED_HCM, "utf8")) as string[][])[0]!.indexOf(name);

describe("the agency directory as data: list, export, import", () => {
  it("lists each jurisdiction and its agencies, from the shipped files", async () => {
    const list = await cli("directory", "list");
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/^hcm · Thành phố Hồ Chí Minh — 69 cơ quan, 10 nhóm \(có sẵn: directory\/hcm\.csv\)$/m);
    expect(list.out).toMatch(/^sadec · Thành phố Sa Đéc — 28 cơ quan, 2 nhóm/m);
    expect(list.out).toMatch(/^ {2}hcm\.snv\tSở Nội vụ\tsở, ban, ngành$/m);
    const json = (await cli("directory", "list", "--json")).json;
    const snv = json.jurisdictions[0].agencies.find((a: { id: string }) => a.id === "hcm.snv");
    expect(snv).toMatchObject({
      name: "Sở Nội vụ",
      shortName: "SNV",
      active: true,
      roleTitles: ["Giám đốc Sở Nội vụ"],
    });
    expect(json.jurisdictions[0].groups.find((g: { id: string }) => g.id === "hcm.quan").memberIds).toHaveLength(17);
  });

  it.each(["csv", "xlsx"])("an exported directory (%s) imports back unchanged", async (format) => {
    const out = path.join(dir, `hcm-export.${format}`);
    expect((await cli("directory", "export", "hcm", "--out", out)).out).toMatch(/Đã ghi danh bạ hcm \(69 cơ quan\)/);
    const again = await cli("directory", "import", out, "--dry-run");
    expect(again.code).toBe(0);
    expect(again.out).toContain("Không có gì thay đổi so với danh bạ đang dùng.");
    expect(again.out).toContain("(thử, chưa ghi gì");
  });

  it("export without a jurisdiction asks which; to stdout it is CSV", async () => {
    const which = await cli("directory", "export");
    expect([which.code, which.err.trim()]).toEqual([2, expect.stringMatching(/Có nhiều danh bạ \(hcm, sadec\)/)]);
    const csv = await cli("directory", "export", "sadec");
    expect(csv.out.split("\n")[0]).toBe(
      "kind,id,name,short_name,parent,groups,members,abbreviations,aliases,role_titles,search_only",
    );
    expect(csv.out).toMatch(/^ward,sadec\.p1,UBND Phường 1,/m);
  });

  it("a broken file is refused whole, every problem with its line; nothing changes", async () => {
    const [kind, group, id] = [col("kind"), col("groups"), col("id")];
    const file = hcmFile("hcm-broken.csv", (rows) =>
      rows.map((r, i) => {
        const row = [...r];
        if (i === 2) row[kind] = "so";
        if (i === 4) row[group] = "hcm.khong-co";
        if (i === 5) row[id] = "hcm.snv";
        return row;
      }),
    );
    const r = await cli("directory", "import", file);
    expect(r.code).toBe(2);
    expect(r.out).toContain("chưa nhập, danh bạ giữ nguyên — 3 lỗi");
    expect(r.out).toMatch(/dòng 4: hcm\.stp: loại "so" không có/);
    expect(r.out).toMatch(/dòng 6: .*nhóm "hcm\.khong-co" không có trong tệp/);
    expect(r.out).toMatch(/dòng 7: mã hcm\.snv trùng với dòng 3/);
    expect((await cli("directory", "list")).out).toMatch(/có sẵn: directory\/hcm\.csv/);
    const notCsv = path.join(dir, "latin1.csv");
    writeFileSync(notCsv, Buffer.from("kind,id,name\njurisdiction,x,S\xe0i G\xf2n\n", "latin1"));
    const bad = await cli("directory", "import", notCsv);
    expect([bad.code, bad.err.trim()]).toEqual([2, expect.stringMatching(/không phải UTF-8 .*CSV UTF-8/)]);
  });

  it("an edited directory: changes reported, the agency gone kept as inactive with its submissions", async () => {
    const sent = await cli(
      "submit",
      ...[
        "--agency",
        "Sở Du lịch",
        "--quarter",
        "2024-Q1",
        "--link",
        "https://sdl.example/cchc",
        "--now",
        "2024-03-20",
      ],
    );
    expect(sent.code).toBe(0);
    const [id, name, aliases] = [col("id"), col("name"), col("aliases")];
    const ward = Array.from({ length: 11 }, () => "");
    [ward[col("kind")], ward[id], ward[name], ward[col("parent")]] = [
      "ward",
      "hcm.p-bennghe",
      "UBND phường Bến Nghé",
      "hcm.q1",
    ];
    ward[aliases] = "phường Bến Nghé";
    const file = hcmFile("hcm-2025.csv", (rows) => [
      ...rows
        .filter((r) => r[id] !== "hcm.sdl")
        .map((r) => (r[id] === "hcm.sngv" ? Object.assign([...r], { [name]: "Sở Ngoại vụ TP.HCM" }) : r)),
      ward,
    ]);
    const r = await cli("directory", "import", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Thay đổi: thêm 1, bỏ 1 (giữ lịch sử, đánh dấu ngừng hoạt động), sửa 3.");
    expect(r.out).toContain("+ UBND phường Bến Nghé (hcm.p-bennghe)");
    expect(r.out).toContain("− Sở Du lịch (hcm.sdl)");
    expect(r.out).toContain("~ Sở Ngoại vụ TP.HCM (hcm.sngv): name");
    // The plan wrote "Giám đốc Sở Ngoại vụ": with the old name gone, the plan no longer reads it.
    expect(r.out).toMatch(
      new RegExp(
        'hcm-2024-qd6004-ke-hoach-cchc 5/5\\.8 \\(phối hợp\\): "Giám đốc Sở Ngoại vụ" — ' +
          "trước: Sở Ngoại vụ; nay: không khớp",
      ),
    );
    const list = await cli("directory", "list");
    expect(list.out).toMatch(/69 cơ quan, 10 nhóm, 1 ngừng hoạt động \(nhập từ hcm-2025\.csv lúc/);
    expect(list.out).toMatch(/^ {2}hcm\.sdl\tSở Du lịch\tsở, ban, ngành\tngừng hoạt động$/m);
    // Its history stays; it owes nothing more and cannot be picked.
    const subs = await cli("submissions", "list", "--quarter", "2024-Q1", "--json");
    expect(JSON.stringify(subs.json)).toContain("Sở Du lịch");
    const missing = await cli("submissions", "missing", "--quarter", "2024-Q1", "--json", "--now", "2024-04-10");
    expect(JSON.stringify(missing.json)).not.toContain("Sở Du lịch");
    expect(JSON.stringify(missing.json)).toContain("Sở Tư pháp");
    expect((await cli("tasks", "--agency", "Sở Du lịch")).code).toBe(2);
    expect((await cli("agency", "phuong Ben Nghe")).out).toMatch(/Khớp nhất: UBND phường Bến Nghé/);
    // Back to the shipped file: the agency is active again.
    expect((await cli("directory", "import", SHIPPED_HCM)).out).toContain("+ Sở Du lịch (hcm.sdl)");
    expect((await cli("tasks", "--agency", "Sở Du lịch", "--now", "2024-03-01")).out).toMatch(/1\.14/);
  });

  it("another province: its directory, then its plan, without changing code", async () => {
    const directory = path.join(dir, "tn.csv");
    writeFileSync(
      directory,
      [
        "kind,id,name,short_name,parent,groups,members,abbreviations,aliases,role_titles",
        "jurisdiction,tn,Tỉnh Thử Nghiệm,,,,,,tỉnh Thử Nghiệm; Tỉnh,",
        "department,tn.stp,Sở Tư pháp tỉnh Thử Nghiệm,STP-TN,,,,,Sở Tư pháp,Giám đốc Sở Tư pháp",
        "department,tn.snv,Sở Nội vụ tỉnh Thử Nghiệm,SNV-TN,,,,,Sở Nội vụ,Giám đốc Sở Nội vụ",
        "ward,tn.an-binh,UBND xã An Bình,,,tn.bien-gioi,,,xã An Bình,Chủ tịch UBND xã An Bình",
        "ward,tn.tan-my,UBND xã Tân Mỹ,,,,,,xã Tân Mỹ,Chủ tịch UBND xã Tân Mỹ",
        'group,tn.so-nganh,"Các sở, ngành tỉnh",,,,department,,"sở, ngành; các sở, ngành",',
        'group,tn.cap-xa,"UBND các xã, phường",,,,ward,,"UBND các xã, phường; các xã, phường",',
        "group,tn.bien-gioi,UBND các xã biên giới,,,,,,các xã biên giới,",
      ].join("\n"),
    );
    const plan = path.join(dir, "tn-2026.txt");
    const row = (code: string, what: string, lead: string, support: string, when: string) =>
      `| | | | ${code}. ${what} | Báo cáo | ${lead} | ${support} | ${when} | |`;
    writeFileSync(
      plan,
      [
        "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2026 của tỉnh Thử Nghiệm",
        "| STT | 1- Mục tiêu | 2- Nhiệm vụ | 3- Hoạt động | 4- Kết quả | 5-Chủ trì | 6- Phối hợp | 7- Thời gian " +
          "| 8- Kinh phí |",
        "|---|---|---|---|---|---|---|---|---|",
        "| I | CẢI CÁCH THỂ CHẾ | | | | | | | |",
        row("3.1", "Rà soát văn bản của tỉnh.", "Giám đốc Sở Tư pháp", "Các sở, ngành", "Quý II/2026"),
        row("3.2", "Tuyên truyền CCHC ở cơ sở.", "Chủ tịch UBND các xã, phường", "Sở Nội vụ", "Hàng quý"),
        row("3.3", "Kiểm tra CCHC vùng biên giới.", "UBND các xã biên giới", "Sở Bộ Lạ", "Tháng 10/2026"),
      ].join("\n"),
    );
    expect((await cli("import", plan)).out).toMatch(/không xác định được kế hoạch của tỉnh\/thành phố nào/);
    expect((await cli("directory", "import", directory)).out).toMatch(
      /danh bạ Tỉnh Thử Nghiệm \(tn\) — 4 cơ quan, 3 nhóm/,
    );
    const imported = await cli("import", plan);
    expect(imported.out).toMatch(/1 mục, 3 nhiệm vụ/);
    expect(imported.out).toMatch(/không nhận ra cơ quan "Sở Bộ Lạ"/);
    const ward = await cli("tasks", "--agency", "xa an binh", "--now", "2026-03-01");
    expect(ward.out).toMatch(/3\.2 \[chủ trì\][\s\S]*3\.3 \[chủ trì\]/);
    expect((await cli("tasks", "--agency", "UBND xã Tân Mỹ", "--now", "2026-03-01")).out).not.toMatch(/3\.3/);
    expect((await cli("tasks", "--agency", "STP-TN", "--now", "2026-03-01")).out).toMatch(/3\.1 \[chủ trì\]/);
    // Ids belong to one directory: another file may not take them.
    const thief = path.join(dir, "thief.csv");
    writeFileSync(thief, "kind,id,name\njurisdiction,tx,Tỉnh Khác\ndepartment,tn.stp,Sở Tư pháp tỉnh Khác\n");
    const refused = await cli("directory", "import", thief);
    expect([refused.code, refused.out]).toEqual([2, expect.stringMatching(/mã tn\.stp đã thuộc danh bạ tn/)]);
  });
});
