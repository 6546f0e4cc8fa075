import type { IsoDate } from "../calendar.js";

/** How often a recurring deadline falls due. */
export type Period = "twice-monthly" | "monthly" | "bimonthly" | "quarterly" | "half-yearly" | "yearly";

export interface MilestoneStep {
  /** End of the named month/quarter/year; null for an open-ended ("thường xuyên") step. */
  due: IsoDate | null;
  note: string;
}

/**
 * A deadline cell of a plan, understood. `label` is always the plan's own
 * wording (cleaned), which is what officials recognise.
 */
export type Deadline =
  | { kind: "date"; due: IsoDate; note?: string; label: string }
  | {
      kind: "recurring";
      periods: Period[];
      fromYear: number;
      untilYear: number | null;
      onEvent: boolean;
      label: string;
    }
  | { kind: "milestones"; steps: MilestoneStep[]; label: string }
  | { kind: "event"; label: string }
  | { kind: "continuous"; label: string }
  | { kind: "unspecified"; label: string }
  | { kind: "unknown"; label: string };

export type DeadlineKind = Deadline["kind"];
