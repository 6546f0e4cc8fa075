import { createInvite } from "../../db/invite-repo.js";
import { findUser, listUsers, ROLES, updateUser, type UserRole, type UserStatus } from "../../db/user-repo.js";
import { pendingUsers, tellAccessDecision } from "./review.js";
import { UsageError, type CliContext } from "../context.js";
import { agencyOrRefuse } from "./agency.js";

export async function inviteCommand(
  ctx: CliContext,
  action: string | undefined,
  agencyText: string | undefined,
  role: string | undefined,
): Promise<number> {
  if (action !== "create") throw new UsageError(ctx.t("cli-invite-usage"));
  if (!agencyText?.trim()) throw new UsageError(ctx.t("cli-missing-arg", { what: '--agency "<cơ quan>"' }));
  const wanted = (role ?? "official") as UserRole;
  if (!ROLES.includes(wanted)) throw new UsageError(ctx.t("start-bad-role", { roles: ROLES.join(", ") }));
  const agency = await agencyOrRefuse(ctx, agencyText);
  const db = await ctx.db();
  const invite = await createInvite(db.client, agency.id, wanted, ctx.clock.now(), ctx.config.INVITE_TTL_DAYS);
  const bot = ctx.config.TELEGRAM_BOT_USERNAME;
  const link = bot ? `https://t.me/${bot}?start=${invite.code}` : null;
  if (ctx.json)
    ctx.printJson({
      code: invite.code,
      link,
      agency: invite.agency.name,
      agencyId: invite.agencyId,
      role: invite.role,
      expiresAt: invite.expiresAt.toISOString(),
    });
  else
    ctx.print(
      ctx.t("cli-invite-created", {
        code: invite.code,
        agency: invite.agency.name,
        role: invite.role,
        link: link ?? `/start ${invite.code}`,
        expires: invite.expiresAt.toISOString().slice(0, 10),
      }),
    );
  return 0;
}

export async function usersCommand(
  ctx: CliContext,
  action: string | undefined,
  id: string | undefined,
  agencyText?: string,
): Promise<number> {
  const db = (await ctx.db()).client;
  if (action === "pending") return pendingUsers(ctx);
  if (action === "move") return move(ctx, id, agencyText);
  if (action === "list" || action === undefined) return listAll(ctx, db);
  const transitions: Record<string, { from: UserStatus[]; to: UserStatus }> = {
    approve: { from: ["pending", "denied"], to: "active" },
    deny: { from: ["pending"], to: "denied" },
    revoke: { from: ["active", "pending"], to: "revoked" },
  };
  const step = transitions[action];
  if (!step) throw new UsageError(ctx.t("cli-users-usage"));
  const userId = Number(id);
  if (!Number.isInteger(userId) || userId <= 0) throw new UsageError(ctx.t("cli-missing-arg", { what: "<id>" }));
  const user = await findUser(db, userId);
  if (!user || !step.from.includes(user.status as UserStatus)) {
    const message = user
      ? ctx.t("cli-users-cannot", {
          id: userId,
          action: ctx.word("action", action),
          status: ctx.word("user", user.status),
        })
      : ctx.t("cli-users-unknown", { id: userId });
    if (!user) throw new UsageError(message);
    if (ctx.json) ctx.printJson({ ok: false, error: message });
    else ctx.print(message);
    return 1;
  }
  await updateUser(db, userId, { status: step.to });
  // Someone who asked for access hears the answer, as from an admin in chat.
  const told = action === "revoke" ? 0 : await tellAccessDecision(ctx, userId, action === "approve");
  if (ctx.json) ctx.printJson({ ok: true, id: userId, status: step.to, notified: told });
  else ctx.print(ctx.t("cli-users-done", { id: userId, status: ctx.word("user", step.to) }));
  return 0;
}

async function listAll(ctx: CliContext, db: Awaited<ReturnType<CliContext["db"]>>["client"]): Promise<number> {
  const users = await listUsers(db);
  if (ctx.json) ctx.printJson({ users });
  else
    for (const u of users)
      ctx.print(
        `#${u.id} ${u.displayName || "—"} · ${u.agency ?? "—"} · ${ctx.word("role", u.role)} · ` +
          `${ctx.word("user", u.status)} · ${u.accounts.join(", ")}`,
      );
  return 0;
}

/** `users move <id> --agency "<cơ quan>"`: a person whose agency was merged or renamed keeps their account. */
async function move(ctx: CliContext, id: string | undefined, agencyText: string | undefined): Promise<number> {
  const userId = Number(id);
  if (!Number.isInteger(userId) || userId <= 0) throw new UsageError(ctx.t("cli-missing-arg", { what: "<id>" }));
  if (!agencyText?.trim()) throw new UsageError(ctx.t("cli-missing-arg", { what: '--agency "<cơ quan>"' }));
  const db = (await ctx.db()).client;
  if (!(await findUser(db, userId))) throw new UsageError(ctx.t("cli-users-unknown", { id: userId }));
  const agency = await agencyOrRefuse(ctx, agencyText);
  await updateUser(db, userId, { agencyId: agency.id });
  if (ctx.json) ctx.printJson({ ok: true, id: userId, agencyId: agency.id, agency: agency.name });
  else ctx.print(ctx.t("cli-users-moved", { id: userId, agency: agency.name }));
  return 0;
}
