-- CreateTable
CREATE TABLE "DirectorySource" (
    "jurisdiction" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "loadedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agency" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "parentId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Agency" ("id", "jurisdiction", "kind", "name", "parentId", "shortName") SELECT "id", "jurisdiction", "kind", "name", "parentId", "shortName" FROM "Agency";
DROP TABLE "Agency";
ALTER TABLE "new_Agency" RENAME TO "Agency";
CREATE TABLE "new_AgencyGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO "new_AgencyGroup" ("id", "jurisdiction", "name") SELECT "id", "jurisdiction", "name" FROM "AgencyGroup";
DROP TABLE "AgencyGroup";
ALTER TABLE "new_AgencyGroup" RENAME TO "AgencyGroup";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
