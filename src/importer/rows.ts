import { cleanCell } from "../domain/text.js";
import { PlanFormatError, type ImportWarning, type RawTask } from "./types.js";

/** More tasks than any yearly plan has: a file past this is refused, not imported. */
export const MAX_TASKS_PER_PLAN = 5_000;
/** Longer than any real cell: continuations past it are reported and not appended. */
export const MAX_CELL_CHARS = 20_000;

/** Refuses a plan that has grown past the task cap (checked while parsing, so a runaway file stops early). */
export function checkTaskCount(count: number, file: string): void {
  if (count > MAX_TASKS_PER_PLAN) {
    throw new PlanFormatError(
      `kế hoạch có hơn ${MAX_TASKS_PER_PLAN.toLocaleString("vi-VN")} nhiệm vụ; ` +
        "tệp có vẻ không phải một kế hoạch năm (hoặc bị hỏng)",
      file,
    );
  }
}

/** Appends a page-break continuation to a task's cells ("quận," + "huyện, ..."). */
export function appendCell(a: string, b: string): string {
  const y = cleanCell(b);
  if (!y) return a;
  if (!a) return y;
  return `${a} ${y}`;
}

/**
 * Appends continuation cells to a task, each cell kept under MAX_CELL_CHARS:
 * a file of endless continuation rows stays linear and is reported, not swallowed.
 */
export function continueTask(
  task: RawTask,
  cells: Partial<Record<(typeof CELL_FIELDS)[number], string>>,
  line: number,
  warnings: ImportWarning[],
): void {
  for (const f of CELL_FIELDS) {
    const more = cells[f];
    if (!more) continue;
    if (task[f].length >= MAX_CELL_CHARS) {
      if (!warnings.some((w) => w.code === task.code && w.message.startsWith("ô quá dài"))) {
        warnings.push({
          line,
          code: task.code,
          message: `ô quá dài (hơn ${MAX_CELL_CHARS} ký tự); phần tiếp theo từ dòng ${line} không được nối`,
        });
      }
      continue;
    }
    task[f] = appendCell(task[f], more);
  }
}

export const CELL_FIELDS = ["title", "product", "lead", "support", "deadline"] as const;

/** Code rows: "1.2." → "1.2", OCR commas and stray letters repaired; numbers of any width ("1.1000"). */
export function normaliseCode(raw: string): string | null {
  const text = raw
    .trim()
    .replace(/,/g, ".")
    .replace(/[lI](?=\.|$)/g, "1")
    .replace(/\.+$/, "");
  return /^\d{1,3}(?:\.\d{1,6}){0,5}$/.test(text) ? text : null;
}

/** Marks as headings the tasks that have children and nothing of their own (HCMC 1.4). */
export function markHeadings(tasks: RawTask[], warnings: ImportWarning[]): void {
  const codes = new Set(tasks.map((t) => `${t.sectionCode}/${t.code}`));
  const parents = new Set<string>();
  for (const t of tasks) {
    const parts = t.code.split(".");
    for (let n = parts.length - 1; n >= 1; n--) {
      const parent = `${t.sectionCode}/${parts.slice(0, n).join(".")}`;
      if (codes.has(parent)) parents.add(parent);
    }
  }
  for (const t of tasks) {
    if (!parents.has(`${t.sectionCode}/${t.code}`)) continue;
    const empty = !t.product && !t.lead && !t.support && !t.deadline;
    if (empty) t.isHeading = true;
    else
      warnings.push({
        line: t.line,
        code: t.code,
        message: `nhiệm vụ ${t.code} có nhiệm vụ con nhưng cũng có nội dung riêng; giữ như một nhiệm vụ`,
      });
  }
}
