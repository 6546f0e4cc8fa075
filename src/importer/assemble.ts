import { AgencyMatcher } from "../domain/agency/matcher.js";
import { dueDates } from "../domain/deadline/next.js";
import { parseDeadline } from "../domain/deadline/parse.js";
import type { Deadline } from "../domain/deadline/types.js";
import type { Jurisdiction } from "../directory/types.js";
import type { AssignmentOut, ImportReport, PlanImport, TaskOut } from "../domain/plan-import.js";
import type { RawPlan, RawTask } from "./types.js";

export type { AssignmentOut, ImportReport, PlanImport, TaskOut } from "../domain/plan-import.js";

export interface PlanMeta {
  id: string;
  title: string;
  year: number;
  file: string;
  hash: string;
  jurisdiction: Jurisdiction;
}

/** Turns parsed rows into tasks the database holds: agencies resolved, deadlines understood, all doubts reported. */
export function assemblePlan(raw: RawPlan, meta: PlanMeta, matcher = new AgencyMatcher(meta.jurisdiction)): PlanImport {
  const report: ImportReport = {
    file: meta.file,
    plan: meta.id,
    title: meta.title,
    year: meta.year,
    jurisdiction: meta.jurisdiction.id,
    format: raw.format,
    sections: raw.sections.length,
    tasks: 0,
    headings: 0,
    rotationSlots: 0,
    unresolvedAgencies: [],
    unclassifiedDeadlines: [],
    warnings: [...raw.warnings],
  };
  const seen = new Map<string, number>();
  const tasks: TaskOut[] = raw.tasks.map((t, ordinal) => {
    const base = `${t.sectionCode}/${t.code}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    if (n > 1)
      report.warnings.push({
        line: t.line,
        code: t.code,
        message: `mã ${t.code} lặp lại trong mục ${t.sectionCode} (lần ${n}); giữ như nhiệm vụ riêng`,
      });

    const { assignments, notes } = assign(t, matcher, report);
    const deadline = t.isHeading
      ? ({ kind: "unspecified", label: "" } as Deadline)
      : parseDeadline(t.deadline, { year: meta.year });
    checkTask(t, deadline, assignments, report);
    const dates = dueDates(deadline, meta.year);
    const parts = t.code.split(".");
    return {
      key: n > 1 ? `${base}#${n}` : base,
      code: t.code,
      sectionCode: t.sectionCode,
      isHeading: t.isHeading,
      parentCode: parts.length > 1 ? parts.slice(0, -1).join(".") : null,
      ordinal,
      title: t.title,
      context: t.context,
      product: t.product,
      leadText: t.lead,
      supportText: t.support,
      agencyNotes: notes.join("; "),
      deadline,
      firstDue: dates[0] ?? null,
      lastDue: dates.at(-1) ?? null,
      line: t.line,
      assignments,
    };
  });
  report.tasks = tasks.filter((t) => !t.isHeading).length;
  report.headings = tasks.length - report.tasks;

  const rotation = rotationOf(raw, matcher, report);
  report.rotationSlots = new Set(rotation.map((r) => `${r.year}-${r.month}`)).size;
  const rotationTask = rotation.length ? rotaTask(raw, tasks, report) : null;

  return {
    id: meta.id,
    title: meta.title,
    year: meta.year,
    jurisdiction: meta.jurisdiction.id,
    format: raw.format,
    sourceFile: meta.file,
    sourceHash: meta.hash,
    sections: raw.sections.map((s, ordinal) => ({ ...s, ordinal })),
    tasks,
    rotation,
    rotationTask,
    report,
  };
}

/** The task a footnote rota schedules: the one whose lead cell carries the footnote's mark (Sa Đéc 3.6). */
function rotaTask(raw: RawPlan, tasks: TaskOut[], report: ImportReport): string | null {
  const at = raw.tasks.findIndex((t) => !t.isHeading && t.leadMarked);
  if (at < 0)
    report.warnings.push({
      line: 0,
      message: "lịch đăng tin không gắn với nhiệm vụ nào (không thấy dấu chú thích ở cột Chủ trì)",
    });
  return tasks[at]?.key ?? null;
}

/** The agencies a task's lead and support cells name; phrases the directory does not know go to the report. */
function assign(t: RawTask, matcher: AgencyMatcher, report: ImportReport) {
  const assignments: AssignmentOut[] = [];
  const notes: string[] = [];
  const cells = [
    ["lead", t.lead],
    ["support", t.support],
  ] as const;
  for (const [role, text] of cells) {
    const scan = matcher.scan(text);
    for (const m of scan.matches) {
      const same = (a: AssignmentOut) =>
        a.role === role && a.target.type === m.target.type && a.target.id === m.target.id;
      if (!assignments.some(same)) assignments.push({ role, target: m.target, phrase: m.phrase });
    }
    notes.push(...scan.notes);
    for (const phrase of scan.unresolved) report.unresolvedAgencies.push({ line: t.line, code: t.code, phrase });
  }
  return { assignments, notes };
}

/** What the report says about one task: a deadline not understood, or a task without a deadline or a lead. */
function checkTask(t: RawTask, deadline: Deadline, assignments: AssignmentOut[], report: ImportReport): void {
  const at = { line: t.line, code: t.code };
  if (deadline.kind === "unknown") report.unclassifiedDeadlines.push({ ...at, text: deadline.label });
  if (t.isHeading) return;
  if (deadline.kind === "unspecified")
    report.warnings.push({ ...at, message: `nhiệm vụ ${t.code} không ghi thời hạn` });
  if (!assignments.some((a) => a.role === "lead"))
    report.warnings.push({ ...at, message: `nhiệm vụ ${t.code} không có cơ quan chủ trì` });
}

/** The posting rota: each slot's names resolved to one agency, or reported. */
function rotationOf(raw: RawPlan, matcher: AgencyMatcher, report: ImportReport): PlanImport["rotation"] {
  const rotation: PlanImport["rotation"] = [];
  for (const slot of raw.rotation) {
    for (const name of slot.names) {
      const scan = matcher.scan(name);
      const agency = scan.matches.find((m) => m.target.type === "agency");
      if (agency && !scan.unresolved.length) {
        const { year, month, wording } = slot;
        rotation.push({ year, month, agencyId: agency.target.id, phrase: name, wording });
      } else {
        const code = `lịch đăng tin ${slot.month}/${slot.year}`;
        report.unresolvedAgencies.push({ line: slot.line, code, phrase: name });
      }
    }
  }
  return rotation;
}
