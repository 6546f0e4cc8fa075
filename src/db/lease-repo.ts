import type { Db } from "./client.js";

/**
 * A lease in the database: one instance at a time holds it and renews it;
 * if that instance dies the lease runs out and another takes over. Used so
 * only one of several instances polls each chat platform.
 */
export async function tryAcquire(
  db: Db,
  name: string,
  holder: string,
  ttlMs: number,
  now = new Date(),
): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const renewed = await db.lease.updateMany({
    where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] },
    data: { holder, expiresAt },
  });
  if (renewed.count === 1) return true;
  try {
    await db.lease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch {
    return false; // someone else holds it
  }
}

export async function release(db: Db, name: string, holder: string): Promise<void> {
  await db.lease.deleteMany({ where: { name, holder } });
}
