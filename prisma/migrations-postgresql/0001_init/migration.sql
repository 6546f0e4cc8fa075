-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "parentId" TEXT,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyAlias" (
    "id" SERIAL NOT NULL,
    "agencyId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "folded" TEXT NOT NULL,

    CONSTRAINT "AgencyAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyGroup" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,

    CONSTRAINT "AgencyGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyGroupMember" (
    "groupId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,

    CONSTRAINT "AgencyGroupMember_pkey" PRIMARY KEY ("groupId","agencyId")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,
    "report" TEXT NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" SERIAL NOT NULL,
    "planId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" SERIAL NOT NULL,
    "planId" TEXT NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "isHeading" BOOLEAN NOT NULL DEFAULT false,
    "parentCode" TEXT,
    "ordinal" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "context" TEXT NOT NULL DEFAULT '',
    "product" TEXT NOT NULL DEFAULT '',
    "leadText" TEXT NOT NULL DEFAULT '',
    "supportText" TEXT NOT NULL DEFAULT '',
    "agencyNotes" TEXT NOT NULL DEFAULT '',
    "deadlineText" TEXT NOT NULL DEFAULT '',
    "deadlineKind" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "firstDue" TEXT,
    "lastDue" TEXT,
    "sourceLine" INTEGER NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskAssignment" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "agencyId" TEXT,
    "groupId" TEXT,
    "phrase" TEXT NOT NULL,

    CONSTRAINT "TaskAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RotationSlot" (
    "id" SERIAL NOT NULL,
    "planId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "agencyId" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,

    CONSTRAINT "RotationSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "Meta_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AgencyAlias_folded_idx" ON "AgencyAlias"("folded");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyAlias_agencyId_folded_key" ON "AgencyAlias"("agencyId", "folded");

-- CreateIndex
CREATE INDEX "AgencyGroupMember_agencyId_idx" ON "AgencyGroupMember"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "Section_planId_code_key" ON "Section"("planId", "code");

-- CreateIndex
CREATE INDEX "Task_planId_code_idx" ON "Task"("planId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Task_planId_key_key" ON "Task"("planId", "key");

-- CreateIndex
CREATE INDEX "TaskAssignment_taskId_idx" ON "TaskAssignment"("taskId");

-- CreateIndex
CREATE INDEX "TaskAssignment_agencyId_idx" ON "TaskAssignment"("agencyId");

-- CreateIndex
CREATE INDEX "TaskAssignment_groupId_idx" ON "TaskAssignment"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "RotationSlot_planId_year_month_agencyId_key" ON "RotationSlot"("planId", "year", "month", "agencyId");

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyAlias" ADD CONSTRAINT "AgencyAlias_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyGroupMember" ADD CONSTRAINT "AgencyGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "AgencyGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyGroupMember" ADD CONSTRAINT "AgencyGroupMember_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "AgencyGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationSlot" ADD CONSTRAINT "RotationSlot_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationSlot" ADD CONSTRAINT "RotationSlot_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
