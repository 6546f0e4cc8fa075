import type { ChannelName } from "../domain/account.js";
import type { Db } from "./client.js";
import { clip, stripControls } from "../domain/text.js";

export { ROLES, type Account, type AccountState, type UserRole, type UserStatus } from "../domain/account.js";
import type { Account, AccountState, UserRole, UserStatus } from "../domain/account.js";

const include = { user: { include: { agency: { select: { name: true } } } } } as const;

function toAccount(row: {
  id: number;
  channel: string;
  externalId: string;
  chatId: string;
  state: string;
  user: {
    id: number;
    displayName: string;
    agencyId: string | null;
    role: string;
    status: string;
    locale: string;
    agency: { name: string } | null;
  };
}): Account {
  let state: AccountState = {};
  try {
    state = JSON.parse(row.state) as AccountState;
  } catch {
    state = {};
  }
  return {
    id: row.id,
    channel: row.channel as ChannelName,
    externalId: row.externalId,
    chatId: row.chatId,
    state,
    user: {
      id: row.user.id,
      displayName: row.user.displayName,
      agencyId: row.user.agencyId,
      agencyName: row.user.agency?.name ?? null,
      role: row.user.role as UserRole,
      status: row.user.status as UserStatus,
      locale: row.user.locale,
    },
  };
}

interface AccountRow {
  id: number;
  chatId: string;
  state: string;
  active: boolean | number;
  userId: number;
  displayName: string;
  agencyId: string | null;
  role: string;
  status: string;
  locale: string;
  agencyName: string | null;
}

/**
 * Read on every message, so one joined query (the same SQL on SQLite and
 * PostgreSQL) instead of one per relation.
 */
async function findAccount(db: Db, channel: ChannelName, externalId: string): Promise<AccountRow | null> {
  const rows = await db.$queryRaw<AccountRow[]>`
    SELECT a."id", a."chatId", a."state", a."active", u."id" AS "userId", u."displayName", u."agencyId",
      u."role", u."status", u."locale", g."name" AS "agencyName"
    FROM "ChatAccount" a JOIN "User" u ON u."id" = a."userId" LEFT JOIN "Agency" g ON g."id" = u."agencyId"
    WHERE a."channel" = ${channel} AND a."externalId" = ${externalId}`;
  const row = rows[0];
  return row ? { ...row, id: Number(row.id), userId: Number(row.userId) } : null;
}

/** The account behind a chat message, created (with a new, unlinked user) on first contact. */
export async function accountFor(
  db: Db,
  channel: ChannelName,
  externalId: string,
  chatId: string,
  displayName = "",
  locale = "vi",
): Promise<Account> {
  const found = await findAccount(db, channel, externalId);
  if (found) {
    if (found.chatId !== chatId || !found.active)
      await db.chatAccount.update({ where: { id: found.id }, data: { chatId, active: true } });
    const { userId, displayName: name, agencyId, role, status, locale: lang, agencyName } = found;
    return toAccount({
      id: found.id,
      channel,
      externalId,
      chatId,
      state: found.state,
      user: {
        id: userId,
        displayName: name,
        agencyId,
        role,
        status,
        locale: lang,
        agency: agencyName === null ? null : { name: agencyName },
      },
    });
  }
  try {
    const created = await db.chatAccount.create({
      data: {
        channel,
        externalId,
        chatId,
        user: { create: { displayName: clip(stripControls(displayName), 100), locale } },
      },
      include,
    });
    return toAccount(created);
  } catch {
    // Two first messages at once: the other one created it.
    const again = await db.chatAccount.findUniqueOrThrow({
      where: { channel_externalId: { channel, externalId } },
      include,
    });
    return toAccount(again);
  }
}

export async function saveState(db: Db, accountId: number, state: AccountState): Promise<void> {
  await db.$executeRaw`UPDATE "ChatAccount" SET "state" = ${JSON.stringify(state)} WHERE "id" = ${accountId}`;
}

export async function updateUser(
  db: Db,
  userId: number,
  data: { agencyId?: string | null; role?: UserRole; status?: UserStatus; locale?: string; displayName?: string },
): Promise<void> {
  await db.user.update({ where: { id: userId }, data });
}

export async function activeAdmins(db: Db): Promise<number[]> {
  return (await db.user.findMany({ where: { role: "admin", status: "active" }, select: { id: true } })).map(
    (u) => u.id,
  );
}

/** Where to reach a user (or one chat account, whoever it now belongs to), and in which language. */
export async function accountsOf(
  db: Db,
  userId: number,
  accountId?: number,
): Promise<{ locale: string; accounts: { channel: string; chatId: string }[] }> {
  if (accountId !== undefined) {
    const a = await db.chatAccount.findUnique({
      where: { id: accountId },
      select: { channel: true, chatId: true, active: true, user: { select: { locale: true } } },
    });
    return { locale: a?.user.locale ?? "vi", accounts: a?.active ? [{ channel: a.channel, chatId: a.chatId }] : [] };
  }
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { locale: true, accounts: { where: { active: true }, select: { channel: true, chatId: true } } },
  });
  return { locale: user?.locale ?? "vi", accounts: user?.accounts ?? [] };
}

export async function listUsers(db: Db, status?: UserStatus) {
  const users = await db.user.findMany({
    where: status ? { status } : {},
    orderBy: { id: "asc" },
    include: { agency: { select: { name: true } }, accounts: { select: { channel: true, externalId: true } } },
  });
  return users.map((u) => ({
    id: u.id,
    displayName: u.displayName,
    agency: u.agency?.name ?? null,
    agencyId: u.agencyId,
    role: u.role,
    status: u.status,
    accounts: u.accounts.map((a) => `${a.channel}:${a.externalId}`),
  }));
}

export async function findUser(db: Db, userId: number) {
  return db.user.findUnique({ where: { id: userId }, include: { agency: { select: { name: true } } } });
}
