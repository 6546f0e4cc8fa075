// A plan as the importer understood it, and its report: what the database stores and what people are told.
import type { Target } from "./agency/matcher.js";
import type { Deadline } from "./deadline/types.js";

export type PlanFormat = "hcm-tsv" | "markdown" | "ocr";

export interface ImportWarning {
  line: number;
  code?: string;
  message: string;
}

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
  rotation: { year: number; month: number; agencyId: string; phrase: string; wording: string }[];
  /** Key of the task the rota schedules (the one whose lead cell carries the rota's footnote mark). */
  rotationTask: string | null;
  report: ImportReport;
}
