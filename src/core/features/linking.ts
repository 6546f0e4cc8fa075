import { redeemInvite } from "../../db/invite-repo.js";
import { activeAdmins, findUser, listUsers, updateUser, type UserRole } from "../../db/user-repo.js";
import { callbackData } from "../callback.js";
import type { Feature } from "../feature.js";

export const REQUEST = callbackData("ra", { agency: "word" });
export const APPROVE = callbackData("ap", { user: "int" });
export const DENY = callbackData("dn", { user: "int" });
import { cancelButton, setState, text, type Turn } from "../context.js";
import { lockedMinutes, wrongCode } from "../guesses.js";
import { emptyReply, type Reply } from "../types.js";
import { shorten } from "../../domain/text.js";

export function roleLabel(turn: Turn, role: UserRole): string {
  return turn.plain(`role-${role}`);
}

/** /start [code]: link by invite, or greet, or explain how to get access. */
export async function start(turn: Turn, code: string | undefined): Promise<Reply> {
  const reply = emptyReply();
  const user = turn.account.user;
  if (code) {
    const wait = await lockedMinutes(turn);
    if (wait) return { ...reply, messages: [text(turn.t("code-locked", { minutes: wait }))] };
    const result = await redeemInvite(turn.db, code, user.id, turn.clock.now());
    if (!result.ok) {
      const left = result.reason === "unknown" ? await wrongCode(turn, "invite") : null;
      reply.messages.push(text(turn.t(`invite-${result.reason}`, left === null ? {} : { left })));
      if (user.status !== "active") reply.messages.push(text(turn.t("unlinked-how")));
      return reply;
    }
    await setState(turn, {});
    // The rest of this turn (the command menu) sees the person as now linked.
    turn.account.user = {
      ...user,
      agencyId: result.agencyId,
      agencyName: result.agencyName,
      agencyActive: true,
      role: result.role,
      status: "active",
    };
    reply.messages.push(text(turn.t("invite-ok", { agency: result.agencyName, role: roleLabel(turn, result.role) })));
    reply.messages.push(text(turn.t("start-next")));
    return reply;
  }
  if (user.status === "active") {
    reply.messages.push(
      text(turn.t("start-welcome-back", { agency: user.agencyName ?? "—", role: roleLabel(turn, user.role) })),
    );
    reply.messages.push(text(turn.t("start-next")));
    return reply;
  }
  reply.messages.push(unlinked(turn));
  if (user.status === "new") await setState(turn, { awaiting: "agency" });
  return reply;
}

/** The answer for anyone not (yet) allowed to see data: why, and what to do. Never data. */
export function unlinked(turn: Turn) {
  const status = turn.account.user.status;
  if (status === "pending") return text(turn.t("unlinked-pending", { agency: turn.account.user.agencyName ?? "—" }));
  if (status === "revoked") return text(turn.t("unlinked-revoked"));
  if (status === "denied") return text(turn.t("unlinked-denied"));
  return text(turn.t("unlinked-new"));
}

/** An unlinked user typed something while asked for their agency: look it up and confirm. */
export async function askAgency(turn: Turn, typed: string): Promise<Reply> {
  const reply = emptyReply();
  const found = (await turn.catalog.directory()).lookup(typed);
  if (!found.match && !found.weak) {
    reply.messages.push(text(turn.t("access-no-match", { query: shorten(found.query, 80) })));
    return reply;
  }
  // Not guessed: an agency without the words typed is only offered, among the closest ones.
  const options = found.match && !found.ambiguous ? [found.match] : found.candidates;
  const ask = found.weak ? "access-weak" : found.ambiguous ? "access-choose" : "access-confirm";
  reply.messages.push(
    text(turn.t(ask, { agency: found.match?.name ?? "", query: shorten(found.query, 80) }), [
      ...options.map((c) => [{ label: c.name, data: REQUEST.pack({ agency: c.id }) }]),
      [cancelButton(turn)],
    ]),
  );
  return reply;
}

