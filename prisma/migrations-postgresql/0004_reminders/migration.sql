-- AlterTable
ALTER TABLE "User" ADD COLUMN     "awayUntil" TIMESTAMP(3),
ADD COLUMN     "standInId" INTEGER;

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" SERIAL NOT NULL,
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
    "sendAfter" TIMESTAMP(3) NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mute" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,

    CONSTRAINT "Mute_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_state_sendAfter_idx" ON "OutboxMessage"("state", "sendAfter");

-- CreateIndex
CREATE INDEX "OutboxMessage_accountId_subject_idx" ON "OutboxMessage"("accountId", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "Mute_userId_scope_key" ON "Mute"("userId", "scope");

-- AddForeignKey
ALTER TABLE "Mute" ADD CONSTRAINT "Mute_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
