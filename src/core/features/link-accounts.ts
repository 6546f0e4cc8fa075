import {
  accountInfo,
  consumeCode,
  countMiss,
  detachAccount,
  findLiveCode,
  formatLinkCode,
  issueLinkCode,
  markPending,
  moveAccount,
  normaliseLinkCode,
  pendingCode,
  userRole,
} from "../../db/link-repo.js";
import { setNotifyChannels } from "../../db/user-repo.js";
import type { Intent } from "../../domain/intent.js";
import { say, setState, text, type Turn } from "../context.js";
import { lockedMinutes, wrongCode } from "../guesses.js";
import { emptyReply, type Notice, type Reply } from "../types.js";
import { callbackData } from "../callback.js";
import type { Feature } from "../feature.js";

export const LINK_YES = callbackData("lk:y", { account: "int" });
export const LINK_NO = callbackData("lk:n", { account: "int" });
export const NOT_ME = callbackData("lk:u", { account: "int" });

const LINK_TTL_MS = 15 * 60_000;
/** Wrong codes typed anywhere while a code is live before it is burned. */
const CODE_MISS_LIMIT = 5;
/** Accounts whose joining always needs the owner's yes on the account they already use. */
const PRIVILEGED = ["reviewer", "admin"];

/** "/lienket": a one-time code, shown to the person on the app they already use. */
async function issue(turn: Turn): Promise<Reply> {
  if (turn.account.user.status !== "active") return say(turn.t("link-need-active"));
  const code = await issueLinkCode(turn.db, turn.account.user.id, turn.clock.now(), LINK_TTL_MS);
  return say(turn.t("link-code", { code: formatLinkCode(code), minutes: LINK_TTL_MS / 60_000 }));
}

/** Joins this chat account to the code's owner. */
async function join(turn: Turn, accountId: number, ownerId: number): Promise<{ agency: string; name: string }> {
  await moveAccount(turn.db, accountId, ownerId);
  const owner = await userRole(turn.db, ownerId);
  return { agency: owner?.agency?.name ?? "—", name: owner?.displayName || `#${ownerId}` };
}

/** "/lienket <code>" on the app being added. */
async function redeem(turn: Turn, typed: string): Promise<Reply> {
  const wait = await lockedMinutes(turn);
  if (wait) return say(turn.t("code-locked", { minutes: wait }));
  const now = turn.clock.now();
  const normalised = normaliseLinkCode(typed);
  const found = normalised ? await findLiveCode(turn.db, normalised, now) : null;
  if (!found) {
    const left = await wrongCode(turn, "link");
    const burned = await countMiss(turn.db, now, CODE_MISS_LIMIT);
    const reply = say(turn.t("link-bad-code", { left }));
    for (const userId of burned) reply.notify.push({ userId, render: (w) => text(w.t("link-burned")) });
    return reply;
  }
  const me = turn.account;
  if (found.userId === me.user.id) return say(turn.t("link-same"));
  const owner = await userRole(turn.db, found.userId);
  const channel = me.channel;
  const name = me.user.displayName || `#${me.user.id}`;
  if (PRIVILEGED.includes(owner?.role ?? "") || found.misses > 0) {
    // Someone was guessing while this code was live, or the account is powerful: its owner says yes first.
    await markPending(turn.db, found.code, me.id);
    const reply = say(turn.t("link-wait", { minutes: LINK_TTL_MS / 60_000 }));
    reply.notify.push({
      userId: found.userId,
      render: (w) =>
        text(w.t("link-confirm-ask", { channel, name }), [
          [
            { label: w.plain("button-link-yes"), data: LINK_YES.pack({ account: me.id }) },
            { label: w.plain("button-link-no"), data: LINK_NO.pack({ account: me.id }) },
          ],
        ]),
    });
    return reply;
  }
  if (!(await consumeCode(turn.db, found.code, now))) return say(turn.t("link-bad-code", { left: 0 }));
  const joined = await join(turn, me.id, found.userId);
  await setState(turn, {});
  const reply = say(turn.t("link-done", joined));
  reply.notify.push({
    userId: found.userId,
    render: (w) =>
      text(w.t("link-joined-notice", { channel, name }), [
        [{ label: w.plain("button-link-not-me"), data: NOT_ME.pack({ account: me.id }) }],
      ]),
  });
  return reply;
}

/** The owner answers, on the account they already use, whether another account may join them. */
async function answer(turn: Turn, accountId: number, yes: boolean): Promise<Reply> {
  const now = turn.clock.now();
  const pending = await pendingCode(turn.db, turn.account.user.id, accountId, now);
  if (!pending) return { ...say(turn.t("link-confirm-gone")), edit: true };
  if (!(await consumeCode(turn.db, pending.code, now))) return { ...say(turn.t("link-confirm-gone")), edit: true };
  const other = await accountInfo(turn.db, accountId);
  const notify: Notice[] = [];
  if (!yes || !other) {
    if (other) notify.push({ userId: other.userId, accountId, render: (w) => text(w.t("link-refused")) });
    return { ...say(turn.t("link-refused-owner")), edit: true, notify };
  }
  const joined = await join(turn, accountId, turn.account.user.id);
  notify.push({ userId: turn.account.user.id, accountId, render: (w) => text(w.t("link-done", joined)) });
  return { ...say(turn.t("link-confirmed", { channel: other.channel })), edit: true, notify };
}

/** "Not me": the owner sends an account that was joined to them away. */
async function notMe(turn: Turn, accountId: number): Promise<Reply> {
  const other = await accountInfo(turn.db, accountId);
  if (!other || other.userId !== turn.account.user.id || accountId === turn.account.id)
    return { ...say(turn.t("link-confirm-gone")), edit: true };
  await detachAccount(turn.db, accountId);
  turn.log?.warn({ account: accountId, channel: other.channel }, "joined account sent away by its owner");
  return { ...say(turn.t("link-detached", { channel: other.channel })), edit: true };
}

/**
 * One person, several chat apps: "/lienket" gives a one-time code on one
 * channel; "/lienket <code>" on the other joins that account to the same
 * user (same agency, role, submissions). "/nhacqua zalo|telegram|ca-hai"
 * chooses where reminders go.
 */
export const linkAccountsFeature: Feature = {
  name: "link-accounts",
  intents: ["link_channel", "notify_channel"],
  callbacks: [LINK_YES, LINK_NO, NOT_ME],
  // Joining a second chat app must work from the new, not yet linked account.
  open: true,
  async onCallback(turn, data) {
    if (turn.account.user.status !== "active")
      return { ...emptyReply(), toast: turn.plain("not-allowed"), messages: [text(turn.t("not-allowed"))] };
    const yes = LINK_YES.unpack(data);
    const no = LINK_NO.unpack(data);
    if (yes || no) return answer(turn, (yes ?? no)!.account, !!yes);
    return notMe(turn, NOT_ME.unpack(data)!.account);
  },
  async onIntent(turn, intent: Intent) {
    if (intent.intent === "notify_channel") {
      if (turn.account.user.status !== "active") return null;
      const choice = intent.params.channel;
      if (!choice) return say(turn.t("notify-usage"));
      await setNotifyChannels(turn.db, turn.account.user.id, choice);
      return say(turn.t("notify-set", { channel: choice }));
    }
    const code = intent.params.arg?.trim();
    return code ? redeem(turn, code) : issue(turn);
  },
};
