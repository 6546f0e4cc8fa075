import type { Db } from "../db/client.js";
import type { UserRole } from "../db/user-repo.js";
import type { ChannelName } from "./types.js";

/**
 * Links a channel account to an agency and role directly (the console's
 * `--as`, an operator's own terminal): no invite involved.
 */
export async function ensureLinkedAccount(
  db: Db,
  channel: ChannelName,
  externalId: string,
  agencyId: string | null,
  role: UserRole,
  displayName: string,
): Promise<number> {
  const existing = await db.chatAccount.findUnique({ where: { channel_externalId: { channel, externalId } } });
  if (existing) {
    await db.user.update({ where: { id: existing.userId }, data: { agencyId, role, status: "active" } });
    return existing.userId;
  }
  const account = await db.chatAccount.create({
    data: {
      channel,
      externalId,
      chatId: externalId,
      user: { create: { displayName, agencyId, role, status: "active" } },
    },
  });
  return account.userId;
}
