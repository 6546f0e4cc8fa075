import { createHash } from "node:crypto";
import { fold } from "../domain/text.js";
import { groupMembers, jurisdictions } from "../directory/index.js";
import { bumpCatalogVersion } from "./catalog-repo.js";
import type { Db } from "./client.js";

const HASH_KEY = "directory.hash";

function directoryHash(): string {
  return createHash("sha256").update(JSON.stringify(jurisdictions)).digest("hex");
}

/** Writes the shipped agency directory into the database when it has changed. Returns true if it wrote. */
export async function syncDirectory(db: Db): Promise<boolean> {
  const hash = directoryHash();
  const current = await db.meta.findUnique({ where: { key: HASH_KEY } });
  if (current?.value === hash) return false;
  const agencies = jurisdictions.flatMap((j) => j.agencies);
  const groups = jurisdictions.flatMap((j) => j.groups);
  await db.$transaction(async (tx) => {
    for (const a of agencies) {
      const data = { name: a.name, shortName: a.shortName ?? null, kind: a.kind, jurisdiction: a.jurisdiction };
      await tx.agency.upsert({ where: { id: a.id }, create: { id: a.id, ...data }, update: data });
    }
    for (const a of agencies)
      if (a.parent) await tx.agency.update({ where: { id: a.id }, data: { parentId: a.parent } });
    await tx.agencyAlias.deleteMany({});
    const aliasRows = agencies.flatMap((a) => {
      const names = new Map<string, string>();
      for (const n of [a.name, ...(a.shortName ? [a.shortName] : []), ...a.aliases, ...(a.searchOnly ?? [])])
        names.set(fold(n), n);
      return [...names].map(([folded, alias]) => ({ agencyId: a.id, alias, folded }));
    });
    await tx.agencyAlias.createMany({ data: aliasRows });
    for (const g of groups) {
      await tx.agencyGroup.upsert({
        where: { id: g.id },
        create: { id: g.id, name: g.name, jurisdiction: g.jurisdiction },
        update: { name: g.name, jurisdiction: g.jurisdiction },
      });
    }
    await tx.agencyGroupMember.deleteMany({});
    await tx.agencyGroupMember.createMany({
      data: groups.flatMap((g) => groupMembers(g, agencies).map((agencyId) => ({ groupId: g.id, agencyId }))),
    });
    await tx.meta.upsert({ where: { key: HASH_KEY }, create: { key: HASH_KEY, value: hash }, update: { value: hash } });
    await bumpCatalogVersion(tx);
  });
  return true;
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
