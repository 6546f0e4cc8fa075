import { fetch } from "undici";
import { z } from "zod";
import type { ChannelPort, MessageHandler, SendResult, StartedChannel, WebhookRoute } from "../../core/channel-port.js";
import { splitText } from "../../core/html.js";
import { renderPlainPush, renderPlainReply } from "../../core/plain.js";
import type { Incoming, OutMessage, Reply } from "../../core/types.js";
import { isLocale, type I18n, type Locale } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { ChatQueue } from "../chat-queue.js";
import { ZaloApiError, zaloUpdate, type ZaloClient, type ZaloUpdate } from "./client.js";

export const ZALO_MAX_TEXT = 2000;

/**
 * A webhook POST body: the documentation shows the update wrapped like an API
 * response ({ ok, result }); a bare update is accepted too.
 */
export const zaloWebhookBody = z.union([
  z.object({ ok: z.literal(true), result: zaloUpdate }).transform((b) => b.result),
  zaloUpdate,
]);

export interface ZaloChannelOptions {
  client: ZaloClient;
  /** For pushes: a client without retries of its own (the dispatcher paces and retries). */
  pushClient?: ZaloClient;
  i18n: I18n;
  locale: Locale;
  log: Logger;
  maxDownloadBytes?: number;
  /** Receive through a webhook at this URL (served by the application's HTTP server) instead of polling. */
  webhook?: { url: string; secret: string };
  /** With several instances: polls only while this process holds the lease (see core/lease.ts). */
  whileLeader?: (start: () => Promise<void>, stop: () => Promise<void>) => { stop(): Promise<void> };
  sleep?: (ms: number) => Promise<void>;
  /** How long one getUpdates call waits for updates (long polling). */
  pollTimeoutSec?: number;
}

/** Zalo allows about one message a second to one chat: the parts of a long push are spaced. */
const PART_GAP_MS = 1100;

/** What a failed Zalo call means for the dispatcher. */
function sendResultOf(err: unknown): SendResult {
  if (err instanceof ZaloApiError) {
    if (err.errorCode === 429) return { ok: false, kind: "rate-limited", retryAfterSec: err.retryAfter ?? 5 };
    if (err.errorCode === 403) return { ok: false, kind: "blocked" };
    if (err.errorCode === 0 || err.errorCode >= 500) return { ok: false, kind: "transient", error: err.message };
    return { ok: false, kind: "permanent", error: err.message };
  }
  return { ok: false, kind: "transient", error: String(err) };
}

/**
 * The Zalo channel: translates Zalo updates to the core's messages and
 * replies back as plain text with numbered options (Zalo has no buttons),
 * split to Zalo's length limit. Updates of one chat are handled in order.
 */
export class ZaloChannel implements ChannelPort {
  readonly name = "zalo" as const;
  readonly capabilities = { buttons: false, maxText: ZALO_MAX_TEXT, paced: true };
  private readonly queue: ChatQueue;
  private polling: AbortController | null = null;
  private pollLoop: Promise<void> | null = null;
  private handler: MessageHandler | null = null;
  private lease: { stop(): Promise<void> } | null = null;

  constructor(private readonly o: ZaloChannelOptions) {
    this.queue = new ChatQueue((err) => o.log.error({ err: String(err) }, "zalo update failed"));
  }

  private t(id: string, args?: Record<string, string>, locale?: string) {
    return this.o.i18n.plain(isLocale(locale) ? locale : this.o.locale, id, args);
  }

  private async download(url: string): Promise<Uint8Array> {
    if (!/^https?:\/\//i.test(url)) throw new Error("not an http(s) URL");
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    if (!res.ok) throw new Error(`download failed: ${res.status}`);
    const max = this.o.maxDownloadBytes ?? 20 * 1024 * 1024;
    const length = Number(res.headers.get("content-length") ?? 0);
    if (length > max) throw new Error("file too large");
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > max) throw new Error("file too large");
    return bytes;
  }

  /** A Zalo update as the core's Incoming; null for events we do not know (logged, ignored). */
  toIncoming(u: ZaloUpdate): Incoming | null {
    const m = u.message;
    const base = {
      channel: "zalo" as const,
      externalId: m.from.id,
      chatId: m.chat.id,
      displayName: m.from.display_name ?? m.from.name ?? "",
      buttons: false,
    };
    switch (u.event_name) {
      case "message.text.received":
        return { ...base, text: m.text ?? "" };
      case "message.image.received": {
        const photo = m.photo;
        const caption = m.caption ? { text: m.caption } : {};
        return {
          ...base,
          ...caption,
          attachment: {
            kind: "photo",
            fileName: "anh.jpg",
            ...(photo ? { download: () => this.download(photo) } : {}),
          },
        };
      }
      case "message.sticker.received":
        return { ...base, attachment: { kind: "sticker" } };
      case "message.unsupported.received":
        return { ...base, attachment: { kind: "other" } };
      default:
        return null;
    }
  }

