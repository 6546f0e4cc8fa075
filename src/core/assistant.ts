import { withoutOffer } from "../domain/account.js";
import { accountFor, updateUser, type Account } from "../db/user-repo.js";
import { detectIntent, INTENTS, TASK_INTENTS, type Intent, type IntentName } from "../domain/intent.js";
import { isLocale, type Args, type Locale } from "../i18n.js";
import { CANCEL, FLOW, INTENT, type CallbackMatcher } from "./callback.js";
import { commandsFor, menu, STARTER_COMMANDS } from "./commands.js";
import { cancelButton, flushState, say, setState, stale, text, type Services, type Turn } from "./context.js";
import type { Feature, Flow } from "./feature.js";
import { fallback } from "./features/basics.js";
import { askAgency, unlinked } from "./features/linking.js";
import { pickOption } from "./options.js";
import { queueNotices, wordsFor } from "./notices.js";
import { RateLimiter } from "./rate-limit.js";
import { emptyReply, flattenButtons, type Incoming, type Reply } from "./types.js";

export interface AssistantOptions {
  /** Platform ids made admins on first contact (from the configuration). */
  bootstrapAdmins?: Partial<Record<Incoming["channel"], string[]>>;
}

/** Intents too loosely read to take a message away from a free-text step ("thiếu số liệu quý" is a reason). */
const WEAK_INTENTS: IntentName[] = ["quarter", "search", "lead_only", "support_only", "greeting", "thanks"];

/**
 * At a free-text step (content, title, a comment), only a short, clear request
 * or a command is taken as a new request; anything else is the answer.
 */
function isClearRequest(said: string, intent: Intent, flow: Flow): boolean {
  if (said.startsWith("/")) return true;
  if (
    /^https?:\/\//i.test(said) ||
    WEAK_INTENTS.includes(intent.intent) ||
    flow.contentIntents?.includes(intent.intent)
  )
    return false;
  // "nộp bài" while submitting means carry on; "Báo cáo kết quả quý 1" is a title.
  const words = said.split(/\s+/).length;
  // A question ("hạn nộp bài quý 2 là khi nào?") is asked, not written into an article.
  if (/\?\s*$/.test(said) && words <= 20 && !flow.ownIntents?.includes(intent.intent)) return true;
  return flow.ownIntents?.includes(intent.intent) ? words <= 3 : words <= 6;
}

/**
 * The channel-neutral assistant: a message in, replies out. Channels only
 * translate platform updates to `Incoming` and `Reply` back to the platform;
 * features (features/index.ts) answer intents, buttons and flow steps; this
 * class only routes between them and keeps flows escapable.
 */
export class Assistant {
  private readonly limiter: RateLimiter;
  private readonly byIntent = new Map<IntentName, Feature>();
  private readonly asWords: CallbackMatcher[];

  constructor(
    readonly services: Services,
    private readonly features: Feature[],
    private readonly options: AssistantOptions = {},
  ) {
    this.limiter = new RateLimiter(services.config.ratePerMinute);
    const prefixes = new Set([CANCEL.prefix, FLOW.prefix, INTENT.prefix]);
    this.asWords = [INTENT, ...features.flatMap((f) => f.callbacks)].filter((c) => c.asWords);
    for (const f of features) {
      for (const i of f.intents) {
        if (this.byIntent.has(i)) throw new Error(`intent ${i} claimed by ${this.byIntent.get(i)!.name} and ${f.name}`);
        this.byIntent.set(i, f);
      }
      for (const c of f.callbacks) {
        if (prefixes.has(c.prefix)) throw new Error(`callback prefix ${c.prefix} used twice (${f.name})`);
        prefixes.add(c.prefix);
      }
    }
  }

  turnFor(account: Account): Turn {
    const locale: Locale = isLocale(account.user.locale) ? account.user.locale : "vi";
    const i18n = this.services.i18n;
    const persisted = JSON.stringify(account.state);
    const t = (id: string, args?: Args) => i18n.t(locale, id, args);
    return { ...this.services, account, locale, persisted, t, plain: (id, args) => i18n.plain(locale, id, args) };
  }

  async handle(msg: Incoming): Promise<Reply> {
    const limited = this.limiter.take(`${msg.channel}:${msg.externalId}`);
    if (limited !== "ok") return this.slowDown(msg, limited === "first");
    const lang = msg.languageCode?.startsWith("en") ? "en" : "vi";
    let account = await accountFor(this.services.db, msg.channel, msg.externalId, msg.chatId, msg.displayName, lang);
    account = await this.bootstrap(account);
    const turn = this.turnFor(account);
    const reply = await this.route(turn, msg);
    this.remember(turn, msg, reply);
    this.offerMenu(turn, msg, reply);
    await flushState(turn);
    reply.locale ??= turn.locale;
    // Messages for other people leave through the outbox, never through this reply's channel.
    if (reply.notify.length && (await queueNotices(this.services, reply.notify))) this.services.onQueued?.();
    return { ...reply, notify: [] };
  }

