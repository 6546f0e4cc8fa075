// A reviewer's decision on a submission, wherever it is made (chat, button, staff command line): recorded once,
// and the submitter told in the same words, in their own language.
import { submissionById, type SubmissionRow } from "../../db/submission-repo.js";
import { formatVnDate } from "../../domain/calendar.js";
import { quarterLabel } from "../../domain/quarter.js";
import { shorten } from "../../domain/text.js";
import { html } from "../../i18n.js";
import type { Services } from "../context.js";
import { text } from "../context.js";
import type { Notice, Words } from "../types.js";
import { reviewSubmission, type ChangeResult } from "./service.js";

/** What was sent, in the reader's words: "Bài viết quý I/2024", "Báo cáo nhiệm vụ 1.13 (kỳ 31/03/2024)". */
export const submissionKind = (w: Words, s: Pick<SubmissionRow, "kind" | "task" | "year" | "quarter" | "occurrence">) =>
  html(
    s.kind === "article"
      ? w.t("review-kind-article", { quarter: quarterLabel(s) })
      : w.t("review-kind-report", {
          code: s.task?.code ?? "",
          due: s.occurrence ? formatVnDate(s.occurrence) : "none",
        }),
  );

/** What tells two submissions apart in a list: the title, else the file name, else the start of the text. */
export const submissionName = (s: Pick<SubmissionRow, "title" | "fileName" | "body">) =>
  s.title || s.fileName || shorten(s.body ?? "", 40);

export interface Decision {
  result: ChangeResult;
  submission: SubmissionRow | null;
  /** For the submitter: accepted, or returned with the comment and how to send again. */
  notices: Notice[];
}

/** Accepts or returns a submission (returning takes the comment); `reviewerId` null for the command line. */
export async function decide(
  services: Pick<Services, "db" | "clock">,
  id: number,
  reviewerId: number | null,
  accept: boolean,
  comment: string | null,
): Promise<Decision> {
  const result = await reviewSubmission(services.db, id, reviewerId, accept, comment, services.clock.now());
  const s = await submissionById(services.db, id);
  if (result !== "ok" || !s) return { result, submission: s, notices: [] };
  const notice = accept ? "review-accepted-notice" : "review-returned-notice";
  const notices: Notice[] = s.submittedById
    ? [
        {
          userId: s.submittedById,
          render: (w) => text(w.t(notice, { receipt: s.receipt, comment: comment ?? "", what: submissionKind(w, s) })),
        },
      ]
    : [];
  return { result, submission: s, notices };
}
