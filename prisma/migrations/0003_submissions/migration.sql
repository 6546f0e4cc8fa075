-- CreateTable
CREATE TABLE "Submission" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "receipt" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "taskId" INTEGER,
    "contentType" TEXT NOT NULL,
    "fileName" TEXT,
    "filePath" TEXT,
    "sha256" TEXT,
    "size" INTEGER,
    "mimeType" TEXT,
    "body" TEXT,
    "title" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "dueDate" TEXT NOT NULL,
    "onTime" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'submitted',
    "submittedById" INTEGER,
    "channel" TEXT NOT NULL,
    "reviewerId" INTEGER,
    "reviewedAt" DATETIME,
    "reviewComment" TEXT,
    "replacesId" INTEGER,
    CONSTRAINT "Submission_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Submission_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Submission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Submission_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Submission_receipt_key" ON "Submission"("receipt");

-- CreateIndex
CREATE INDEX "Submission_agencyId_year_quarter_idx" ON "Submission"("agencyId", "year", "quarter");

-- CreateIndex
CREATE INDEX "Submission_year_quarter_kind_idx" ON "Submission"("year", "quarter", "kind");

-- CreateIndex
CREATE INDEX "Submission_sha256_idx" ON "Submission"("sha256");