/** The user confirmed their agency: ask the admins. */
export async function requestAccess(turn: Turn, agencyId: string): Promise<Reply> {
  const reply = emptyReply();
  const agency = (await turn.catalog.directory()).byId(agencyId);
  if (!agency) return { ...reply, toast: turn.t("button-stale"), messages: [text(turn.t("button-stale"))] };
  const user = turn.account.user;
  if (user.status === "active")
    return { ...reply, toast: turn.t("access-already"), messages: [text(turn.t("access-already"))] };
  if (user.status === "revoked" || user.status === "denied") return { ...reply, messages: [unlinked(turn)] };
  await updateUser(turn.db, user.id, { agencyId, status: "pending", role: "official" });
  await setState(turn, {});
  reply.edit = true;
  reply.messages.push(text(turn.t("access-sent", { agency: agency.name })));
  const admins = await activeAdmins(turn.db);
  const channel = turn.account.channel;
  for (const adminId of admins) {
    reply.notify.push({
      userId: adminId,
      render: (w) =>
        text(
          w.t("admin-request", { user: user.displayName || `#${user.id}`, id: user.id, agency: agency.name, channel }),
          [decisionButtons(w, user.id)],
        ),
    });
  }
  if (admins.length === 0) reply.messages.push(text(turn.t("access-no-admin")));
  return reply;
}

/** An admin approved or denied a request. Anyone else pressing the button is refused. */
export async function decideAccess(turn: Turn, userId: number, approve: boolean): Promise<Reply> {
  const reply = emptyReply();
  const me = turn.account.user;
  if (me.role !== "admin" || me.status !== "active") {
    turn.log?.warn({ account: turn.account.id, target: userId }, "access decision refused");
    return { ...reply, toast: turn.t("not-allowed"), messages: [text(turn.t("requests-admin-only"))] };
  }
  const target = await findUser(turn.db, userId);
  if (target?.status !== "pending")
    return { ...reply, toast: turn.t("admin-nothing-pending"), messages: [text(turn.t("admin-nothing-pending"))] };
  await updateUser(turn.db, userId, { status: approve ? "active" : "denied" });
  const agency = target.agency?.name ?? "—";
  const name = target.displayName || `#${target.id}`;
  reply.edit = true;
  reply.messages.push(text(turn.t(approve ? "admin-approved" : "admin-denied", { user: name, agency })));
  reply.notify.push({
    userId,
    render: (w) => text(w.t(approve ? "access-approved" : "access-denied-notice", { agency })),
  });
  return reply;
}

const decisionButtons = (w: Pick<Turn, "plain">, userId: number) => [
  { label: w.plain("button-approve"), data: APPROVE.pack({ user: userId }) },
  { label: w.plain("button-deny"), data: DENY.pack({ user: userId }) },
];

/** "yêu cầu truy cập": the access requests waiting for an admin, oldest first. */
async function requests(turn: Turn): Promise<Reply> {
  const me = turn.account.user;
  if (me.role !== "admin") return { ...emptyReply(), messages: [text(turn.t("requests-admin-only"))] };
  const pending = await listUsers(turn.db, "pending");
  if (pending.length === 0) return { ...emptyReply(), messages: [text(turn.t("requests-none"))] };
  const shown = pending.slice(0, 8);
  const lines = [turn.t("requests-title", { count: pending.length })];
  for (const u of shown)
    lines.push(
      turn.t("requests-line", {
        id: u.id,
        user: u.displayName || turn.plain("requests-no-name"),
        agency: u.agency ?? "—",
        via: u.accounts.map((a) => a.split(":")[0]).join(", "),
      }),
    );
  lines.push("", turn.t("requests-how", { id: shown[0]!.id }));
  return {
    ...emptyReply(),
    messages: [
      text(
        lines.join("\n"),
        // Named by number: with several requests, which button is whose must be plain on numbered channels.
        shown.map((u) => [
          { label: turn.plain("button-approve-id", { id: u.id }), data: APPROVE.pack({ user: u.id }) },
          { label: turn.plain("button-deny-id", { id: u.id }), data: DENY.pack({ user: u.id }) },
        ]),
      ),
    ],
  };
}

/** Joining: invites, access requests and the admins' decisions on them. */
export const accessFeature: Feature = {
  name: "access",
  intents: ["access_requests", "access_decide"],
  callbacks: [REQUEST, APPROVE, DENY],
  open: true,
  onIntent: (turn, intent) =>
    intent.intent === "access_decide"
      ? decideAccess(turn, intent.params.user ?? 0, intent.params.accept === true)
      : requests(turn),
  async onCallback(turn, data) {
    const agency = REQUEST.unpack(data)?.agency;
    if (agency) return requestAccess(turn, agency);
    const approve = APPROVE.unpack(data);
    return decideAccess(turn, (approve ?? DENY.unpack(data))!.user, !!approve);
  },
};
