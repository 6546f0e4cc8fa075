-- AlterTable
ALTER TABLE "RotationSlot" ADD COLUMN     "taskId" INTEGER,
ADD COLUMN     "wording" TEXT NOT NULL DEFAULT '';

-- AddForeignKey
ALTER TABLE "RotationSlot" ADD CONSTRAINT "RotationSlot_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A rota's task is found in the plan's file (the footnote mark its lead cell carries): plans with a rota are read
-- again by the next import, which attaches their slots.
UPDATE "Plan" SET "sourceHash" = '' WHERE "id" IN (SELECT "planId" FROM "RotationSlot");
