-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "items" TEXT;
