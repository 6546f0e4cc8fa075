-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "deferReason" TEXT,
ADD COLUMN     "file" TEXT,
ADD COLUMN     "hint" TEXT;

-- Messages held for an absent recipient were marked by their error text until now.
UPDATE "OutboxMessage" SET "deferReason" = 'away' WHERE "state" = 'pending' AND "lastError" = 'recipient away';
