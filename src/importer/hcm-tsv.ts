import { cleanCell, fold } from "../domain/text.js";
import { CELL_FIELDS, checkTaskCount, continueTask, markHeadings, normaliseCode } from "./rows.js";
import { PlanFormatError, type RawPlan, type RawTask } from "./types.js";

const COLUMNS = 6;

const cellsOf = (cells: string[]) => Object.fromEntries(CELL_FIELDS.map((f, k) => [f, cells[k + 1] ?? ""]));

export function isHcmTable(lines: string[]): boolean {
  return lines.some((l) => isHeader(l));
}

function isHeader(line: string): boolean {
  const cells = line.split("\t").map((c) => fold(c));
  return cells.length >= 4 && cells[0] === "stt" && cells[1]!.startsWith("nhiem vu");
}

/**
 * The HCMC appendix: a tab-separated table split across pages. Headers repeat,
 * and long cells continue on rows with an empty STT.
 */
export function parseHcmTable(lines: string[], file: string): RawPlan {
  const plan: RawPlan = { format: "hcm-tsv", sections: [], tasks: [], rotation: [], warnings: [] };
  const first = lines.findIndex(isHeader);
  let section = "";
  let current: RawTask | null = null;
  let lastTableLine = -1;
  let lastText = lines.length - 1;
  while (lastText > 0 && !lines[lastText]!.trim()) lastText--;
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("\t")) continue; // prose between and after the table pages
    lastTableLine = i;
    if (isHeader(line)) continue;
    const lineNo = i + 1;
    let cells = line.split("\t");
    if (cells.length !== COLUMNS) {
      if (i >= lastText) {
        throw new PlanFormatError(`tệp có vẻ bị cắt ngang: dòng ${lineNo} của bảng chỉ có ${cells.length}/${COLUMNS} cột`, file);
      }
      plan.warnings.push({ line: lineNo, message: `dòng có ${cells.length} cột thay vì ${COLUMNS}; đã căn lại` });
      cells = cells.length > COLUMNS ? [cells[0]!, cells.slice(1, cells.length - COLUMNS + 2).join(" "), ...cells.slice(cells.length - COLUMNS + 2)] : [...cells, ...Array(COLUMNS - cells.length).fill("")];
    }
    const [stt, title, product, lead, support, deadline] = cells.map((c) => c ?? "") as [string, string, string, string, string, string];
    if (!stt.trim()) {
      if (!current) {
        if (cells.some((c) => c.trim())) plan.warnings.push({ line: lineNo, message: "dòng tiếp nối không thuộc nhiệm vụ nào; bỏ qua" });
        continue;
      }
      continueTask(current, cellsOf(cells), lineNo, plan.warnings);
      continue;
    }
    const code = normaliseCode(stt);
    if (code === null) {
      plan.warnings.push({ line: lineNo, message: `không hiểu số thứ tự "${stt.trim()}"; nội dung được nối vào dòng trước` });
      if (current) continueTask(current, cellsOf(cells), lineNo, plan.warnings);
      continue;
    }
    if (!code.includes(".")) {
      section = code;
      plan.sections.push({ code, title: cleanCell(title) });
      current = null;
      continue;
    }
    if (!section || !code.startsWith(`${section}.`)) {
      const owner = code.split(".")[0]!;
      if (!plan.sections.some((s) => s.code === owner)) {
        plan.sections.push({ code: owner, title: `Mục ${owner}` });
        plan.warnings.push({ line: lineNo, code, message: `nhiệm vụ ${code} nằm ngoài mục đã khai báo; tạo mục ${owner}` });
      }
      section = owner;
    }
    current = {
      sectionCode: section,
      code,
      isHeading: false,
      title: cleanCell(title),
      context: "",
      product: cleanCell(product),
      lead: cleanCell(lead),
      support: cleanCell(support),
      deadline: cleanCell(deadline),
      line: lineNo,
    };
    plan.tasks.push(current);
    checkTaskCount(plan.tasks.length, file);
  }
  if (lastTableLine < 0) throw new PlanFormatError("bảng phụ lục không có dòng nào", file);
  markHeadings(plan.tasks, plan.warnings);
  return plan;
}
