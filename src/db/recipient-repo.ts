import type { Db } from "./client.js";

/** Someone reminders may reach, with the chat accounts they chose for them. */
export interface Recipient {
  userId: number;
  name: string;
  role: string;
  locale: string;
  awayUntil: Date | null;
  standInId: number | null;
  accounts: { id: number; channel: string; chatId: string }[];
}

const select = {
  id: true,
  displayName: true,
  role: true,
  locale: true,
  agencyId: true,
  awayUntil: true,
  standInId: true,
  notifyChannels: true,
  accounts: { where: { active: true }, select: { id: true, channel: true, chatId: true } },
} as const;

/** Focal points and leaders of these agencies, and whoever stands in for them, by agency. */
export async function recipientsByAgency(db: Db, agencyIds: string[]): Promise<Map<string, Recipient[]>> {
  // Reminders go to focal points and leaders; other officials only as someone's stand-in.
  const users = await db.user.findMany({
    where: { status: "active", agencyId: { in: agencyIds }, role: { in: ["focal", "leader"] } },
    select,
  });
  const loaded = new Set(users.map((u) => u.id));
  const standIns = [
    ...new Set(users.map((u) => u.standInId).filter((id): id is number => id !== null && !loaded.has(id))),
  ];
  if (standIns.length)
    users.push(...(await db.user.findMany({ where: { status: "active", id: { in: standIns } }, select })));
  const out = new Map<string, Recipient[]>();
  for (const u of users) {
    const list = out.get(u.agencyId!) ?? [];
    // Reminders go where the person chose (all their chat apps by default).
    const accounts = u.notifyChannels === "all" ? u.accounts : u.accounts.filter((a) => a.channel === u.notifyChannels);
    list.push({
      userId: u.id,
      name: u.displayName,
      role: u.role,
      locale: u.locale,
      awayUntil: u.awayUntil,
      standInId: u.standInId,
      accounts: accounts.length ? accounts : u.accounts,
    });
    out.set(u.agencyId!, list);
  }
  return out;
}

/** Active reviewers and their chat accounts (for the daily digest). */
export async function reviewersWithAccounts(db: Db) {
  return db.user.findMany({
    where: { role: "reviewer", status: "active" },
    select: {
      id: true,
      displayName: true,
      locale: true,
      accounts: { where: { active: true }, select: { id: true, channel: true, chatId: true } },
    },
  });
}

/** The names of the active focal points of these agencies. */
export async function focalNames(db: Db, agencyIds: string[]): Promise<{ agencyId: string | null; name: string }[]> {
  const rows = await db.user.findMany({
    where: { role: "focal", status: "active", agencyId: { in: agencyIds } },
    select: { agencyId: true, displayName: true },
  });
  return rows.map((r) => ({ agencyId: r.agencyId, name: r.displayName }));
}

/** The person behind a console account, for ticking their digest alone. */
export async function consolePerson(
  db: Db,
  externalId: string,
): Promise<{ userId: number; agencyId: string | null } | null> {
  const a = await db.chatAccount.findFirst({
    where: { channel: "console", externalId, active: true, user: { status: "active" } },
    select: { user: { select: { id: true, agencyId: true } } },
  });
  return a ? { userId: a.user.id, agencyId: a.user.agencyId } : null;
}
