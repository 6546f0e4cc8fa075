-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "duplicateOf" TEXT,
ADD COLUMN     "occurrence" TEXT;

-- CreateIndex
CREATE INDEX "Submission_agencyId_taskId_occurrence_idx" ON "Submission"("agencyId", "taskId", "occurrence");

-- Existing submissions attach to their occurrence: the due date they were judged against.
UPDATE "Submission" SET "occurrence" = "dueDate" WHERE "occurrence" IS NULL;
