import { createHash, randomBytes } from "node:crypto";
import type { Db } from "./client.js";

const SECRET_KEY = "board.secret";
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new one-time board link for a user: the token to put in the URL (only its hash is stored). */
export async function createBoardLink(db: Db, userId: number, now: Date, ttlMs: number): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db.boardLink.create({
    data: { tokenHash: hashOf(token), userId, createdAt: now, expiresAt: new Date(now.getTime() + ttlMs) },
  });
  return token;
}

export type Redeemed = { ok: true; userId: number } | { ok: false; reason: "unknown" | "used" | "expired" };

/** Uses a link once: the first request that presents it wins, any later one (or a late one) is refused. */
export async function redeemBoardLink(db: Db, token: string, now: Date): Promise<Redeemed> {
  const tokenHash = hashOf(token);
  const taken = await db.boardLink.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  const link = await db.boardLink.findUnique({ where: { tokenHash } });
  if (!link) return { ok: false, reason: "unknown" };
  if (taken.count === 1) return { ok: true, userId: link.userId };
  return { ok: false, reason: link.usedAt ? "used" : "expired" };
}

/** The key board cookies are signed with: configured, or made once and kept in the database for every instance. */
export async function boardSecret(db: Db, configured?: string): Promise<string> {
  if (configured) return configured;
  const made = randomBytes(32).toString("base64url");
  await db.meta.upsert({ where: { key: SECRET_KEY }, create: { key: SECRET_KEY, value: made }, update: {} });
  return (await db.meta.findUniqueOrThrow({ where: { key: SECRET_KEY } })).value;
}
