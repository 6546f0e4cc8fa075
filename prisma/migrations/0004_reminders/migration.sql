-- AlterTable
ALTER TABLE "User" ADD COLUMN "awayUntil" DATETIME;
ALTER TABLE "User" ADD COLUMN "standInId" INTEGER;

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dedupeKey" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "stageOrder" INTEGER NOT NULL DEFAULT 0,
    "agencyId" TEXT,
    "taskId" INTEGER,
    "year" INTEGER,
    "quarter" INTEGER,
    "dueDate" TEXT,
    "text" TEXT NOT NULL,
    "buttons" TEXT NOT NULL DEFAULT '[]',
    "sendAfter" DATETIME NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedBy" TEXT,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Mute" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,
    CONSTRAINT "Mute_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_state_sendAfter_idx" ON "OutboxMessage"("state", "sendAfter");

-- CreateIndex
CREATE INDEX "OutboxMessage_accountId_subject_idx" ON "OutboxMessage"("accountId", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "Mute_userId_scope_key" ON "Mute"("userId", "scope");
