import { Prisma } from "../generated/prisma/client.js";
import type { Db } from "./client.js";

export const LIVE_STATUSES = ["submitted", "accepted", "returned"];

export type SubmissionRow = Awaited<ReturnType<typeof submissionsWhere>>[number];

export async function submissionsWhere(
  db: Db,
  where: NonNullable<Parameters<Db["submission"]["findMany"]>[0]>["where"],
) {
  return db.submission.findMany({
    where,
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    include: {
      agency: { select: { name: true, shortName: true } },
      task: { select: { code: true, planId: true } },
      reviewer: { select: { displayName: true } },
      submittedBy: { select: { displayName: true } },
    },
  });
}

export async function submissionById(db: Db, id: number) {
  return (await submissionsWhere(db, { id }))[0] ?? null;
}

/** A submission by its receipt (receipts are unique). */
export async function submissionByReceipt(db: Db, receipt: string) {
  return (await submissionsWhere(db, { receipt }))[0] ?? null;
}

/** Relative paths of every stored file a submission refers to (for the storage sweep). */
export async function referencedFiles(db: Db): Promise<Set<string>> {
  const rows = await db.submission.findMany({
    where: { filePath: { not: null } },
    select: { filePath: true },
    distinct: ["filePath"],
  });
  return new Set(rows.map((r) => r.filePath!));
}

/** Statuses that count as "sent" for the article cycle (a returned article must be sent again). */
const SENT_STATUSES = LIVE_STATUSES.filter((s) => s !== "returned");

/** Whether an agency's article for the quarter is in (not withdrawn, not returned). */
export async function articleSent(db: Db, agencyId: string, year: number, quarter: number): Promise<boolean> {
  const n = await db.submission.count({
    where: { agencyId, kind: "article", year, quarter, status: { in: SENT_STATUSES } },
  });
  return n > 0;
}

/** Every agency and quarter whose article is in, as "agency|year|quarter". */
export async function sentArticleKeys(db: Db): Promise<Set<string>> {
  const rows = await db.submission.findMany({
    where: { kind: "article", status: { in: SENT_STATUSES } },
    select: { agencyId: true, year: true, quarter: true },
  });
  return new Set(rows.map((r) => `${r.agencyId}|${r.year}|${r.quarter}`));
}

/**
 * What these agencies have in, as keys: "article|agency|year|quarter" for articles and
 * "report|agency|task|occurrence" for reports (returned ones do not count). One query for a whole digest.
 */
export async function doneKeys(db: Db, agencyIds: string[]): Promise<Set<string>> {
  if (agencyIds.length === 0) return new Set();
  const rows = await db.submission.findMany({
    where: { agencyId: { in: agencyIds }, status: { in: SENT_STATUSES } },
    select: { agencyId: true, kind: true, year: true, quarter: true, taskId: true, occurrence: true },
  });
  const out = new Set<string>();
  for (const r of rows) {
    if (r.kind === "article") out.add(`article|${r.agencyId}|${r.year}|${r.quarter}`);
    if (r.taskId && r.occurrence) out.add(`report|${r.agencyId}|${r.taskId}|${r.occurrence}`);
  }
  return out;
}

/** What makes two submissions the same cycle's (an agency, a quarter, a kind, a task). */
export interface CycleKey {
  agencyId: string;
  year: number;
  quarter: number;
  kind: string;
  taskId: number | null;
}

/** A live submission of the same cycle with the same content (its text, link or file hash), if any. */
export function sameContent(db: Db, cycle: CycleKey, content: { body: string } | { sha256: string }) {
  return db.submission.findFirst({ where: { ...cycle, status: { in: LIVE_STATUSES }, ...content } });
}

/** The first live submission with this content anywhere (another agency, another occurrence). */
export function sameContentElsewhere(db: Db, content: { body: string } | { sha256: string }) {
  return db.submission.findFirst({
    where: { status: { in: LIVE_STATUSES }, ...content },
    orderBy: { id: "asc" },
    select: { receipt: true, agency: { select: { name: true } } },
  });
}

export interface SubmissionInsert extends CycleKey {
  contentType: string;
  body: string | null;
  filePath?: string;
  sha256?: string;
  size?: number;
  mimeType?: string;
  fileName?: string;
  title: string | null;
  receivedAt: Date;
  dueDate: string;
  onTime: boolean;
  submittedById: number | null;
  channel: string;
  replacesId: number | null;
  occurrence: string | null;
  duplicateOf: string | null;
}

