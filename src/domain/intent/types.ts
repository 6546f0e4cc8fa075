// What a message asks for, independent of any chat platform.

export const INTENTS = [
  "my_tasks",
  "due_soon",
  "overdue",
  "quarter",
  "lead_only",
  "support_only",
  "task_detail",
  "search",
  "submit",
  "submission_status",
  "deadline_question",
  "rota",
  "greeting",
  "thanks",
  "help",
  "fallback",
  "start",
  "language",
  "cancel",
  "resume",
  "page_next",
  "page_prev",
  "page_n",
  "review_stats",
  "review_missing",
  "review_ranking",
  "review_inbox",
  "review_open",
  "review_decide",
  "access_requests",
  "access_decide",
  "snooze",
  "mute",
  "unmute",
  "away",
  "back",
  "link_channel",
  "notify_channel",
  "plan_upload",
  "board",
] as const;
export type IntentName = (typeof INTENTS)[number];

/** Intents that read or change an agency's tasks and submissions (a negative must trigger none of them). */
export const TASK_INTENTS: IntentName[] = [
  "my_tasks",
  "due_soon",
  "overdue",
  "quarter",
  "lead_only",
  "support_only",
  "task_detail",
  "search",
  "submit",
  "submission_status",
  "deadline_question",
  "rota",
];

/**
 * A span of days relative to today, as people say it; resolved against the
 * clock by whoever answers ("tháng sau" → next month's first to last day).
 */
export type Window =
  | { kind: "today" }
  | { kind: "tomorrow" }
  | { kind: "week"; offset: number }
  | { kind: "month"; offset: number }
  | { kind: "months"; n: number }
  | { kind: "weekday"; day: number }
  | { kind: "weekend" }
  | { kind: "until"; day: number; month: number; year?: number };

/** A day someone names ("15/3", "thứ 6"), resolved against the clock. */
export type DayRef = { kind: "date"; day: number; month: number; year?: number } | { kind: "weekday"; day: number };

export type QuarterRef = "this" | "next" | 1 | 2 | 3 | 4;

export interface IntentParams {
  /** Only tasks the agency leads or supports. */
  role?: "lead" | "support";
  /** "due within N days". */
  days?: number;
  window?: Window;
  quarter?: QuarterRef;
  /** A year written with a quarter or a standing ("quý 1/2024", "năm 2023"). */
  year?: number;
  code?: string;
  query?: string;
  /** Deadline questions: about the quarterly article or a task. */
  subject?: "article" | "task";
  /** Rota questions: this month's, next month's or a given month. */
  month?: "this" | "next" | number;
  /** Typed paging: "trang 3". */
  page?: number | "last";
  /** Away: the day the person is back. */
  until?: DayRef;
  /** Where reminders go. */
  channel?: "telegram" | "zalo" | "all";
  /** /start payload, /lang argument, a link code. */
  arg?: string;
  /** An unknown slash command. */
  command?: string;
  /** A submission's receipt ("SNV-2024Q1-01"), as typed. */
  receipt?: string;
  /** A decision: accept (approve) or return (deny). */
  accept?: boolean;
  /** The reviewer's reason for returning, in their words. */
  comment?: string;
  /** An agency as typed ("UBND Quận 1"), for a decision on its submission. */
  agency?: string;
  /** An access request's number ("duyệt tài khoản 12"). */
  user?: number;
}

export interface Intent {
  intent: IntentName;
  params: IntentParams;
}
