import { randomInt } from "node:crypto";
import type { Intent } from "../../domain/intent.js";
import { say, setState, type Turn } from "../context.js";
import type { Incoming, Reply } from "../types.js";

const LINK_TTL_MS = 15 * 60_000;
const CHANNELS = ["telegram", "zalo"];

/**
 * One person, several chat apps: "/lienket" gives a one-time code on one
 * channel; "/lienket <code>" on the other joins that account to the same
 * user (same agency, role, submissions). "/nhacqua zalo|telegram|ca-hai"
 * chooses where reminders go.
 */
export async function channelsExtension(turn: Turn, _msg: Incoming, intent: Intent | null): Promise<Reply | null> {
  if (intent?.intent === "notify_channel") {
    const arg = (intent.params.arg ?? "").toLowerCase().replace(/\s+/g, "");
    const choice = CHANNELS.includes(arg) ? arg : ["all", "cahai", "ca-hai", "both"].includes(arg) ? "all" : null;
    if (!choice) return say(turn.t("notify-usage"));
    await turn.db.user.update({ where: { id: turn.account.user.id }, data: { notifyChannels: choice } });
    return say(turn.t("notify-set", { channel: choice }));
  }
  if (intent?.intent !== "link_channel") return null;
  const code = intent.params.arg?.trim();
  const now = turn.clock.now();
  if (!code) {
    if (turn.account.user.status !== "active") return say(turn.t("link-need-active"));
    const fresh = String(randomInt(100_000, 1_000_000));
    await turn.db.linkCode.create({ data: { code: fresh, userId: turn.account.user.id, expiresAt: new Date(now.getTime() + LINK_TTL_MS) } });
    return say(turn.t("link-code", { code: fresh, minutes: LINK_TTL_MS / 60_000 }));
  }
  const row = await turn.db.linkCode.findUnique({ where: { code } });
  if (!row || row.usedAt || row.expiresAt <= now) return say(turn.t("link-bad-code"));
  if (row.userId === turn.account.user.id) return say(turn.t("link-same"));
  const claimed = await turn.db.linkCode.updateMany({ where: { code, usedAt: null }, data: { usedAt: now } });
  if (claimed.count !== 1) return say(turn.t("link-bad-code"));
  const previous = turn.account.user.id;
  await turn.db.chatAccount.update({ where: { id: turn.account.id }, data: { userId: row.userId } });
  await setState(turn, {});
  // The identity this account had alone is retired, not deleted: its history stays.
  if ((await turn.db.chatAccount.count({ where: { userId: previous } })) === 0) await turn.db.user.update({ where: { id: previous }, data: { status: "revoked" } });
  const target = await turn.db.user.findUniqueOrThrow({ where: { id: row.userId }, include: { agency: { select: { name: true } } } });
  return say(turn.t("link-done", { agency: target.agency?.name ?? "—", name: target.displayName || `#${target.id}` }));
}
