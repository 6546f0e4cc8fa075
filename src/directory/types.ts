export type AgencyKind =
  | "department" // sở, ban, ngành of a province/city
  | "district" // quận, huyện, thành phố thuộc thành phố
  | "ward" // phường, xã, thị trấn
  | "office" // phòng chuyên môn of a district-level city
  | "committee" // ban chỉ đạo, hội đồng, tổ công tác
  | "central" // cơ quan ngành dọc (thuế, hải quan, kho bạc...)
  | "party" // cơ quan Đảng, Mặt trận, đoàn thể
  | "media"
  | "unit" // đơn vị sự nghiệp, trung tâm
  | "city"; // the people's committee of the jurisdiction itself

export interface AgencyEntry {
  id: string;
  name: string;
  shortName?: string;
  kind: AgencyKind;
  jurisdiction: string;
  parent?: string;
  /** Other ways the plans and people write it (with or without diacritics). */
  aliases: string[];
  /** Abbreviations ("SNV", "TT&TT"): names like the aliases, kept apart so a directory file reads well. */
  abbreviations?: string[];
  /** The head's title with the name ("Giám đốc Sở Nội vụ"): how plans address the agency through its head. */
  roleTitles?: string[];
  /** Loose names people type ("Nội vụ") that are too short to trust inside a plan's cell. */
  searchOnly?: string[];
}

export interface GroupEntry {
  id: string;
  name: string;
  jurisdiction: string;
  aliases: string[];
  /** Members by kind (every agency of that kind in the jurisdiction) and/or by id. */
  memberKinds?: AgencyKind[];
  memberIds?: string[];
}

export interface Jurisdiction {
  id: string;
  name: string;
  /** Words that name the jurisdiction after an agency name ("Thành phố", "TP.HCM"). */
  suffixes: string[];
  agencies: AgencyEntry[];
  groups: GroupEntry[];
  /** Descriptive remarks that appear among agency names and name nobody. */
  annotations: string[];
}

export const AGENCY_KINDS: readonly AgencyKind[] = [
  "department",
  "district",
  "ward",
  "office",
  "committee",
  "central",
  "party",
  "media",
  "unit",
  "city",
];

/** Every name a plan's cell may use for the agency; with the loose search names when `search` is set. */
export function namesOf(a: AgencyEntry, { search = false } = {}): string[] {
  return [
    a.name,
    ...(a.shortName ? [a.shortName] : []),
    ...(a.abbreviations ?? []),
    ...a.aliases,
    ...(a.roleTitles ?? []),
    ...(search ? (a.searchOnly ?? []) : []),
  ];
}
