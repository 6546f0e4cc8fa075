import { parseDeadline } from "../domain/deadline/parse.js";
import { cleanCell, FOOTNOTE_MARK, fold, foldSameLength } from "../domain/text.js";
import { appendCell, checkTaskCount, continueTask, markHeadings } from "./rows.js";
import { PlanFormatError, type ImportWarning, type RawPlan, type RawRotationSlot, type RawTask } from "./types.js";

// Column roles in the Sa Đéc layout: STT | Mục tiêu | Nhiệm vụ | Hoạt động |
// Kết quả | Chủ trì | Phối hợp | Thời gian | Kinh phí. Found by header words so
// a plan that orders them differently still reads.
const ROLES = {
  stt: /^stt$/,
  objective: /muc tieu/,
  group: /nhiem vu/,
  activity: /hoat dong/,
  product: /ket qua|san pham/,
  lead: /chu tri/,
  support: /phoi hop/,
  deadline: /thoi gian/,
  funding: /kinh phi/,
} as const;
type ColumnName = keyof typeof ROLES;
type Layout = Record<ColumnName, number> & { activityPrefix: string };

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/;

function splitRow(line: string): string[] {
  const body = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return body.split("|").map((c) => c.trim());
}

function isSeparator(line: string): boolean {
  return /^\|[\s\-:|]+\|?\s*$/.test(line.trim());
}

export function isMarkdownTable(lines: string[]): boolean {
  return lines.some((l) => l.trim().startsWith("|") && fold(splitRow(l)[0] ?? "") === "stt");
}

function layoutOf(header: string[]): Layout | null {
  const folded = header.map((h) => fold(h).replace(/^\d+\s*-\s*/, ""));
  const layout: Partial<Layout> = {};
  for (const [role, re] of Object.entries(ROLES) as [ColumnName, RegExp][]) {
    const idx = folded.findIndex((h) => re.test(h));
    if (idx >= 0) layout[role] = idx;
  }
  if (layout.activity === undefined || layout.lead === undefined || layout.deadline === undefined) return null;
  // Activities are numbered after their column ("3- Hoạt động" → 3.1, 3.2...).
  const number = /^(\d+)\s*-/.exec(fold(header[layout.activity]!))?.[1] ?? "3";
  return {
    stt: 0,
    objective: -1,
    group: -1,
    product: -1,
    support: -1,
    funding: -1,
    ...layout,
    activityPrefix: number,
  } as Layout;
}

const cell = (cells: string[], idx: number) => (idx >= 0 ? (cells[idx] ?? "") : "");

/** Where an activity code sits in the row, if anywhere ("3.12. Hỗ trợ..." may slide to STT). */
function findActivity(cells: string[], layout: Layout): number {
  const re = new RegExp(`^${layout.activityPrefix}\\.\\d+\\.?\\s`);
  if (re.test(cells[layout.activity] ?? "")) return layout.activity;
  return cells.findIndex((c, i) => i < layout.activity && re.test(c));
}

function codeOf(text: string): { code: string; rest: string } | null {
  const m = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/s.exec(cleanCell(text));
  return m ? { code: m[1]!, rest: m[2]! } : null;
}

/**
 * The Sa Đéc layout: markdown tables, one per page, sections I–VII, tasks are
 * the activities (3.x) with their objective and task group as context.
 */
export function parseMarkdownPlan(lines: string[], file: string): RawPlan {
  const lastTable = lines.reduce((acc, l, i) => (l.trim().startsWith("|") ? i : acc), -1);
  const lastLine = lines[lastTable]?.trim() ?? "";
  if (lastTable >= 0 && !lastLine.endsWith("|")) {
    throw new PlanFormatError(`tệp có vẻ bị cắt ngang ở dòng ${lastTable + 1} (dòng bảng không khép)`, file);
  }
  const reader = new TableReader(file);
  lines.forEach((line, i) => {
    if (line.trim().startsWith("|") && !isSeparator(line)) reader.row(splitRow(line), i + 1);
  });
  const plan = reader.finish();
  plan.rotation = parseRotation(lines, plan.warnings);
  markHeadings(plan.tasks, plan.warnings);
  return plan;
}

/** Reads the task table row by row, carrying what a row inherits from those above it. */
class TableReader {
  readonly plan: RawPlan = { format: "markdown", sections: [], tasks: [], rotation: [], warnings: [] };
  private layout: Layout | null = null;
  private section = "";
  private objective = "";
  private group = "";
  private current: RawTask | null = null;
  private afterHeader = false;

