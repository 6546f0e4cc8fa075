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
