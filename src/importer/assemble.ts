import { AgencyMatcher, type Target } from "../domain/agency/matcher.js";
import { dueDates } from "../domain/deadline/next.js";
import { parseDeadline } from "../domain/deadline/parse.js";
import type { Deadline } from "../domain/deadline/types.js";
import type { Jurisdiction } from "../directory/types.js";
import type { ImportWarning, PlanFormat, RawPlan } from "./types.js";

export interface AssignmentOut {
  role: "lead" | "support";
  target: Target;
  phrase: string;
}

export interface TaskOut {
  key: string;
  code: string;
  sectionCode: string;
  isHeading: boolean;
  parentCode: string | null;
  ordinal: number;
  title: string;
  context: string;
  product: string;
  leadText: string;
  supportText: string;
  agencyNotes: string;
  deadline: Deadline;
  firstDue: string | null;
  lastDue: string | null;
  line: number;
  assignments: AssignmentOut[];
}

export interface ImportReport {
  file: string;
  plan: string;
  title: string;
  year: number;
  jurisdiction: string;
  format: PlanFormat;
  sections: number;
  tasks: number;
  headings: number;
  rotationSlots: number;
  unresolvedAgencies: { line: number; code: string; phrase: string }[];
  unclassifiedDeadlines: { line: number; code: string; text: string }[];
  warnings: ImportWarning[];
}

export interface PlanImport {
  id: string;
  title: string;
  year: number;
  jurisdiction: string;
  format: PlanFormat;
  sourceFile: string;
  sourceHash: string;
  sections: { code: string; title: string; ordinal: number }[];
  tasks: TaskOut[];
  rotation: { year: number; month: number; agencyId: string; phrase: string }[];
  report: ImportReport;
}

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
    if (n > 1) report.warnings.push({ line: t.line, code: t.code, message: `mã ${t.code} lặp lại trong mục ${t.sectionCode} (lần ${n}); giữ như nhiệm vụ riêng` });

    const assignments: AssignmentOut[] = [];
    const notes: string[] = [];
    for (const [role, text] of [["lead", t.lead], ["support", t.support]] as const) {
      const scan = matcher.scan(text);
      for (const m of scan.matches) {
        if (!assignments.some((a) => a.role === role && a.target.type === m.target.type && a.target.id === m.target.id)) assignments.push({ role, target: m.target, phrase: m.phrase });
      }
      notes.push(...scan.notes);
      for (const phrase of scan.unresolved) report.unresolvedAgencies.push({ line: t.line, code: t.code, phrase });
    }
    const deadline = t.isHeading ? ({ kind: "unspecified", label: "" } as Deadline) : parseDeadline(t.deadline, { year: meta.year });
    if (deadline.kind === "unknown") report.unclassifiedDeadlines.push({ line: t.line, code: t.code, text: deadline.label });
    if (!t.isHeading) {
      if (deadline.kind === "unspecified") report.warnings.push({ line: t.line, code: t.code, message: `nhiệm vụ ${t.code} không ghi thời hạn` });
      if (!assignments.some((a) => a.role === "lead")) report.warnings.push({ line: t.line, code: t.code, message: `nhiệm vụ ${t.code} không có cơ quan chủ trì` });
    }
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

  const rotation: PlanImport["rotation"] = [];
  for (const slot of raw.rotation) {
    for (const name of slot.names) {
      const scan = matcher.scan(name);
      const agency = scan.matches.find((m) => m.target.type === "agency");
      if (!agency || scan.unresolved.length) {
        report.unresolvedAgencies.push({ line: slot.line, code: `lịch đăng tin ${slot.month}/${slot.year}`, phrase: name });
        continue;
      }
      rotation.push({ year: slot.year, month: slot.month, agencyId: agency.target.id, phrase: name });
    }
  }
  report.rotationSlots = new Set(rotation.map((r) => `${r.year}-${r.month}`)).size;

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
    report,
  };
}
