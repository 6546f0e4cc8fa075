-- CreateTable
CREATE TABLE "CodeGuess" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "accountId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LinkCode" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "userId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "misses" INTEGER NOT NULL DEFAULT 0,
    "pendingAccountId" INTEGER,
    CONSTRAINT "LinkCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LinkCode" ("code", "expiresAt", "usedAt", "userId") SELECT "code", "expiresAt", "usedAt", "userId" FROM "LinkCode";
DROP TABLE "LinkCode";
ALTER TABLE "new_LinkCode" RENAME TO "LinkCode";
CREATE INDEX "LinkCode_userId_idx" ON "LinkCode"("userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CodeGuess_accountId_at_idx" ON "CodeGuess"("accountId", "at");