  /** Validates and queues one raw update (wrapped as the webhook sends it, or bare); never throws. */
  accept(raw: unknown): boolean {
    const parsed = zaloWebhookBody.safeParse(raw);
    if (!parsed.success) {
      this.o.log.warn({ issue: parsed.error.issues[0]?.message }, "zalo update rejected");
      return false;
    }
    const incoming = this.toIncoming(parsed.data);
    if (!incoming) {
      this.o.log.info({ event: parsed.data.event_name }, "zalo event ignored");
      return true;
    }
    this.queue.push(incoming.chatId, () => this.process(incoming));
    return true;
  }

  /** Waits until every queued update has been answered (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  private async process(incoming: Incoming): Promise<void> {
    let reply: Reply;
    try {
      if (!this.handler) throw new Error("zalo channel not started");
      reply = await this.handler(incoming);
    } catch (err) {
      this.o.log.error({ err: String(err) }, "assistant failed");
      await this.o.client.sendMessage(incoming.chatId, this.t("internal-error")).catch(() => undefined);
      return;
    }
    for (const part of this.render(reply)) await this.o.client.sendMessage(incoming.chatId, part);
    for (const url of photosOf(reply.messages)) await this.o.client.sendPhoto(incoming.chatId, url);
  }

  render(reply: Reply): string[] {
    const t = (id: string, args: Record<string, string>) => this.t(id, args, reply.locale);
    return renderPlainReply(
      reply,
      (choices) => t("numbered-reply", { choices }),
      (file) => (photoUrl(file) ? "" : t("file-note", { name: file.name })),
      ZALO_MAX_TEXT,
    );
  }

  /** A push: plain text; options numbered, or the message's hint of what to type; a file by its name. */
  async send(chatId: string, message: OutMessage): Promise<SendResult> {
    const t = (id: string, args: Record<string, string>) => this.t(id, args);
    const text = renderPlainPush(
      message,
      (choices) => t("numbered-reply", { choices }),
      (file) => (photoUrl(file) ? "" : t("file-note", { name: file.name })),
    );
    const client = this.o.pushClient ?? this.o.client;
    try {
      for (const [i, part] of splitText(text, ZALO_MAX_TEXT).entries()) {
        if (i > 0) await (this.o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(PART_GAP_MS);
        await client.sendMessage(chatId, part);
      }
      for (const url of photosOf([message])) await client.sendPhoto(chatId, url);
      return { ok: true };
    } catch (err) {
      return sendResultOf(err);
    }
  }

  /** Receives through the configured webhook, or by long polling (only while leader, with several instances). */
  async start(onMessage: MessageHandler): Promise<StartedChannel> {
    this.handler = onMessage;
    if (this.o.webhook) return { webhook: await this.startWebhook(this.o.webhook) };
    if (this.o.whileLeader) {
      const poll = async () => this.startPolling(this.o.pollTimeoutSec);
      this.lease = this.o.whileLeader(poll, () => this.stopPolling());
    } else this.startPolling(this.o.pollTimeoutSec);
    return {};
  }

  startPolling(timeoutSec = 30): void {
    if (this.polling) return;
    const controller = new AbortController();
    this.polling = controller;
    this.pollLoop = (async () => {
      await this.o.client
        .deleteWebhook()
        .catch((err) => this.o.log.warn({ err: String(err) }, "zalo deleteWebhook failed"));
      let failures = 0;
      while (!controller.signal.aborted) {
        try {
          const updates = await this.o.client.getUpdates(timeoutSec, controller.signal);
          failures = 0;
          for (const u of updates) this.accept(u);
        } catch (err) {
          if (controller.signal.aborted) break;
          failures++;
          this.o.log.warn({ err: String(err) }, "zalo getUpdates failed");
          await new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** failures, 30_000)));
        }
      }
    })();
  }

  /** Registers the webhook with Zalo; the application's HTTP server serves the returned route. */
  async startWebhook(opts: { url: string; secret: string }): Promise<WebhookRoute> {
    await this.o.client.setWebhook(opts.url, opts.secret);
    return {
      name: "zalo",
      path: new URL(opts.url).pathname,
      secretHeader: "x-bot-api-secret-token",
      secret: opts.secret,
      accept: (body) => this.accept(body),
    };
  }

  private async stopPolling(): Promise<void> {
    this.polling?.abort();
    await this.pollLoop;
    this.polling = null;
  }

  async stop(): Promise<void> {
    await this.lease?.stop();
    this.lease = null;
    await this.stopPolling();
    await this.idle();
  }
}

/** The Bot API takes a picture only by its address: a photo with one is sent as a photo, others by name. */
const photoUrl = (file: NonNullable<OutMessage["file"]>) => (file.kind === "photo" ? file.url : undefined);
const photosOf = (messages: OutMessage[]) =>
  messages.flatMap((m) => (m.file && photoUrl(m.file) ? [photoUrl(m.file)!] : []));