  /**
   * The options just offered, to be picked by label (and by number where they were shown numbered).
   * On a button channel, options whose labels are understood when typed ("1.14", "Xem thêm »")
   * are not kept: a list shown on nearly every message would otherwise cost a write each time.
   */
  private remember(turn: Turn, msg: Incoming, reply: Reply): void {
    let options = reply.messages.flatMap((m) => flattenButtons(m.buttons));
    if (msg.buttons) options = options.filter((o) => !this.asWords.some((c) => c.match(o.data)));
    const rest = withoutOffer(turn.account.state);
    if (!options.length) turn.account.state = rest;
    else if (msg.buttons) turn.account.state = { ...rest, options, numbered: false };
    else turn.account.state = { ...rest, options, numbered: true, offeredAt: turn.clock.now().toISOString() };
  }

  /** Over the rate limit: say so once; a pressed button is still answered, so its spinner stops. */
  private slowDown(msg: Incoming, first: boolean): Reply {
    const words = wordsFor(this.services.i18n, msg.languageCode?.startsWith("en") ? "en" : "vi");
    const toast = msg.callback ? { toast: words.plain("rate-limited") } : {};
    return { ...emptyReply(), messages: first ? [text(words.t("rate-limited"))] : [], ...toast };
  }

  /** The commands this person may use, when they changed (a platform with a menu shows them). */
  private offerMenu(turn: Turn, msg: Incoming, reply: Reply): void {
    const user = turn.account.user;
    if (msg.chatId !== msg.externalId) return; // group chats keep the common menu
    const names =
      user.status === "active" ? commandsFor(user.role, this.services.config.submitRoles) : STARTER_COMMANDS;
    const key = `${turn.locale}:${names.join(",")}`;
    if (turn.account.state.menu === key) return;
    reply.menu = menu(names, turn);
    turn.account.state = { ...turn.account.state, menu: key };
  }

  private async bootstrap(account: Account): Promise<Account> {
    const ids = this.options.bootstrapAdmins?.[account.channel] ?? [];
    if (!ids.includes(account.externalId) || (account.user.role === "admin" && account.user.status === "active"))
      return account;
    await updateUser(this.services.db, account.user.id, { role: "admin", status: "active" });
    return { ...account, user: { ...account.user, role: "admin", status: "active" } };
  }

  /** The flow this person is in, if any (one at a time). */
  private flowOf(turn: Turn): Flow | null {
    if (turn.account.user.status !== "active") return null;
    for (const f of this.features) if (f.flow?.active(turn.account.state)) return f.flow;
    return null;
  }

  private async route(turn: Turn, msg: Incoming): Promise<Reply> {
    const raw = msg.text ?? "";
    const state = turn.account.state;
    if (msg.callback) return this.onCallback(turn, msg.callback, msg);
    if ((state.numbered ?? !msg.buttons) && /^\s*\d{1,2}\s*$/.test(raw) && state.options) {
      const picked = state.options[Number(raw) - 1]?.data;
      if (!picked) return say(turn.t("option-out-of-range", { count: state.options.length }));
      return this.onCallback(turn, picked, msg);
    }
    if (raw.length > this.services.config.maxInputChars)
      return say(turn.t("input-too-long", { max: this.services.config.maxInputChars }));
    if (!raw.trim()) return this.onFile(turn, msg);
    // Typing an option's label picks it exactly like pressing it.
    const label = pickOption(state.options ?? [], raw);
    if (label) return this.onCallback(turn, label, msg);
    const intent = detectIntent(raw);
    const flow = this.flowOf(turn);
    return flow ? this.inFlow(turn, flow, intent, msg) : this.dispatch(turn, intent, msg);
  }

  /** A file, a photo, a sticker, or nothing readable. */
  private async onFile(turn: Turn, msg: Incoming): Promise<Reply> {
    if (turn.account.user.status !== "active") return { ...emptyReply(), messages: [unlinked(turn)] };
    const kind = msg.attachment?.kind;
    // The flow waiting for a file takes whatever came (a plan upload says what a platform cannot pass on);
    // otherwise a file or photo starts a submission.
    const state = turn.account.state;
    const waiting = this.features.find((f) => f.onFile && f.flow?.active(state) && !state.paused);
    if (waiting?.onFile && kind && kind !== "sticker") return waiting.onFile(turn, msg);
    const taker = this.features.find((f) => f.onFile && f.name === "submit");
    if ((kind === "document" || kind === "photo") && taker?.onFile) {
      if (turn.account.state.paused) await this.unpause(turn);
      return taker.onFile(turn, msg);
    }
    if (kind === "sticker") return say(turn.t("input-sticker"));
    if (kind) return say(turn.t("input-unsupported", { channel: msg.channel }));
    return say(turn.t("input-empty"));
  }

