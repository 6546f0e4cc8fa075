import { createHmac, timingSafeEqual } from "node:crypto";

export const SESSION_COOKIE = "cchc_board";
export const SESSION_MS = 8 * 3600_000;

const sign = (secret: string, body: string) => createHmac("sha256", secret).update(body).digest("base64url");

/** A login cookie's value: the user and when it ends, signed, so any instance can check it without a lookup. */
export function sessionValue(secret: string, userId: number, now: Date): string {
  const body = `${userId}.${now.getTime() + SESSION_MS}`;
  return `${body}.${sign(secret, body)}`;
}

/** The user a cookie was issued to, or null if it is forged, damaged or over. */
export function sessionUser(secret: string, value: string | undefined, now: Date): number | null {
  const m = /^(\d{1,12})\.(\d{1,15})\.([\w-]{43})$/.exec(value ?? "");
  if (!m) return null;
  const expected = Buffer.from(sign(secret, `${m[1]}.${m[2]}`));
  const given = Buffer.from(m[3]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Number(m[2]) > now.getTime() ? Number(m[1]) : null;
}