/**
 * Writes a submission with the next receipt of its prefix ("Q.1-2024Q1" → "-01", "-02"…), and marks the one
 * it replaces, in one transaction; two at once get different receipts (the loser takes the next one).
 */
export async function insertSubmission(
  db: Db,
  row: SubmissionInsert,
  receiptPrefix: string,
): Promise<{ id: number; receipt: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        // Counted by the receipt's prefix, not the agency: two agencies of different plans may share one.
        const taken = await tx.submission.count({ where: { receipt: { startsWith: `${receiptPrefix}-` } } });
        const receipt = `${receiptPrefix}-${String(taken + 1 + attempt).padStart(2, "0")}`;
        const created = await tx.submission.create({ data: { ...row, receipt } });
        if (row.replacesId)
          await tx.submission.updateMany({
            where: { id: row.replacesId, status: "submitted" },
            data: { status: "replaced" },
          });
        return { id: created.id, receipt };
      });
    } catch (err) {
      if (attempt < 5 && /Unique constraint/i.test(String(err))) continue;
      throw err;
    }
  }
}

/** Withdrawn, if nobody has reviewed it yet; false when it was reviewed meanwhile. */
export async function markWithdrawn(db: Db, id: number): Promise<boolean> {
  const changed = await db.submission.updateMany({ where: { id, status: "submitted" }, data: { status: "withdrawn" } });
  return changed.count === 1;
}

/** A reviewer's decision, if nobody decided first. */
export async function markReviewed(
  db: Db,
  id: number,
  decision: { accept: boolean; reviewerId: number | null; comment: string | null; at: Date },
): Promise<boolean> {
  const changed = await db.submission.updateMany({
    where: { id, status: "submitted" },
    data: {
      status: decision.accept ? "accepted" : "returned",
      reviewerId: decision.reviewerId,
      reviewedAt: decision.at,
      reviewComment: decision.comment,
    },
  });
  return changed.count === 1;
}

/** Every article of a quarter (for its standings). */
export function quarterArticles(db: Db, year: number, quarter: number) {
  return db.submission.findMany({
    where: { kind: "article", year, quarter },
    select: { agencyId: true, status: true, onTime: true, receipt: true },
  });
}

/** A live submission as progress reads it (task or article, occurrence, status). */
export interface ProgressRow {
  agencyId: string;
  kind: string;
  taskId: number | null;
  occurrence: string | null;
  status: string;
  onTime: boolean;
  receipt: string;
  reviewComment: string | null;
  receivedAt: Date;
}

type RawProgressRow = Omit<ProgressRow, "onTime" | "receivedAt" | "taskId"> & {
  onTime: boolean | number;
  receivedAt: Date | string | number;
  taskId: number | bigint | null;
};

const PROGRESS_COLUMNS = Prisma.sql`SELECT "agencyId", "kind", "taskId", "occurrence", "status", "onTime", "receipt",
  "reviewComment", "receivedAt" FROM "Submission" WHERE "status" IN (${Prisma.join(LIVE_STATUSES)})`;

/**
 * Live submissions as progress reads them: one agency's (read on every list, so raw SQL: Prisma's query
 * building cost more than the query), or everyone's.
 */
export async function progressRows(db: Db, agencyId?: string): Promise<ProgressRow[]> {
  const rows = agencyId
    ? await db.$queryRaw<RawProgressRow[]>`${PROGRESS_COLUMNS} AND "agencyId" = ${agencyId} ORDER BY "id"`
    : await db.$queryRaw<RawProgressRow[]>`${PROGRESS_COLUMNS} ORDER BY "id"`;
  // Both drivers' own types: SQLite gives 0/1 and stored instants, PostgreSQL booleans and Dates.
  return rows.map((r) => ({
    ...r,
    taskId: r.taskId === null ? null : Number(r.taskId),
    onTime: Boolean(r.onTime),
    receivedAt: r.receivedAt instanceof Date ? r.receivedAt : new Date(r.receivedAt),
  }));
}

/** Whether an agency has reported on one occurrence of a task (a returned report does not count). */
export async function occurrenceReported(db: Db, agencyId: string, taskId: number, due: string): Promise<boolean> {
  const n = await db.submission.count({ where: { agencyId, taskId, occurrence: due, status: { in: SENT_STATUSES } } });
  return n > 0;
}
