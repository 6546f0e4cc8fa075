import { submissionsWhere } from "../../db/submission-repo.js";
import { daysBetween, formatVnDate } from "../../domain/calendar.js";
import { today } from "../../domain/clock.js";
import { resolveQuarter, type Intent } from "../../domain/intent.js";
import { quarterDue, quarterLabel } from "../../domain/quarter.js";
import { INTENT } from "../callback.js";
import { say, type Turn } from "../context.js";
import type { Feature } from "../feature.js";
import { maySubmit } from "../submissions/permissions.js";
import type { Reply } from "../types.js";
import { detailByCode } from "./task-detail.js";

/** "còn 12 ngày", "hôm nay", "đã quá 3 ngày". */
function left(turn: Turn, due: string): string {
  const days = daysBetween(today(turn.clock), due);
  if (days === 0) return turn.t("deadline-left-today");
  return days > 0 ? turn.t("deadline-left-days", { days }) : turn.t("deadline-overdue-days", { days: -days });
}

/** "hạn nộp bài quý 2 là khi nào?": the date, the days left, and whether this agency has sent it. */
async function articleDeadline(turn: Turn, intent: Intent): Promise<Reply> {
  const q = resolveQuarter(intent.params.quarter, today(turn.clock), intent.params.year);
  const due = quarterDue(q);
  const lines = [
    turn.t("deadline-article", { quarter: quarterLabel(q), date: formatVnDate(due), left: left(turn, due) }),
  ];
  const agencyId = turn.account.user.agencyId;
  let offer: Reply["messages"][number]["buttons"];
  if (agencyId) {
    const sent = (
      await submissionsWhere(turn.db, { agencyId, kind: "article", year: q.year, quarter: q.quarter })
    ).filter((r) => r.status === "submitted" || r.status === "accepted");
    const agency = turn.account.user.agencyName ?? "";
    if (sent.length)
      lines.push(
        turn.t("deadline-article-sent", { agency, receipt: sent[0]!.receipt, onTime: sent[0]!.onTime ? "yes" : "no" }),
      );
    else {
      lines.push(turn.t("deadline-article-missing", { agency }));
      if (maySubmit(turn.account.user, turn.config.submitRoles))
        offer = [[{ label: turn.plain("intent-submit"), data: INTENT.pack({ intent: "submit" }) }]];
    }
  }
  return say(lines.join("\n"), offer);
}

/** Deadline questions: the quarterly article's, or one task's ("hạn nhiệm vụ 2.3"). */
export const deadlinesFeature: Feature = {
  name: "deadlines",
  intents: ["deadline_question"],
  callbacks: [],
  onIntent(turn, intent) {
    if (intent.params.subject === "task" && intent.params.code) return detailByCode(turn, intent.params.code);
    return articleDeadline(turn, intent);
  },
};
