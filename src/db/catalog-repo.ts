import { getOrInsert } from "../domain/collections.js";
import type { Deadline } from "../domain/deadline/types.js";
import type { Jurisdiction } from "../directory/types.js";
import type { Database, Db } from "./client.js";
import type { TaskDetail } from "./task-repo.js";

export const CATALOG_VERSION_KEY = "catalog.version";

/** Marks the plans as changed, so every process reloads its catalog. */
export async function bumpCatalogVersion(db: Pick<Db, "meta">): Promise<void> {
  const value = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await db.meta.upsert({
    where: { key: CATALOG_VERSION_KEY },
    create: { key: CATALOG_VERSION_KEY, value },
    update: { value },
  });
}

/** A stored task with what the lists and the detail view show (the detail minus who, which is built on opening). */
export interface CatalogTask extends Omit<TaskDetail, "lead" | "support" | "children"> {
  /** The plan's year: what its recurrences and milestones are owed in. */
  planYear: number;
  sectionId: number;
  parentCode: string | null;
  ordinal: number;
}

export interface CatalogAssignment {
  taskId: number;
  role: string;
  agencyId: string | null;
  groupId: string | null;
}

/** Everything the in-memory task catalog is built from. */
export interface CatalogRows {
  /** Headings included, in plan order. */
  tasks: CatalogTask[];
  assignments: CatalogAssignment[];
  members: { groupId: string; agencyId: string }[];
  agencies: Map<string, string>;
  groups: Map<string, string>;
  /** Posting-rota slots attached to a task: who owes it in which month. */
  rota: RotaRow[];
  /** The directories loaded, for finding the agency a person types. */
  jurisdictions: Jurisdiction[];
}

export interface RotaRow {
  taskId: number;
  agencyId: string;
  year: number;
  month: number;
  wording: string;
}

export interface CatalogSource {
  /** The stamp imports write; a different value means the plans changed. */
  version(): Promise<string | null>;
  rows(): Promise<CatalogRows>;
}

type TaskTuple = [
  number,
  string,
  number,
  string,
  string,
  boolean | number,
  string | null,
  number,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  number,
];

const TASKS = `SELECT "id", "planId", "sectionId", "key", "code", "isHeading", "parentCode", "ordinal", "title",
  "context", "product", "leadText", "supportText", "agencyNotes", "deadline", "sourceLine" FROM "Task"`;

/** Reads the catalog through the raw driver (see BulkReader for why). */
export function catalogSource(db: Pick<Database, "client" | "bulk">): CatalogSource {
  return {
    version: async () => (await db.client.meta.findUnique({ where: { key: CATALOG_VERSION_KEY } }))?.value ?? null,
    rows: async () => {
      const [tasks, assignments, members, plans, sections, agencies, groups, rota, directories] = await db.bulk.read(
        (rows) =>
          Promise.all([
            rows<TaskTuple>(TASKS),
            rows<[number, string, string | null, string | null]>(
              `SELECT "taskId", "role", "agencyId", "groupId" FROM "TaskAssignment" ORDER BY "id"`,
            ),
            rows<[string, string]>(`SELECT "groupId", "agencyId" FROM "AgencyGroupMember"`),
            rows<[string, string, number]>(`SELECT "id", "title", "year" FROM "Plan"`),
            rows<[number, string, string]>(`SELECT "id", "code", "title" FROM "Section"`),
            rows<[string, string, boolean | number]>(`SELECT "id", "name", "active" FROM "Agency"`),
            rows<[string, string]>(`SELECT "id", "name" FROM "AgencyGroup"`),
            rows<[number, string, number, number, string]>(
              `SELECT "taskId", "agencyId", "year", "month", "wording" FROM "RotationSlot" WHERE "taskId" IS NOT NULL`,
            ),
            rows<[string]>(`SELECT "body" FROM "DirectorySource" ORDER BY "jurisdiction"`),
          ]),
      );
      // An agency gone from the directory keeps its history but owes nothing: it is nobody's addressee any more.
      const retired = new Set(agencies.filter(([, , active]) => !active).map(([id]) => id));
      // Drivers return a new string per row: ids repeated across thousands of rows share one copy.
      const shared = new Map<string, string>();
      const one = <S extends string | null>(s: S): S => {
        if (s === null) return s;
        const known = shared.get(s);
        if (known !== undefined) return known as S;
        shared.set(s, s);
        return s;
      };
      const planTitle = new Map(plans.map(([id, title]) => [id, title]));
      const planYear = new Map(plans.map(([id, , year]) => [id, Number(year)]));
      const section = new Map(sections.map(([id, code, title]) => [id, { code, title }]));
      // Many tasks share a deadline ("Hàng quý"): one parsed object each, never modified.
      const deadlines = new Map<string, Deadline>();
      const parsed = (json: string) => {
        return getOrInsert(deadlines, json, () => JSON.parse(json) as Deadline);
      };
      const out = tasks.map(
        ([
          id,
          planId,
          sectionId,
          key,
          code,
          isHeading,
          parentCode,
          ordinal,
          title,
          context,
          product,
          leadText,
          supportText,
          agencyNotes,
          deadline,
          sourceLine,
        ]): CatalogTask => ({
          id,
          planId: one(planId),
          planTitle: planTitle.get(planId) ?? planId,
          planYear: planYear.get(planId) ?? 0,
          sectionId,
          section: section.get(sectionId) ?? { code: "", title: "" },
          key,
          code,
          isHeading: Boolean(isHeading),
          parentCode,
          ordinal,
          title,
          context,
          product,
          leadText,
          supportText,
          agencyNotes,
          deadline: parsed(deadline),
          sourceLine,
        }),
      );
      // Sorted here, not in SQL: PostgreSQL's collation would order plan ids differently from SQLite's.
      out.sort((a, b) => (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : a.ordinal - b.ordinal));
      return {
        tasks: out,
        assignments: assignments
          .filter(([, , agencyId]) => !agencyId || !retired.has(agencyId))
          .map(([taskId, role, agencyId, groupId]) => ({
            taskId,
            role: one(role),
            agencyId: one(agencyId),
            groupId: one(groupId),
          })),
        members: members.map(([groupId, agencyId]) => ({ groupId: one(groupId), agencyId: one(agencyId) })),
        agencies: new Map(agencies.map(([id, name]) => [id, name])),
        groups: new Map(groups),
        rota: rota
          .filter(([, agencyId]) => !retired.has(agencyId))
          .map(([taskId, agencyId, year, month, wording]) => ({
            taskId,
            agencyId,
            year: Number(year),
            month: Number(month),
            wording,
          })),
        jurisdictions: directories.map(([body]) => JSON.parse(body) as Jurisdiction),
      };
    },
  };
}
