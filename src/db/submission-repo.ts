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
