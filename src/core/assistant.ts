import { accountFor, updateUser, type Account } from "../db/user-repo.js";
import { detectIntent, suggestIntents, type Intent, type IntentName } from "../domain/intent.js";
import { isLocale, type Locale } from "../i18n.js";
import { setState, text, type Services, type Turn } from "./context.js";
import { askAgency, decide, requestAccess, start, unlinked } from "./features/linking.js";
import { decodeSpec, renderList, type ListSpec } from "./features/task-list.js";
import { detailByCode, detailById, search } from "./features/task-detail.js";
import { flattenButtons, emptyReply, type Incoming, type Reply } from "./types.js";
import { commandsFor, menu, STARTER_COMMANDS } from "./commands.js";
import { wordsFor } from "./notifier.js";
import { RateLimiter } from "./rate-limit.js";

export interface AssistantOptions {
  /** Platform ids made admins on first contact (ADMIN_TELEGRAM_IDS...). */
  bootstrapAdmins?: Partial<Record<Incoming["channel"], string[]>>;
}

/** A handler for things other features own (submissions), plugged in by the composition root. */
export type Extension = (turn: Turn, msg: Incoming, intent: Intent | null) => Promise<Reply | null>;

const DATA_INTENTS: IntentName[] = ["my_tasks", "due_soon", "overdue", "quarter", "lead_only", "support_only", "task_detail", "search", "submit", "submission_status"];

/**
 * The channel-neutral assistant: a message in, replies out. Channels only
 * translate platform updates to `Incoming` and `Reply` back to the platform.
 */
export class Assistant {
  private readonly extensions: Extension[] = [];

  private readonly limiter: RateLimiter;

  constructor(
    readonly services: Services,
    private readonly options: AssistantOptions = {},
  ) {
    this.limiter = new RateLimiter(services.config.ratePerMinute);
  }

  use(extension: Extension): this {
    this.extensions.push(extension);
    return this;
  }

  turnFor(account: Account): Turn {
    const locale: Locale = isLocale(account.user.locale) ? account.user.locale : "vi";
    const i18n = this.services.i18n;
    return { ...this.services, account, locale, t: (id, args) => i18n.t(locale, id, args), plain: (id, args) => i18n.plain(locale, id, args) };
  }

  async handle(msg: Incoming): Promise<Reply> {
    const limited = this.limiter.take(`${msg.channel}:${msg.externalId}`);
    if (limited !== "ok") return this.slowDown(msg, limited === "first");
    let account = await accountFor(this.services.db, msg.channel, msg.externalId, msg.chatId, msg.displayName, msg.languageCode?.startsWith("en") ? "en" : "vi");
    account = await this.bootstrap(account);
    const turn = this.turnFor(account);
    const reply = await this.route(turn, msg);
    if (!msg.buttons) {
      // Remember the numbered options on top of whatever the features stored this turn.
      const options = reply.messages.flatMap((m) => flattenButtons(m.buttons));
      const { options: previous, ...rest } = turn.account.state;
      if (options.length || previous) await setState(turn, options.length ? { ...rest, options } : rest);
    }
    await this.offerMenu(turn, msg, reply);
    return reply;
  }

  /** Over the rate limit: say so once; a pressed button is still answered, so its spinner stops. */
  private slowDown(msg: Incoming, first: boolean): Reply {
    const words = wordsFor(this.services.i18n, msg.languageCode?.startsWith("en") ? "en" : "vi");
    return { ...emptyReply(), messages: first ? [text(words.t("rate-limited"))] : [], ...(msg.callback ? { toast: words.plain("rate-limited") } : {}) };
  }

  /** The commands this person may use, when they changed (a platform with a menu shows them). */
  private async offerMenu(turn: Turn, msg: Incoming, reply: Reply): Promise<void> {
    const user = turn.account.user;
    if (msg.chatId !== msg.externalId) return; // group chats keep the common menu
    const names = user.status === "active" ? commandsFor(user.role, this.services.config.submitRoles) : STARTER_COMMANDS;
    const key = `${turn.locale}:${names.join(",")}`;
    if (turn.account.state.menu === key) return;
    reply.menu = menu(names, turn);
    await setState(turn, { ...turn.account.state, menu: key });
  }

  private async bootstrap(account: Account): Promise<Account> {
    const ids = this.options.bootstrapAdmins?.[account.channel] ?? [];
    if (!ids.includes(account.externalId) || (account.user.role === "admin" && account.user.status === "active")) return account;
    await updateUser(this.services.db, account.user.id, { role: "admin", status: "active" });
    return { ...account, user: { ...account.user, role: "admin", status: "active" } };
  }

  private async route(turn: Turn, msg: Incoming): Promise<Reply> {
    let callback = msg.callback;
    const raw = msg.text ?? "";
    if (!callback && !msg.buttons && /^\s*\d{1,2}\s*$/.test(raw) && turn.account.state.options) {
      callback = turn.account.state.options[Number(raw) - 1]?.data;
      if (!callback) return { ...emptyReply(), messages: [text(turn.t("option-out-of-range", { count: turn.account.state.options.length }))] };
    }
    if (callback) return this.onCallback(turn, callback, msg);
    if (raw.length > this.services.config.maxInputChars) return { ...emptyReply(), messages: [text(turn.t("input-too-long", { max: this.services.config.maxInputChars }))] };
    if (!raw.trim()) {
      if (turn.account.user.status !== "active") return { ...emptyReply(), messages: [unlinked(turn)] };
      const r = await this.extend(turn, msg, null);
      return r ?? { ...emptyReply(), messages: [text(this.unread(turn, msg))] };
    }
    return this.onIntent(turn, detectIntent(raw), msg);
  }

