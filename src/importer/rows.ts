import { cleanCell } from "../domain/text.js";
import type { ImportWarning, RawTask } from "./types.js";

/** Appends a page-break continuation to a task's cells ("quận," + "huyện, ..."). */
export function appendCell(a: string, b: string): string {
  const x = a.trim();
  const y = cleanCell(b);
  if (!y) return x;
  if (!x) return y;
  return `${x} ${y}`;
}

export const CELL_FIELDS = ["title", "product", "lead", "support", "deadline"] as const;

/** Code rows: "1.2." → "1.2", OCR commas and stray letters repaired. */
export function normaliseCode(raw: string): string | null {
  const text = raw.trim().replace(/,/g, ".").replace(/[lI](?=\.|$)/g, "1").replace(/\.+$/, "");
  return /^\d{1,2}(?:\.\d{1,3})*$/.test(text) ? text : null;
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
    else warnings.push({ line: t.line, code: t.code, message: `nhiệm vụ ${t.code} có nhiệm vụ con nhưng cũng có nội dung riêng; giữ như một nhiệm vụ` });
  }
}
