-- AlterTable
ALTER TABLE "LinkCode" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "misses" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pendingAccountId" INTEGER;

-- CreateTable
CREATE TABLE "CodeGuess" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CodeGuess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CodeGuess_accountId_at_idx" ON "CodeGuess"("accountId", "at");

-- CreateIndex
CREATE INDEX "LinkCode_userId_idx" ON "LinkCode"("userId");
