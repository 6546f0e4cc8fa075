-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RotationSlot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "agencyId" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,
    "taskId" INTEGER,
    "wording" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "RotationSlot_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RotationSlot_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RotationSlot_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_RotationSlot" ("agencyId", "id", "month", "phrase", "planId", "year") SELECT "agencyId", "id", "month", "phrase", "planId", "year" FROM "RotationSlot";
DROP TABLE "RotationSlot";
ALTER TABLE "new_RotationSlot" RENAME TO "RotationSlot";
CREATE UNIQUE INDEX "RotationSlot_planId_year_month_agencyId_key" ON "RotationSlot"("planId", "year", "month", "agencyId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- A rota's task is found in the plan's file (the footnote mark its lead cell carries): plans with a rota are read
-- again by the next import, which attaches their slots.
UPDATE "Plan" SET "sourceHash" = '' WHERE "id" IN (SELECT "planId" FROM "RotationSlot");
