import { parseDeadline } from "../domain/deadline/parse.js";
import type { AgencyMatcher } from "../domain/agency/matcher.js";
import { cleanCell, foldSameLength } from "../domain/text.js";
import { checkTaskCount, markHeadings, normaliseCode } from "./rows.js";
import { PlanFormatError, type RawPlan, type RawTask } from "./types.js";

/** The table's header row ("STT Nhiệm vụ cụ thể ..."): the table, and only the table, starts after it. */
const HEADER = /^stt\b.*\bnhiem vu\b/;

const ROW = /^\s*(\d{1,2}(?:[.,]\d{1,3})*)[.,]?\s+(\S.*)$/;
const ROLE_TITLE = /^(?:thu truong|giam doc|chu tich|chanh|cuc truong|truong)\b/;
const DEADLINE_START =
  /\b(?:hoan thanh|trong|quy|thang|hang|hang quy|dinh ky|khi|theo|thuong xuyen|sau khi|nam|moi)\b/g;

/**
 * Scanned plans come as plain lines, often without diacritics and without
 * column separators. After the table's header row, a line that starts with a
 * task code is read as "code title ... agencies ... deadline"; anything else
 * inside the table is reported, never guessed. A file without the header
 * (prose, a plan cut before its appendix) has no table and is refused: its
 * numbered paragraphs are not tasks.
 */
export function parseOcrText(lines: string[], matcher: AgencyMatcher, year: number, file: string): RawPlan {
  const plan: RawPlan = { format: "ocr", sections: [], tasks: [], rotation: [], warnings: [] };
  const header = lines.findIndex((l) => HEADER.test(foldSameLength(cleanCell(l))));
  if (header < 0)
    throw new PlanFormatError('không tìm thấy bảng nhiệm vụ (dòng tiêu đề "STT | Nhiệm vụ …") trong tệp', file);
  let section = "";
  let inTable = false;
  let current: RawTask | null = null;
  lines.forEach((raw, i) => {
    if (i <= header) return;
    const line = cleanCell(raw);
    const lineNo = i + 1;
    if (!line) return;
    const m = ROW.exec(line);
    const code = m ? normaliseCode(m[1]!) : null;
    if (!m || code === null) {
      if (!inTable) return;
      if (current && !/^(?:stt|nhiem vu)\b/.test(foldSameLength(line))) {
        plan.warnings.push({
          line: lineNo,
          code: current.code,
          message: "dòng không có số thứ tự; không rõ thuộc cột nào, chưa nhập nội dung này",
        });
      }
      return;
    }
    const text = m[2]!;
    if (!code.includes(".")) {
      // Numbered paragraphs of the plan's prose look like sections too; only
      // short, capitalised ones are table sections.
      if (text.length > 160) return;
      section = code;
      inTable = true;
      plan.sections.push({ code, title: text });
      current = null;
      return;
    }
    inTable = true;
    if (!section) {
      section = code.split(".")[0]!;
      plan.sections.push({ code: section, title: `Mục ${section}` });
    }
    current = splitLine(code, text, section, lineNo, matcher, year);
    if (!current.lead)
      plan.warnings.push({ line: lineNo, code, message: "không nhận ra cơ quan chủ trì trong dòng quét" });
    plan.tasks.push(current);
    checkTaskCount(plan.tasks.length, file);
  });
  markHeadings(plan.tasks, plan.warnings);
  return plan;
}

function splitLine(
  code: string,
  text: string,
  section: string,
  line: number,
  matcher: AgencyMatcher,
  year: number,
): RawTask {
  const folded = foldSameLength(text);
  // The deadline is the longest tail that reads as one.
  let deadline = "";
  let body = text;
  for (const m of folded.matchAll(DEADLINE_START)) {
    const tail = text.slice(m.index);
    const kind = parseDeadline(tail, { year }).kind;
    if (kind !== "unknown" && kind !== "unspecified") {
      deadline = tail.trim();
      body = text.slice(0, m.index).trim();
      break;
    }
  }
  // Agencies: the title ends where the first recognised addressee begins.
  const scan = matcher.scan(body);
  // Bodies named inside the title ("Kiện toàn Ban Chỉ đạo...") are not its
  // addressees: prefer the first name written with a head's title.
  const first = scan.matches.find((m) => ROLE_TITLE.test(foldSameLength(m.phrase))) ?? scan.matches[0];
  const cut = first ? body.indexOf(first.phrase) : -1;
  const title = cut > 0 ? body.slice(0, cut).trim() : body;
  const agencies = cut > 0 ? body.slice(cut).trim() : "";
  return {
    sectionCode: section,
    code,
    isHeading: false,
    title,
    context: "",
    product: "",
    lead: agencies,
    support: "",
    deadline,
    line,
  };
}
