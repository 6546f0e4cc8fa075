import { randomInt } from "node:crypto";
import type { Db } from "./client.js";
import type { UserRole } from "./user-repo.js";

// No 0/O, 1/I/L: codes are read aloud and typed on phones.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const INVITE_CODE = /^[A-Z2-9]{8}$/;

/** Eight characters with at least one digit, so a code sent on its own is never mistaken for a word. */
export function newInviteCode(): string {
  for (;;) {
    const code = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    if (/\d/.test(code)) return code;
  }
}

export async function createInvite(db: Db, agencyId: string, role: UserRole, now: Date, ttlDays: number) {
  for (;;) {
    const code = newInviteCode();
    try {
      return await db.invite.create({
        data: { code, agencyId, role, createdAt: now, expiresAt: new Date(now.getTime() + ttlDays * 86_400_000) },
        include: { agency: { select: { name: true } } },
      });
    } catch (e) {
      if (!/Unique constraint/i.test(String(e))) throw e;
    }
  }
}

export type RedeemResult =
  | { ok: true; agencyId: string; agencyName: string; role: UserRole }
  | { ok: false; reason: "unknown" | "used" | "expired" };

/** Uses an invite for a user, once: a second use (a replay) is refused. */
export async function redeemInvite(db: Db, code: string, userId: number, now: Date): Promise<RedeemResult> {
  const normalised = code.trim().toUpperCase();
  if (!INVITE_CODE.test(normalised)) return { ok: false, reason: "unknown" };
  const invite = await db.invite.findUnique({
    where: { code: normalised },
    include: { agency: { select: { name: true } } },
  });
  if (!invite) return { ok: false, reason: "unknown" };
  if (invite.usedAt) return { ok: false, reason: "used" };
  if (invite.expiresAt <= now) return { ok: false, reason: "expired" };
  // Conditional update: of two simultaneous uses only one changes a row.
  const claimed = await db.invite.updateMany({
    where: { code: normalised, usedAt: null },
    data: { usedAt: now, usedById: userId },
  });
  if (claimed.count !== 1) return { ok: false, reason: "used" };
  await db.user.update({
    where: { id: userId },
    data: { agencyId: invite.agencyId, role: invite.role, status: "active" },
  });
  return { ok: true, agencyId: invite.agencyId, agencyName: invite.agency.name, role: invite.role as UserRole };
}