  /**
   * A message while a flow waits: cancel words and "tiếp tục" always work; an
   * answer to the step is taken; a clear new request is answered and the flow
   * set aside (never swallowed as content), with how to take it up again.
   */
  private async inFlow(turn: Turn, flow: Flow, intent: Intent, msg: Incoming): Promise<Reply> {
    const paused = turn.account.state.paused;
    if (intent.intent === "cancel") return flow.cancel(turn);
    const resume = async () => {
      await this.unpause(turn);
      return flow.resume(turn);
    };
    if (intent.intent === "resume") return resume();
    if (paused) return flow.ownIntents?.includes(intent.intent) ? resume() : this.dispatch(turn, intent, msg);
    const said = (msg.text ?? "").trim();
    const fit = await flow.fits(turn, said);
    if (fit === "yes" || intent.intent === "fallback") return flow.answer(turn, msg);
    if (fit === "free" && !isClearRequest(said, intent, flow)) return flow.answer(turn, msg);
    if (flow.ownIntents?.includes(intent.intent)) return resume();
    await setState(turn, { ...turn.account.state, paused: true, ...(fit === "free" ? { held: said } : {}) });
    const reply = await this.dispatch(turn, intent, msg);
    const buttons = [{ label: turn.plain("button-resume"), data: FLOW.pack({ action: "r" }) }];
    if (fit === "free") buttons.push({ label: turn.plain("button-use-held"), data: FLOW.pack({ action: "h" }) });
    buttons.push(cancelButton(turn));
    reply.messages.push(text(turn.t("flow-paused", { flow: turn.plain(flow.name) }), [buttons]));
    return reply;
  }

  private async unpause(turn: Turn): Promise<void> {
    const { paused: _p, held: _h, ...rest } = turn.account.state;
    await setState(turn, rest);
  }

  /** An intent to the feature that owns it. */
  private async dispatch(turn: Turn, intent: Intent, msg: Incoming): Promise<Reply> {
    const user = turn.account.user;
    if (intent.intent === "cancel") {
      await setState(turn, {});
      return say(turn.t("cancelled"));
    }
    if (intent.intent === "resume") return say(turn.t("resume-nothing"));
    const feature = this.byIntent.get(intent.intent);
    const active = user.status === "active";
    if (active && !user.agencyActive && TASK_INTENTS.includes(intent.intent) && user.role !== "admin")
      return say(turn.t("agency-retired", { agency: user.agencyName ?? "" }));
    if (feature && (active || feature.open)) {
      const reply = await feature.onIntent?.(turn, intent, msg);
      if (reply) return reply;
    }
    if (!active) {
      if (user.status === "new" && turn.account.state.awaiting === "agency" && intent.intent !== "task_detail")
        return askAgency(turn, msg.text ?? "");
      if (user.status === "new") await setState(turn, { awaiting: "agency" });
      return { ...emptyReply(), messages: [unlinked(turn)] };
    }
    return fallback(turn, intent, msg.text ?? "");
  }

  private async onCallback(turn: Turn, data: string, msg: Incoming): Promise<Reply> {
    const active = turn.account.user.status === "active";
    const flow = this.flowOf(turn);
    if (CANCEL.match(data)) {
      if (flow) return { ...(await flow.cancel(turn)), edit: true };
      await setState(turn, {});
      return { ...say(turn.t("cancelled")), edit: true };
    }
    const action = FLOW.unpack(data)?.action;
    if (action) {
      const held = turn.account.state.held;
      await this.unpause(turn);
      if (!flow) return stale(turn);
      if (action === "h" && held) return flow.answer(turn, { ...msg, callback: undefined, text: held });
      return flow.resume(turn);
    }
    const asked = INTENT.unpack(data)?.intent as IntentName | undefined;
    if (asked && INTENTS.includes(asked) && active)
      return this.dispatch(turn, { intent: asked, params: {} }, { ...msg, callback: undefined });
    const owner = this.features.find((f) => f.callbacks.some((c) => c.match(data)));
    if (!owner?.onCallback) return stale(turn);
    if (!active && !owner.open)
      return { ...emptyReply(), toast: turn.plain("not-allowed"), messages: [unlinked(turn)] };
    if (turn.account.state.paused && owner.flow === flow) await this.unpause(turn);
    return (await owner.onCallback(turn, data, msg)) ?? stale(turn);
  }
}
