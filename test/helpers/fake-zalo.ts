import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

// A small Zalo Bot API on 127.0.0.1: getUpdates from a queue (one update per
// answer, as documented, or an array), 408 when nothing came, sends recorded.
// It refuses what the platform refuses (sendMessage text must be 1–2000
// characters) and builds updates exactly as the documentation shows them.

export interface ZaloCall {
  method: string;
  body: Record<string, any>;
}

export class FakeZalo {
  readonly calls: ZaloCall[] = [];
  readonly images = new Map<string, Uint8Array>();
  private queue: unknown[] = [];
  private waiters: (() => void)[] = [];
  private server?: http.Server;
  url = "";
  /** Answer getUpdates with an array instead of a single update object. */
  arrays = false;
  /** Requests the platform would have refused (each also answered 400). */
  readonly violations: string[] = [];

  constructor(readonly token = "zalo-test-token-123456") {}

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const w of this.waiters.splice(0)) w();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const send = (status: number, payload: unknown): void =>
      void res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
    const image = /^\/images\/(.+)$/.exec(req.url ?? "");
    if (image) {
      const bytes = this.images.get(image[1]!);
      return bytes
        ? void res.writeHead(200, { "content-type": "image/jpeg" }).end(Buffer.from(bytes))
        : void res.writeHead(404).end();
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    if (!m || m[1] !== this.token) return send(401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = m[2]!;
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
    if (method !== "getUpdates") this.calls.push({ method, body });
    switch (method) {
      case "getMe":
        return send(200, { ok: true, result: { id: "777", account_name: "cchc_bot", display_name: "Trợ lý CCHC" } });
      case "getUpdates": {
        if (this.queue.length === 0) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.min(Number(body.timeout ?? 0), 1) * 1000);
            this.waiters.push(() => {
              clearTimeout(timer);
              resolve();
            });
          });
        }
        if (this.queue.length === 0) return send(200, { ok: false, error_code: 408, description: "Request timeout" });
        if (this.arrays) return send(200, { ok: true, result: this.queue.splice(0) });
        return send(200, { ok: true, result: this.queue.shift() });
      }
      case "sendMessage": {
        const problem =
          typeof body.chat_id !== "string" || !body.chat_id
            ? "chat_id must be a non-empty string"
            : typeof body.text !== "string" || body.text.length < 1 || body.text.length > 2000
              ? `text must be 1–2000 characters (got ${typeof body.text === "string" ? body.text.length : "none"})`
              : !body.text.isWellFormed()
                ? "text is not valid UTF-8"
                : null;
        if (problem) {
          this.violations.push(`sendMessage: ${problem}`);
          return send(400, { ok: false, error_code: 400, description: problem });
        }
        return send(200, { ok: true, result: { message_id: randomBytes(10).toString("hex"), date: Date.now() } });
      }
      case "sendPhoto": {
        // The platform fetches the picture from its address: a path or a data URL is refused.
        const problem =
          typeof body.chat_id !== "string" || !body.chat_id
            ? "chat_id must be a non-empty string"
            : typeof body.photo !== "string" || !/^https?:\/\/\S+$/.test(body.photo)
              ? "photo must be the picture's http(s) URL"
              : body.caption !== undefined && (typeof body.caption !== "string" || body.caption.length > 2000)
                ? "caption must be at most 2000 characters"
                : null;
        if (problem) {
          this.violations.push(`sendPhoto: ${problem}`);
          return send(400, { ok: false, error_code: 400, description: problem });
        }
        return send(200, { ok: true, result: { message_id: randomBytes(10).toString("hex"), date: Date.now() } });
      }
      case "sendChatAction":
      case "setWebhook":
      case "deleteWebhook":
        return send(200, { ok: true, result: true });
      case "getWebhookInfo":
        return send(200, { ok: true, result: { url: "" } });
      default:
        return send(404, { ok: false, error_code: 404, description: "method not found" });
    }
  }

  /** Queues a raw update (anything, for malformed-input tests). */
  pushRaw(update: unknown): void {
    this.queue.push(update);
    for (const w of this.waiters.splice(0)) w();
  }

  /** An update as the documentation's sample shows it (ids are hex strings, date in milliseconds). */
  update(fromId: string, event: string, message: Record<string, unknown> = {}, displayName = `Zalo ${fromId}`) {
    return {
      event_name: event,
      message: {
        from: { id: fromId, display_name: displayName, is_bot: false },
        chat: { id: fromId, chat_type: "PRIVATE" },
        ...message,
        message_id: randomBytes(10).toString("hex"),
        date: Date.now(),
      },
    };
  }

  /** A webhook POST body as the platform sends it: the update wrapped like an API response. */
  webhookBody(update: unknown): { ok: true; result: unknown } {
    return { ok: true, result: update };
  }

  assertClean(): void {
    const problems = this.violations.splice(0);
    if (problems.length) throw new Error(`Zalo would refuse:\n${problems.join("\n")}`);
  }

  text(fromId: string, text: string): void {
    this.pushRaw(this.update(fromId, "message.text.received", { text }));
  }

  texts(chatId: string, from = 0): string[] {
    return this.calls
      .slice(from)
      .filter((c) => c.method === "sendMessage" && String(c.body.chat_id) === chatId)
      .map((c) => c.body.text as string);
  }

  async settle(quietMs = 150): Promise<void> {
    let seen = -1;
    while (seen !== this.calls.length) {
      seen = this.calls.length;
      await new Promise((r) => setTimeout(r, quietMs));
    }
  }
}