  constructor(private readonly file: string) {}

  row(cells: string[], lineNo: number): void {
    if (fold(cells[0] ?? "") === "stt") {
      this.layout = layoutOf(cells) ?? this.layout;
      this.afterHeader = true;
      return;
    }
    const layout = this.layout;
    if (!layout) {
      this.warn(lineNo, "dòng bảng trước tiêu đề cột; bỏ qua");
      return;
    }
    const width = Object.values(ROLES).length;
    if (cells.length !== width) this.warn(lineNo, `dòng có ${cells.length} cột thay vì ${width}`);
    const afterHeader = this.afterHeader;
    this.afterHeader = false;
    if (cells.every((c) => !c)) return;

    const stt = cleanCell(cells[layout.stt] ?? "");
    if (ROMAN.test(stt)) {
      this.sectionRow(stt, cells);
      return;
    }
    const at = findActivity(cells, layout);
    if (at >= 0) {
      this.activity(cells, at, layout, lineNo);
      return;
    }

    const objectiveCell = cleanCell(cell(cells, layout.objective));
    const groupCell = cleanCell(cell(cells, layout.group));
    const opensNew = (!!codeOf(objectiveCell) || !!codeOf(groupCell)) && !afterHeader;
    if (!opensNew && this.current) {
      this.continuation(this.current, cells, layout, lineNo);
      return;
    }
    if (objectiveCell) this.objective = objectiveCell;
    if (groupCell) this.group = groupCell;
    this.current = this.ownAssignment(cells, layout, lineNo, codeOf(groupCell) ?? codeOf(objectiveCell), groupCell);
  }

  finish(): RawPlan {
    if (!this.layout)
      throw new PlanFormatError("không tìm thấy dòng tiêu đề cột (STT | ... | Chủ trì | ... | Thời gian)", this.file);
    return this.plan;
  }

  private warn(line: number, message: string, code?: string): void {
    this.plan.warnings.push(code ? { line, code, message } : { line, message });
  }

  private add(task: RawTask): void {
    this.plan.tasks.push(task);
    checkTaskCount(this.plan.tasks.length, this.file);
  }

  private sectionRow(stt: string, cells: string[]): void {
    this.section = stt;
    this.objective = this.group = "";
    this.plan.sections.push({ code: stt, title: cleanCell(cells.slice(1).find(Boolean) ?? "") });
    this.current = null;
  }

  private activity(cells: string[], at: number, layout: Layout, lineNo: number): void {
    const task = activityRow(cells, at, layout, lineNo, this.plan.warnings);
    if (at === layout.activity) {
      this.objective = cleanCell(cell(cells, layout.objective)) || this.objective;
      this.group = cleanCell(cell(cells, layout.group)) || this.group;
    }
    task.sectionCode = this.section;
    task.context = [this.objective, this.group].filter(Boolean).join(" — ");
    repairDeadline(task, cells, layout, this.plan.warnings);
    this.add(task);
    this.current = task;
  }

  /** A page break cut the row: every non-empty cell continues the task above. */
  private continuation(task: RawTask, cells: string[], layout: Layout, lineNo: number): void {
    const more = {
      title: cell(cells, layout.activity),
      product: cell(cells, layout.product),
      lead: cell(cells, layout.lead),
      support: cell(cells, layout.support),
      deadline: cell(cells, layout.deadline),
    };
    continueTask(task, more, lineNo, this.plan.warnings);
    if (FOOTNOTE_MARK.test(more.lead)) task.leadMarked = true;
    const extra = [cleanCell(cell(cells, layout.objective)), cleanCell(cell(cells, layout.group))].filter(Boolean);
    if (extra.length && task.context.length < 2_000) task.context = appendCell(task.context, extra.join(" "));
  }

