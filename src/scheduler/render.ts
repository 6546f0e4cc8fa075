import { daysBetween, formatVnDate } from "../domain/calendar.js";
import { localDate } from "../domain/clock.js";
import type { PlannedReminder } from "../domain/reminders.js";
import { shorten } from "../domain/text.js";
import type { Args } from "../i18n.js";

export interface ReminderContext {
  t(id: string, args?: Args): string;
  agencyName: string;
  taskCode?: string;
  taskTitle?: string;
  /** When it will actually go out (the days left are counted from that day). */
  sendAt: Date;
  /** For a stand-in: whom they replace. */
  onBehalfOf?: string;
}

/** The push text for a reminder, in the recipient's language. */
export function renderReminder(r: PlannedReminder, c: ReminderContext): string {
  const day = localDate(c.sendAt);
  const left = daysBetween(day, r.due);
  const common = {
    agency: c.agencyName,
    due: formatVnDate(r.due),
    days: Math.abs(left),
    quarter: r.quarter ? `${["I", "II", "III", "IV"][r.quarter - 1]}/${r.year}` : "",
  };
  let body: string;
  switch (r.kind) {
    case "task":
      body = c.t(left > 0 ? "remind-task-before" : left === 0 ? "remind-task-today" : "remind-task-overdue", {
        ...common,
        code: c.taskCode ?? "",
        title: shorten(c.taskTitle ?? "", 200),
      });
      break;
    case "article":
      body = c.t(
        r.stage === "open" ? "remind-article-open" : left >= 0 ? "remind-article-before" : "remind-article-overdue",
        common,
      );
      break;
    case "escalation":
      body = c.t("remind-escalation", common);
      break;
    case "rotation":
      body = c.t(r.stage === "month-start" ? "remind-rotation-start" : "remind-rotation-end", {
        ...common,
        month: `${r.due.slice(5, 7)}/${r.due.slice(0, 4)}`,
      });
      if (c.taskCode) body += `\n${c.t("remind-rotation-report", { code: c.taskCode })}`;
      break;
    default:
      body = "";
  }
  return c.onBehalfOf ? `${c.t("remind-stand-in", { name: c.onBehalfOf })}\n${body}` : body;
}
