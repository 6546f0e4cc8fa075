import type { Db } from "../../db/client.js";
import { agencyShort } from "../../db/directory-repo.js";
import {
  insertSubmission,
  markReviewed,
  markWithdrawn,
  sameContent,
  sameContentElsewhere,
  submissionById,
} from "../../db/submission-repo.js";
import { taskDeadline } from "../../db/task-repo.js";
import { localDate } from "../../domain/clock.js";
import { dueDates } from "../../domain/deadline/next.js";
import type { Deadline } from "../../domain/deadline/types.js";
import { quarterDue, type Quarter } from "../../domain/quarter.js";
import { quarterStart } from "../../domain/calendar.js";
import type { FileStore, Staged } from "../../storage/files.js";

export type Content =
  | { type: "file" | "photo"; staged: Staged }
  | { type: "text"; body: string }
  | { type: "link"; url: string };

export interface NewSubmission {
  agencyId: string;
  kind: "article" | "report";
  quarter: Quarter;
  taskId?: number | null;
  content: Content;
  title?: string | null;
  userId?: number | null;
  channel: string;
  replacesId?: number | null;
  /**
   * The occurrence reported on (its due date): on time or late is judged against it. Null for a task with no
   * scheduled occurrence (always on time); left out, the task's date in the quarter (the quarter's end).
   */
  occurrence?: string | null;
}

/** Test seam: lets a test crash the write between the file and the database row. */
export interface Faults {
  afterFileCommit?: () => void | Promise<void>;
}

export type SubmitResult =
  | {
      ok: true;
      id: number;
      receipt: string;
      onTime: boolean;
      dueDate: string;
      receivedAt: Date;
      /** The same content already sent for another agency or occurrence: accepted, and flagged. */
      sameAs: { receipt: string; agency: string } | null;
    }
  | { ok: false; duplicateOf: string };

/**
 * The agency part of a receipt: its short name without marks ("STP", "SNV"); a letter-and-number name gets a
 * dot ("Q.1", "P.3") so that "Q.1-2024Q1-01" cannot be read as a quarter.
 */
export function receiptPrefix(agency: { id: string; shortName: string | null }): string {
  const raw = agency.shortName ?? agency.id.split(".").pop()!;
  const plain = raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "D")
    .replace(/[^A-Za-z0-9]/g, "")
    .toUpperCase()
    .slice(0, 10);
  return plain.replace(/^([A-Z]{1,3})(\d{1,3})$/, "$1.$2");
}

/** The cycle's deadline: the quarter's end for an article; the task's own date in that quarter for a report. */
async function dueDateFor(db: Db, s: NewSubmission): Promise<string> {
  const end = quarterDue(s.quarter);
  if (s.kind === "article" || !s.taskId) return end;
  const deadline = await taskDeadline(db, s.taskId);
  if (!deadline) return end;
  const start = quarterStart(s.quarter.year, s.quarter.quarter);
  const inQuarter = dueDates(JSON.parse(deadline) as Deadline, s.quarter.year).filter((d) => d >= start && d <= end);
  return inQuarter[0] ?? end;
}

/**
 * Records a submission, all or nothing: the file is made permanent first and
 * the row (with its receipt) written in one transaction after, so a crash
 * leaves at worst an unreferenced file that the start-up sweep removes —
 * never a row pointing at a missing file.
 */
export async function recordSubmission(
  db: Db,
  store: FileStore,
  s: NewSubmission,
  now: Date,
  faults: Faults = {},
): Promise<SubmitResult> {
  const agency = await agencyShort(db, s.agencyId);
  const cycle = {
    agencyId: s.agencyId,
    year: s.quarter.year,
    quarter: s.quarter.quarter,
    kind: s.kind,
    taskId: s.taskId ?? null,
  };
  const body = s.content.type === "text" ? s.content.body : s.content.type === "link" ? s.content.url : null;
  const staged = s.content.type === "file" || s.content.type === "photo" ? s.content.staged : null;
  const duplicate = await sameContent(db, cycle, staged ? { sha256: staged.sha256 } : { body: body ?? "" });
  if (duplicate) {
    if (staged) await store.discard(staged);
    return { ok: false, duplicateOf: duplicate.receipt };
  }
  const dueDate = s.occurrence === undefined ? await dueDateFor(db, s) : (s.occurrence ?? localDate(now));
  const onTime = localDate(now) <= dueDate;
  const elsewhere = await sameContentElsewhere(db, staged ? { sha256: staged.sha256 } : { body: body ?? "" });
  let file: { filePath: string; sha256: string; size: number; mimeType: string; fileName: string } | null = null;
  if (staged) {
    file = {
      filePath: await store.commit(staged),
      sha256: staged.sha256,
      size: staged.size,
      mimeType: staged.mime,
      fileName: staged.fileName,
    };
  }
  await faults.afterFileCommit?.();
  const { id, receipt } = await insertSubmission(
    db,
    {
      ...cycle,
      contentType: s.content.type,
      body,
      ...(file ?? {}),
      title: s.title ?? null,
      receivedAt: now,
      dueDate,
      onTime,
      submittedById: s.userId ?? null,
      channel: s.channel,
      replacesId: s.replacesId ?? null,
      occurrence: s.occurrence === undefined ? dueDate : s.occurrence,
      duplicateOf: elsewhere?.receipt ?? null,
    },
    `${receiptPrefix(agency)}-${s.quarter.year}Q${s.quarter.quarter}`,
  );
  const sameAs = elsewhere ? { receipt: elsewhere.receipt, agency: elsewhere.agency.name } : null;
  return { ok: true, id, receipt, onTime, dueDate, receivedAt: now, sameAs };
}

export type ChangeResult = "ok" | "not-found" | "not-allowed" | "already-reviewed";

/** Withdraws a submission while nobody has reviewed it (who may do so is checked by the caller). */
export async function withdrawSubmission(db: Db, id: number): Promise<ChangeResult> {
  const row = await submissionById(db, id);
  if (!row) return "not-found";
  if (row.status !== "submitted") return "already-reviewed";
  return (await markWithdrawn(db, id)) ? "ok" : "already-reviewed";
}

/** A reviewer accepts or returns a submission (with a comment). */
export async function reviewSubmission(
  db: Db,
  id: number,
  reviewerId: number | null,
  accept: boolean,
  comment: string | null,
  now: Date,
): Promise<ChangeResult> {
  if (await markReviewed(db, id, { accept, reviewerId, comment, at: now })) return "ok";
  return (await submissionById(db, id)) ? "already-reviewed" : "not-found";
}
