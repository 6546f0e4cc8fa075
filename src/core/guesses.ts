import { guessesSince, recordGuess } from "../db/link-repo.js";
import type { Turn } from "./context.js";

/** Wrong invite or link codes one chat account may type in an hour. */
export const GUESS_LIMIT = 5;
const WINDOW_MS = 3600_000;

/** Minutes until this account may try a code again, or 0 when it may now. */
export async function lockedMinutes(turn: Turn): Promise<number> {
  const now = turn.clock.now();
  const { count, first } = await guessesSince(turn.db, turn.account.id, new Date(now.getTime() - WINDOW_MS));
  if (count < GUESS_LIMIT || !first) return 0;
  return Math.max(1, Math.ceil((first.getTime() + WINDOW_MS - now.getTime()) / 60_000));
}

/** Records a wrong code (never the code itself) and logs it; returns the tries left this hour. */
export async function wrongCode(turn: Turn, kind: "invite" | "link"): Promise<number> {
  const now = turn.clock.now();
  await recordGuess(turn.db, turn.account.id, kind, now);
  turn.log?.info({ kind, channel: turn.account.channel, account: turn.account.id }, "wrong code typed");
  const { count } = await guessesSince(turn.db, turn.account.id, new Date(now.getTime() - WINDOW_MS));
  return Math.max(0, GUESS_LIMIT - count);
}