  /**
   * An objective or task group with its own lead agency and no activity: a real
   * assignment, imported under the code the plan gives it. Without a lead it only sets context.
   */
  private ownAssignment(
    cells: string[],
    layout: Layout,
    lineNo: number,
    own: { code: string; rest: string } | null,
    groupCell: string,
  ): RawTask | null {
    const lead = cleanCell(cell(cells, layout.lead));
    if (!lead) return null;
    if (!own) {
      this.warn(lineNo, `dòng có cơ quan chủ trì nhưng không có mã hoạt động hay nhiệm vụ; chưa nhập: "${lead}"`);
      return null;
    }
    const task: RawTask = {
      sectionCode: this.section,
      code: own.code,
      isHeading: false,
      title: own.rest,
      context: groupCell ? this.objective : "",
      product: cleanCell(cell(cells, layout.product)),
      lead,
      support: cleanCell(cell(cells, layout.support)),
      deadline: cleanCell(cell(cells, layout.deadline)),
      line: lineNo,
    };
    this.warn(lineNo, `mục ${own.code} có cơ quan chủ trì nhưng không có hoạt động; nhập như một nhiệm vụ`, own.code);
    this.add(task);
    return task;
  }
}

function activityRow(cells: string[], at: number, layout: Layout, lineNo: number, warnings: ImportWarning[]): RawTask {
  const parsed = codeOf(cells[at]!)!;
  let product: string, lead: string, support: string, deadline: string;
  let leadMarked: boolean;
  if (at === layout.activity) {
    [product, lead, support, deadline] = [layout.product, layout.lead, layout.support, layout.deadline].map((i) =>
      cleanCell(cell(cells, i)),
    ) as [string, string, string, string];
    leadMarked = FOOTNOTE_MARK.test(cell(cells, layout.lead));
  } else {
    // Cells slid left: the activity sits in an earlier column and the rest
    // follow it in order once the empty cells between are skipped.
    const rest = cells.slice(at + 1);
    while (rest.length && !rest[0]) rest.shift();
    leadMarked = FOOTNOTE_MARK.test(rest[1] ?? "");
    [product, lead, support, deadline] = [0, 1, 2, 3].map((k) => cleanCell(rest[k] ?? "")) as [
      string,
      string,
      string,
      string,
    ];
    warnings.push({
      line: lineNo,
      code: parsed.code,
      message: `các ô của hoạt động ${parsed.code} bị lệch cột; đã căn lại`,
    });
  }
  return {
    sectionCode: "",
    code: parsed.code,
    isHeading: false,
    title: parsed.rest,
    context: "",
    product,
    lead,
    support,
    deadline,
    line: lineNo,
    ...(leadMarked ? { leadMarked } : {}),
  };
}

/** An empty deadline cell whose date slid into a neighbouring column is moved back. */
function repairDeadline(task: RawTask, cells: string[], layout: Layout, warnings: ImportWarning[]): void {
  if (task.deadline) return;
  for (const idx of [layout.funding, layout.support]) {
    const text = cleanCell(cell(cells, idx));
    if (!text) continue;
    const kind = parseDeadline(text, { year: 2000 }).kind;
    if (kind === "date" || kind === "recurring" || kind === "milestones") {
      task.deadline = text;
      if (idx === layout.support) task.support = "";
      warnings.push({
        line: task.line,
        code: task.code,
        message: `thời hạn "${text}" nằm ở cột khác; đã chuyển về cột Thời gian`,
      });
      return;
    }
  }
}

/** The footnote rota: "Phòng Nội vụ thành phố Sa Đéc; UBND Phường 1 đăng tin tháng 01 năm 2024;". */
export function parseRotation(lines: string[], warnings: ImportWarning[]): RawRotationSlot[] {
  const slots: RawRotationSlot[] = [];
  lines.forEach((line, i) => {
    if (line.trim().startsWith("|")) return;
    const folded = foldSameLength(line);
    const m = /\bdang tin\s+(?:vao\s+)?thang\s+(\d{1,2})\s*(?:nam|\/)\s*(\d{4})/.exec(folded);
    if (!m) return;
    const month = Number(m[1]);
    if (month < 1 || month > 12) {
      warnings.push({ line: i + 1, message: `lịch đăng tin: tháng ${m[1]} không hợp lệ` });
      return;
    }
    const names = line
      .slice(0, m.index)
      .replace(/^[\s¹²³⁴⁵⁶⁷⁸⁹*]+/, "")
      .split(/[;,]/)
      .map((s) => cleanCell(s))
      .filter(Boolean);
    // Folding keeps lengths, so the match's place in the folded line is its place in the written one.
    const wording = cleanCell(line.slice(m.index, m.index + m[0].length));
    slots.push({ year: Number(m[2]), month, names, wording, line: i + 1 });
  });
  return slots;
}
