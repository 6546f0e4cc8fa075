import { randomInt } from "node:crypto";
import type { Db } from "./client.js";

// Codes people type: no 0/O, 1/I/L. Eight characters of 31 are about 40 bits,
// and a code lives 15 minutes behind a limit of five wrong tries an hour per
// account: guessing one is out of reach.
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LINK_LENGTH = 8;

/** "ABCD-EFGH": how a link code is shown (typed with or without the dash, any case). */
export function formatLinkCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The code as stored, or null when what was typed cannot be one. */
export function normaliseLinkCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  return code.length === LINK_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

function newLinkCode(): string {
  return Array.from({ length: LINK_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

const live = (now: Date) => ({ usedAt: null, expiresAt: { gt: now } });

/** A fresh code for a user; any code they had before stops working. */
export async function issueLinkCode(db: Db, userId: number, now: Date, ttlMs: number): Promise<string> {
  await db.linkCode.updateMany({ where: { userId, ...live(now) }, data: { usedAt: now } });
  for (;;) {
    const code = newLinkCode();
    try {
      await db.linkCode.create({ data: { code, userId, createdAt: now, expiresAt: new Date(now.getTime() + ttlMs) } });
      return code;
    } catch (err) {
      if (!/Unique constraint/i.test(String(err))) throw err;
    }
  }
}

export interface LiveCode {
  code: string;
  userId: number;
  misses: number;
  pendingAccountId: number | null;
}

export async function findLiveCode(db: Db, code: string, now: Date): Promise<LiveCode | null> {
  return db.linkCode.findFirst({
    where: { code, ...live(now) },
    select: { code: true, userId: true, misses: true, pendingAccountId: true },
  });
}

/** The owner's live code that `accountId` typed and that waits for the owner's answer. */
export async function pendingCode(db: Db, ownerId: number, accountId: number, now: Date): Promise<LiveCode | null> {
  return db.linkCode.findFirst({
    where: { userId: ownerId, pendingAccountId: accountId, ...live(now) },
    select: { code: true, userId: true, misses: true, pendingAccountId: true },
  });
}

export async function markPending(db: Db, code: string, accountId: number): Promise<void> {
  await db.linkCode.update({ where: { code }, data: { pendingAccountId: accountId } });
}

/** Uses a code once: of two simultaneous uses only one succeeds. */
export async function consumeCode(db: Db, code: string, now: Date): Promise<boolean> {
  return (await db.linkCode.updateMany({ where: { code, usedAt: null }, data: { usedAt: now } })).count === 1;
}

/**
 * A wrong code was typed: every live code counts it (whichever one was being
 * guessed), and those that reach `limit` are burned. Returns their owners.
 */
export async function countMiss(db: Db, now: Date, limit: number): Promise<number[]> {
  await db.linkCode.updateMany({ where: live(now), data: { misses: { increment: 1 } } });
  const burned = await db.linkCode.findMany({
    where: { ...live(now), misses: { gte: limit } },
    select: { code: true, userId: true },
  });
  if (burned.length)
    await db.linkCode.updateMany({ where: { code: { in: burned.map((b) => b.code) } }, data: { usedAt: now } });
  return [...new Set(burned.map((b) => b.userId))];
}

export async function recordGuess(db: Db, accountId: number, kind: "invite" | "link", at: Date): Promise<void> {
  await db.codeGuess.create({ data: { accountId, kind, at } });
}

/** Wrong codes an account typed since `since`, and when the earliest of them was. */
export async function guessesSince(
  db: Db,
  accountId: number,
  since: Date,
): Promise<{ count: number; first: Date | null }> {
  const rows = await db.codeGuess.findMany({
    where: { accountId, at: { gt: since } },
    orderBy: { at: "asc" },
    select: { at: true },
  });
  return { count: rows.length, first: rows[0]?.at ?? null };
}

/** Moves a chat account to another user; the user it leaves, with no other account, is retired (history stays). */
export async function moveAccount(db: Db, accountId: number, toUserId: number): Promise<void> {
  const account = await db.chatAccount.findUniqueOrThrow({ where: { id: accountId }, select: { userId: true } });
  await db.chatAccount.update({ where: { id: accountId }, data: { userId: toUserId, state: "{}" } });
  if ((await db.chatAccount.count({ where: { userId: account.userId } })) === 0)
    await db.user.update({ where: { id: account.userId }, data: { status: "revoked" } });
}

/** Takes a chat account away from its user onto a new, unlinked identity ("that was not me"). */
export async function detachAccount(db: Db, accountId: number): Promise<void> {
  const account = await db.chatAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: { user: { select: { displayName: true } } },
  });
  const fresh = await db.user.create({ data: { displayName: account.user.displayName, status: "revoked" } });
  await db.chatAccount.update({ where: { id: accountId }, data: { userId: fresh.id, state: "{}" } });
}

export async function accountInfo(db: Db, accountId: number) {
  return db.chatAccount.findUnique({
    where: { id: accountId },
    select: { id: true, userId: true, channel: true, user: { select: { displayName: true } } },
  });
}

export async function userRole(db: Db, userId: number) {
  return db.user.findUnique({
    where: { id: userId },
    select: { role: true, status: true, displayName: true, agency: { select: { name: true } } },
  });
}
