// What a format parser hands to the assembler: the plan's rows as written,
// before agencies and deadlines are understood.
import type { ImportWarning, PlanFormat } from "../domain/plan-import.js";

export type { ImportWarning, PlanFormat };

export interface RawTask {
  sectionCode: string;
  code: string;
  isHeading: boolean;
  title: string;
  context: string;
  product: string;
  lead: string;
  support: string;
  deadline: string;
  line: number;
  /** Its lead cell carries a footnote mark ("…Thành phố ¹"): what a footnote rota attaches to. */
  leadMarked?: boolean;
}

export interface RawRotationSlot {
  year: number;
  month: number;
  /** The names written for that month ("Phòng Nội vụ thành phố Sa Đéc", "UBND Phường 1"). */
  names: string[];
  /** The plan's words for the slot ("đăng tin tháng 01 năm 2024"). */
  wording: string;
  line: number;
}

export interface RawPlan {
  format: PlanFormat;
  sections: { code: string; title: string }[];
  tasks: RawTask[];
  rotation: RawRotationSlot[];
  warnings: ImportWarning[];
}

/** A file that cannot be imported at all; the database is left untouched. */
export class PlanFormatError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = "PlanFormatError";
  }
}
