import { cleanCell, fold } from "../domain/text.js";
import { CELL_FIELDS, checkTaskCount, continueTask, markHeadings, normaliseCode } from "./rows.js";
import { PlanFormatError, type RawPlan, type RawTask } from "./types.js";

const COLUMNS = 6;

const cellsOf = (cells: string[]) => Object.fromEntries(CELL_FIELDS.map((f, k) => [f, cells[k + 1] ?? ""]));

export function isHcmTable(lines: string[]): boolean {
  return lines.some((l) => isHeader(l));
}

function isHeader(line: string): boolean {
  return isHcmHeader(line.split("\t"));
}

/** The appendix's header row: STT, Nhiệm vụ cụ thể, Sản phẩm, … */
export function isHcmHeader(row: string[]): boolean {
  const cells = row.map((c) => fold(c));
  return cells.length >= 4 && cells[0] === "stt" && cells[1]!.startsWith("nhiem vu");
}

/**
 * The HCMC appendix: a tab-separated table split across pages. Headers repeat,
 * and long cells continue on rows with an empty STT.
 */
export function parseHcmTable(lines: string[], file: string): RawPlan {
  const reader = new HcmReader(file);
  const first = lines.findIndex(isHeader);
  let lastTableLine = -1;
  let lastText = lines.length - 1;
  while (lastText > 0 && !lines[lastText]!.trim()) lastText--;
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("\t")) continue; // prose between and after the table pages
    lastTableLine = i;
    if (isHeader(line)) continue;
    reader.row(reader.aligned(line.split("\t"), i + 1, i >= lastText), i + 1);
  }
  if (lastTableLine < 0) throw new PlanFormatError("bảng phụ lục không có dòng nào", file);
  markHeadings(reader.plan.tasks, reader.plan.warnings);
  return reader.plan;
}

class HcmReader {
  readonly plan: RawPlan = { format: "hcm-tsv", sections: [], tasks: [], rotation: [], warnings: [] };
  private section = "";
  private current: RawTask | null = null;

  constructor(private readonly file: string) {}

  /** Six cells: extra cells are taken as tabs inside the title, missing ones as empty; a short last row is a cut. */
  aligned(cells: string[], lineNo: number, last: boolean): string[] {
    if (cells.length === COLUMNS) return cells;
    if (last) {
      const message = `tệp có vẻ bị cắt ngang: dòng ${lineNo} của bảng chỉ có ${cells.length}/${COLUMNS} cột`;
      throw new PlanFormatError(message, this.file);
    }
    this.warn(lineNo, `dòng có ${cells.length} cột thay vì ${COLUMNS}; đã căn lại`);
    if (cells.length < COLUMNS) return [...cells, ...Array(COLUMNS - cells.length).fill("")];
    const titleEnd = cells.length - COLUMNS + 2;
    return [cells[0]!, cells.slice(1, titleEnd).join(" "), ...cells.slice(titleEnd)];
  }

  row(cells: string[], lineNo: number): void {
    const stt = cells[0] ?? "";
    if (!stt.trim()) {
      this.continuation(cells, lineNo);
      return;
    }
    const code = normaliseCode(stt);
    if (code === null) {
      this.warn(lineNo, `không hiểu số thứ tự "${stt.trim()}"; nội dung được nối vào dòng trước`);
      if (this.current) continueTask(this.current, cellsOf(cells), lineNo, this.plan.warnings);
      return;
    }
    if (!code.includes(".")) {
      this.section = code;
      this.plan.sections.push({ code, title: cleanCell(cells[1] ?? "") });
      this.current = null;
      return;
    }
    this.task(code, cells, lineNo);
  }

  private warn(line: number, message: string, code?: string): void {
    this.plan.warnings.push(code ? { line, code, message } : { line, message });
  }

  private continuation(cells: string[], lineNo: number): void {
    if (this.current) continueTask(this.current, cellsOf(cells), lineNo, this.plan.warnings);
    else if (cells.some((c) => c.trim())) this.warn(lineNo, "dòng tiếp nối không thuộc nhiệm vụ nào; bỏ qua");
  }

  private task(code: string, cells: string[], lineNo: number): void {
    if (!this.section || !code.startsWith(`${this.section}.`)) {
      const owner = code.split(".")[0]!;
      if (!this.plan.sections.some((s) => s.code === owner)) {
        this.plan.sections.push({ code: owner, title: `Mục ${owner}` });
        this.warn(lineNo, `nhiệm vụ ${code} nằm ngoài mục đã khai báo; tạo mục ${owner}`, code);
      }
      this.section = owner;
    }
    const [, title, product, lead, support, deadline] = cells.map((c) => cleanCell(c ?? ""));
    this.current = {
      sectionCode: this.section,
      code,
      isHeading: false,
      title: title!,
      context: "",
      product: product!,
      lead: lead!,
      support: support!,
      deadline: deadline!,
      line: lineNo,
    };
    this.plan.tasks.push(this.current);
    checkTaskCount(this.plan.tasks.length, this.file);
  }
}
