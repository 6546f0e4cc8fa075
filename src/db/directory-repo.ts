import { createHash } from "node:crypto";
import { fold } from "../domain/text.js";
import { groupMembers, namesOf, shippedJurisdictions, type Jurisdiction } from "../directory/index.js";
import { bumpCatalogVersion } from "./catalog-repo.js";
import type { Db } from "./client.js";

const HASH_KEY = "directory.hash";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const hashOf = (j: Jurisdiction) => createHash("sha256").update(JSON.stringify(j)).digest("hex");

export interface StoredDirectory {
  jurisdiction: Jurisdiction;
  origin: "shipped" | "imported";
  file: string;
  loadedAt: Date;
}

/** Every jurisdiction's directory as loaded, in id order. */
export async function storedDirectories(db: Pick<Db, "directorySource">): Promise<StoredDirectory[]> {
  const rows = await db.directorySource.findMany({ orderBy: { jurisdiction: "asc" } });
  return rows.map((r) => ({
    jurisdiction: JSON.parse(r.body) as Jurisdiction,
    origin: r.origin === "imported" ? "imported" : "shipped",
    file: r.file,
    loadedAt: r.loadedAt,
  }));
}

export async function storedJurisdictions(db: Pick<Db, "directorySource">): Promise<Jurisdiction[]> {
  return (await storedDirectories(db)).map((d) => d.jurisdiction);
}

function saveSource(db: Pick<Db, "directorySource">, j: Jurisdiction, origin: string, file: string) {
  const data = { name: j.name, origin, file, body: JSON.stringify(j), hash: hashOf(j), loadedAt: new Date() };
  return db.directorySource.upsert({
    where: { jurisdiction: j.id },
    create: { jurisdiction: j.id, ...data },
    update: data,
  });
}

/**
 * Brings the agency tables up to the directories: the shipped ones unless an administrator imported their own for
 * that jurisdiction. Agencies and groups no longer listed are marked inactive, never deleted (submissions and
 * progress keep pointing at them). Returns true if it wrote.
 */
export async function syncDirectory(db: Db, shipped: Jurisdiction[] = shippedJurisdictions()): Promise<boolean> {
  // Run by every command and start-up: the sources' hashes first, their bodies only when the tables must change.
  const sources = () =>
    db.directorySource.findMany({
      orderBy: { jurisdiction: "asc" },
      select: { jurisdiction: true, origin: true, hash: true },
    });
  let rows = await sources();
  const stored = new Map(rows.map((r) => [r.jurisdiction, r]));
  let saved = false;
  for (const j of shipped) {
    const row = stored.get(j.id);
    if (row && (row.origin !== "shipped" || row.hash === hashOf(j))) continue;
    await saveSource(db, j, "shipped", `${j.id}.csv`);
    saved = true;
  }
  if (saved) rows = await sources();
  const hash = createHash("sha256")
    .update(rows.map((r) => r.hash).join(","))
    .digest("hex");
  const current = await db.meta.findUnique({ where: { key: HASH_KEY } });
  if (current?.value === hash) return false;
  const jurisdictions = await storedJurisdictions(db);
  await db.$transaction(async (tx) => {
    await writeTables(tx, jurisdictions);
    await tx.meta.upsert({ where: { key: HASH_KEY }, create: { key: HASH_KEY, value: hash }, update: { value: hash } });
    await bumpCatalogVersion(tx);
  });
  return true;
}

/** Stores an administrator's directory for its jurisdiction (it then wins over the shipped one) and applies it. */
export async function saveImportedDirectory(db: Db, j: Jurisdiction, file: string): Promise<void> {
  await saveSource(db, j, "imported", file);
  await syncDirectory(db);
}

async function writeTables(tx: Tx, jurisdictions: Jurisdiction[]): Promise<void> {
  const ids = jurisdictions.map((j) => j.id);
  const agencies = jurisdictions.flatMap((j) => j.agencies);
  const groups = jurisdictions.flatMap((j) => j.groups);
  for (const a of agencies) {
    const data = {
      name: a.name,
      shortName: a.shortName ?? null,
      kind: a.kind,
      jurisdiction: a.jurisdiction,
      active: true,
    };
    await tx.agency.upsert({ where: { id: a.id }, create: { id: a.id, ...data }, update: data });
  }
  // Only the jurisdictions a directory covers: agencies made elsewhere (the benchmark's) are not ours to retire.
  const gone = { jurisdiction: { in: ids }, id: { notIn: agencies.map((a) => a.id) } };
  await tx.agency.updateMany({ where: gone, data: { active: false } });
  for (const a of agencies) await tx.agency.update({ where: { id: a.id }, data: { parentId: a.parent ?? null } });
  await tx.agencyAlias.deleteMany({ where: { agency: { jurisdiction: { in: ids } } } });
  const aliasRows = agencies.flatMap((a) => {
    const names = new Map(namesOf(a, { search: true }).map((n) => [fold(n), n]));
    return [...names].map(([folded, alias]) => ({ agencyId: a.id, alias, folded }));
  });
  await tx.agencyAlias.createMany({ data: aliasRows });
  for (const g of groups) {
    const data = { name: g.name, jurisdiction: g.jurisdiction, active: true };
    await tx.agencyGroup.upsert({ where: { id: g.id }, create: { id: g.id, ...data }, update: data });
  }
  await tx.agencyGroup.updateMany({
    where: { jurisdiction: { in: ids }, id: { notIn: groups.map((g) => g.id) } },
    data: { active: false },
  });
  await tx.agencyGroupMember.deleteMany({ where: { group: { jurisdiction: { in: ids } } } });
  await tx.agencyGroupMember.createMany({
    data: groups.flatMap((g) => groupMembers(g, agencies).map((agencyId) => ({ groupId: g.id, agencyId }))),
  });
}

/** Agency names by id (for the ids given; all agencies when none are). */
export async function agencyNames(db: Db, ids?: string[]): Promise<Map<string, string>> {
  const rows = await db.agency.findMany({
    ...(ids ? { where: { id: { in: ids } } } : {}),
    select: { id: true, name: true },
  });
  return new Map(rows.map((a) => [a.id, a.name]));
}

/** An agency's id and short name (receipts start with it). */
export function agencyShort(db: Db, id: string) {
  return db.agency.findUniqueOrThrow({ where: { id }, select: { id: true, shortName: true } });
}

/** Who each loaded plan of a jurisdiction names, with the words it used: to check them against a new directory. */
export async function planAddressees(db: Db, jurisdiction: string) {
  const rows = await db.taskAssignment.findMany({
    where: { task: { plan: { jurisdiction } } },
    select: {
      role: true,
      phrase: true,
      agencyId: true,
      groupId: true,
      task: { select: { key: true, planId: true } },
    },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({
    planId: r.task.planId,
    key: r.task.key,
    role: r.role,
    phrase: r.phrase,
    target: r.agencyId ? { type: "agency" as const, id: r.agencyId } : { type: "group" as const, id: r.groupId ?? "" },
  }));
}

/** Every agency in the tables, inactive ones included (a directory file no longer lists them). */
export function listAgencies(db: Db) {
  return db.agency.findMany({
    orderBy: [{ jurisdiction: "asc" }, { id: "asc" }],
    select: { id: true, name: true, shortName: true, kind: true, jurisdiction: true, parentId: true, active: true },
  });
}