  private async extend(turn: Turn, msg: Incoming, intent: Intent | null): Promise<Reply | null> {
    for (const ext of this.extensions) {
      const r = await ext(turn, msg, intent);
      if (r) return r;
    }
    return null;
  }

  private async onIntent(turn: Turn, intent: Intent, msg: Incoming): Promise<Reply> {
    const user = turn.account.user;
    // Joining a second chat app must work from the new, not yet linked account.
    if ((user.status === "active" && intent.intent !== "start" && intent.intent !== "language") || intent.intent === "link_channel") {
      // Features with a conversation in progress (a submission, a review) answer first.
      const r = await this.extend(turn, msg, intent);
      if (r) return r;
    }
    switch (intent.intent) {
      case "start":
        return start(turn, intent.params.arg);
      case "language":
        return this.language(turn, intent.params.arg);
      case "help":
        return { ...emptyReply(), messages: [text(turn.t("help", { agency: user.agencyName ?? "—" }))] };
      case "cancel":
        await setState(turn, {});
        return { ...emptyReply(), messages: [text(turn.t("cancelled"))] };
      default:
        break;
    }
    if (user.status !== "active") {
      if (user.status === "new" && turn.account.state.awaiting === "agency" && intent.intent !== "task_detail") return askAgency(turn, msg.text ?? "");
      if (user.status === "new") await setState(turn, { awaiting: "agency" });
      return { ...emptyReply(), messages: [unlinked(turn)] };
    }
    if (intent.intent === "fallback") return this.fallback(turn, intent, msg.text ?? "");
    if (intent.intent === "task_detail") return detailByCode(turn, intent.params.code ?? "");
    if (!user.agencyId) return { ...emptyReply(), messages: [text(turn.t("no-agency"))] };
    if (intent.intent === "search") return search(turn, intent.params.query ?? "");
    if (intent.intent === "submit" || intent.intent === "submission_status") return { ...emptyReply(), messages: [text(turn.t("submissions-unavailable"))] };
    return renderList(turn, specOf(intent), 1);
  }

  private async onCallback(turn: Turn, data: string, msg: Incoming): Promise<Reply> {
    const user = turn.account.user;
    if (user.status === "active") {
      const r = await this.extend(turn, { ...msg, callback: data }, null);
      if (r) return r;
    }
    if (data === "x") {
      await setState(turn, {});
      return { ...emptyReply(), edit: true, messages: [text(turn.t("cancelled"))] };
    }
    let m: RegExpExecArray | null;
    if ((m = /^ra:([a-z0-9.-]{1,40})$/.exec(data))) return requestAccess(turn, m[1]!);
    if ((m = /^(ap|dn):(\d{1,9})$/.exec(data))) return decide(turn, Number(m[2]), m[1] === "ap");
    if ((m = /^lg:(vi|en)$/.exec(data))) return this.language(turn, m[1]);
    if (user.status !== "active") return { ...emptyReply(), toast: turn.t("not-allowed"), messages: [unlinked(turn)] };
    if ((m = /^td:(\d{1,9})$/.exec(data))) return detailById(turn, Number(m[1]));
    if ((m = /^in:([a-z_]{3,20})$/.exec(data)) && DATA_INTENTS.includes(m[1] as IntentName)) return this.onIntent(turn, { intent: m[1] as IntentName, params: {} }, { ...msg, callback: undefined });
    const page = decodeSpec(data);
    if (page && user.agencyId) return { ...(await renderList(turn, page.spec, page.page)), edit: true };
    return { ...emptyReply(), toast: turn.t("button-stale"), messages: [text(turn.t("button-stale"))] };
  }

  /** A sticker, a voice note, a location...: a polite word on what the assistant does read. */
  private unread(turn: Turn, msg: Incoming): string {
    const kind = msg.attachment?.kind;
    if (kind === "sticker") return turn.t("input-sticker");
    if (kind) return turn.t("input-unsupported", { channel: msg.channel });
    return turn.t("input-empty");
  }

  private async language(turn: Turn, arg: string | undefined): Promise<Reply> {
    const wanted = arg?.trim().toLowerCase();
    if (!isLocale(wanted)) {
      return { ...emptyReply(), messages: [text(turn.t("lang-choose"), [[{ label: "Tiếng Việt", data: "lg:vi" }, { label: "English", data: "lg:en" }]])] };
    }
    await updateUser(turn.db, turn.account.user.id, { locale: wanted });
    return { ...emptyReply(), messages: [text(this.services.i18n.t(wanted, "lang-set"))] };
  }

  private fallback(turn: Turn, intent: Intent, said: string): Reply {
    const suggestions = suggestIntents(said);
    const key = intent.params.command ? "fallback-command" : "fallback";
    return {
      ...emptyReply(),
      messages: [text(turn.t(key, { command: intent.params.command ?? "" }), [suggestions.map((s) => ({ label: turn.plain(`intent-${s}`), data: `in:${s}` }))])],
    };
  }
}

function specOf(intent: Intent): ListSpec {
  const p = intent.params;
  const base: ListSpec = { filter: "all", ...(p.role ? { role: p.role } : {}) };
  switch (intent.intent) {
    case "overdue":
      return { ...base, filter: "overdue", ...(p.quarter ? { quarter: p.quarter } : {}) };
    case "due_soon":
      return { ...base, filter: "soon", days: p.days ?? 14 };
    case "quarter":
      return { ...base, filter: "quarter", quarter: p.quarter ?? "this" };
    default:
      return base;
  }
}
