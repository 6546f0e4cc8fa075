import type { ChannelName } from "../domain/account.js";
import type { Db } from "./client.js";
import { clip, stripControls } from "../domain/text.js";

export { ROLES, type Account, type AccountState, type UserRole, type UserStatus } from "../domain/account.js";
import { withoutOffer, type Account, type AccountState, type UserRole, type UserStatus } from "../domain/account.js";

const include = { user: { include: { agency: { select: { name: true, active: true } } } } } as const;

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
    agency: { name: string; active: boolean | number } | null;
  };
}): Account {
  const state = parseState(row.state);
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
      agencyActive: row.user.agency ? Boolean(row.user.agency.active) : true,
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
  agencyActive: boolean | number | null;
}

/**
 * Read on every message, so one joined query (the same SQL on SQLite and
 * PostgreSQL) instead of one per relation.
 */
async function findAccount(db: Db, channel: ChannelName, externalId: string): Promise<AccountRow | null> {
  const rows = await db.$queryRaw<AccountRow[]>`
    SELECT a."id", a."chatId", a."state", a."active", u."id" AS "userId", u."displayName", u."agencyId",
      u."role", u."status", u."locale", g."name" AS "agencyName", g."active" AS "agencyActive"
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
    const { userId, displayName: name, agencyId, role, status, locale: lang, agencyName, agencyActive } = found;
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
        agency: agencyName === null ? null : { name: agencyName, active: agencyActive ?? true },
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

/**
 * A push just shown numbered on a channel without buttons: its options become the ones a typed number or label
 * picks (what the person sees last is what "1" means). The rest of the state (a draft in progress) is kept.
 */
/** The options a chat account was offered by number since `since` (none when they were buttons, or older). */
export async function offeredOptions(
  db: Db,
  accountId: number,
  since: Date,
): Promise<NonNullable<AccountState["options"]>> {
  const row = await db.chatAccount.findUnique({ where: { id: accountId }, select: { state: true } });
  const state = parseState(row?.state);
  const recent = !!state.offeredAt && new Date(state.offeredAt) >= since;
  return state.numbered && recent ? (state.options ?? []) : [];
}

/** A new screen (a console session) shows none of the options offered before: typed numbers start afresh. */
export async function forgetOffered(db: Db, channel: string, externalId: string): Promise<void> {
  const row = await db.chatAccount.findFirst({ where: { channel, externalId }, select: { id: true, state: true } });
  if (row) await saveState(db, row.id, withoutOffer(parseState(row.state)));
}

export async function offerOptions(
  db: Db,
  accountId: number,
  options: AccountState["options"],
  at: Date,
): Promise<void> {
  const row = await db.chatAccount.findUnique({ where: { id: accountId }, select: { state: true } });
  if (!row) return;
  await saveState(db, accountId, { ...parseState(row.state), options, numbered: true, offeredAt: at.toISOString() });
}

/** A chat account's stored state; a damaged one reads as empty (the conversation starts afresh). */
function parseState(text: string | null | undefined): AccountState {
  try {
    return (JSON.parse(text ?? "{}") as AccountState | null) ?? {};
  } catch {
    return {};
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

export function activeAdmins(db: Db): Promise<number[]> {
  return activeIdsWithRole(db, "admin");
}

/** Where to reach a user (or one chat account, whoever it now belongs to), and in which language. */
export async function accountsOf(
  db: Db,
  userId: number,
  accountId?: number,
): Promise<{ locale: string; accounts: { id: number; channel: string; chatId: string }[] }> {
  if (accountId !== undefined) {
    const a = await db.chatAccount.findUnique({
      where: { id: accountId },
      select: { channel: true, chatId: true, active: true, user: { select: { locale: true } } },
    });
    const accounts = a?.active ? [{ id: accountId, channel: a.channel, chatId: a.chatId }] : [];
    return { locale: a?.user.locale ?? "vi", accounts };
  }
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { locale: true, accounts: { where: { active: true }, select: { id: true, channel: true, chatId: true } } },
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

/** What decides whether a reminder still goes to someone: status, absence and what they muted. */
export async function reminderStanding(db: Db, userId: number) {
  const u = await db.user.findUnique({
    where: { id: userId },
    select: { status: true, awayUntil: true, locale: true, mutes: { select: { scope: true } } },
  });
  return u
    ? { status: u.status, awayUntil: u.awayUntil, locale: u.locale, mutes: new Set(u.mutes.map((m) => m.scope)) }
    : null;
}

/** Away until `until` (their stand-in chosen afterwards); null: back at work. */
export async function setAway(db: Db, userId: number, until: Date | null): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { awayUntil: until, standInId: null } });
}

export async function setStandIn(db: Db, userId: number, standInId: number): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { standInId } });
}

/** Active colleagues of the same agency who could stand in (focal points, officials, leaders). */
export async function colleaguesOf(db: Db, userId: number, agencyId: string, take: number) {
  return db.user.findMany({
    where: { agencyId, status: "active", id: { not: userId }, role: { in: ["focal", "official", "leader"] } },
    select: { id: true, displayName: true },
    take,
  });
}

export async function userBrief(db: Db, userId: number) {
  return db.user.findUnique({ where: { id: userId }, select: { agencyId: true, status: true, displayName: true } });
}

/** Where reminders go: "all" chat apps, or one channel's name. */
export async function setNotifyChannels(db: Db, userId: number, channels: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { notifyChannels: channels } });
}

/** Silences a task ("task:<id>") or a kind of reminder ("kind:<kind>") for one person. */
export async function addMute(db: Db, userId: number, scope: string): Promise<void> {
  await db.mute.upsert({ where: { userId_scope: { userId, scope } }, create: { userId, scope }, update: {} });
}

export async function clearMutes(db: Db, userId: number): Promise<void> {
  await db.mute.deleteMany({ where: { userId } });
}

/** Active people of one role (reviewers for a new submission, admins for an access request). */
export async function activeIdsWithRole(db: Db, role: UserRole): Promise<number[]> {
  return (await db.user.findMany({ where: { role, status: "active" }, select: { id: true } })).map((u) => u.id);
}

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
