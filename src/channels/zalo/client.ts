import { fetch } from "undici";
import { z } from "zod";

// A small typed client for the Zalo Bot Platform (Telegram-like Bot API).
// Every response is validated; the token never appears in errors or logs.

const envelope = z.object({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.number().optional(),
  description: z.string().optional(),
  parameters: z.object({ retry_after: z.number().optional() }).passthrough().optional(),
});

export const zaloUser = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String),
    display_name: z.string().optional(),
    name: z.string().optional(),
  })
  .passthrough();

export const zaloMessage = z
  .object({
    message_id: z.union([z.string(), z.number()]).transform(String).optional(),
    from: zaloUser,
    chat: z
      .object({ id: z.union([z.string(), z.number()]).transform(String), chat_type: z.string().optional() })
      .passthrough(),
    date: z.number().optional(),
    text: z.string().max(20_000).optional(),
    photo: z.string().max(4000).optional(),
    caption: z.string().max(4000).optional(),
  })
  .passthrough();

export const zaloUpdate = z.object({ event_name: z.string().max(100), message: zaloMessage }).passthrough();
export type ZaloUpdate = z.infer<typeof zaloUpdate>;

const me = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String),
    account_name: z.string().optional(),
    display_name: z.string().optional(),
  })
  .passthrough();
const webhookInfo = z.object({ url: z.string().optional() }).passthrough();

export class ZaloApiError extends Error {
  override name = "ZaloApiError";
  constructor(
    readonly method: string,
    readonly errorCode: number,
    readonly description: string,
    readonly retryAfter?: number,
  ) {
    super(`Zalo ${method} failed: ${errorCode} ${description}`);
  }
}

export interface ZaloClientOptions {
  token: string;
  apiRoot?: string;
  /** Per request (long polls add their own timeout to it). */
  timeoutMs?: number;
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
}

export const ZALO_API_ROOT = "https://bot-api.zaloplatforms.com";

export class ZaloClient {
  private readonly root: string;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly o: ZaloClientOptions) {
    this.root = (o.apiRoot ?? ZALO_API_ROOT).replace(/\/$/, "");
    this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Calls a method; retries network errors and rate limits with backoff. */
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one retry loop; its cases read best together.
  async call<T>(
    method: string,
    params: Record<string, unknown>,
    schema: z.ZodType<T>,
    extraTimeoutMs = 0,
    signal?: AbortSignal,
  ): Promise<T> {
    const retries = this.o.retries ?? 3;
    for (let attempt = 0; ; attempt++) {
      let body: unknown;
      try {
        const res = await fetch(`${this.root}/bot${this.o.token}/${method}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(params),
          signal: signal
            ? AbortSignal.any([signal, AbortSignal.timeout((this.o.timeoutMs ?? 15_000) + extraTimeoutMs)])
            : AbortSignal.timeout((this.o.timeoutMs ?? 15_000) + extraTimeoutMs),
        });
        body = await res.json().catch(() => ({ ok: false, error_code: res.status, description: `HTTP ${res.status}` }));
      } catch (err) {
        if (signal?.aborted) throw new ZaloApiError(method, 0, "aborted");
        if (attempt < retries) {
          await this.sleep(Math.min(500 * 2 ** attempt, 8000));
          continue;
        }
        throw new ZaloApiError(method, 0, `network error: ${(err as Error).name}`);
      }
      const parsed = envelope.safeParse(body);
      if (!parsed.success) throw new ZaloApiError(method, -1, "malformed response");
      const env = parsed.data;
      if (env.ok) {
        const result = schema.safeParse(env.result);
        if (!result.success) throw new ZaloApiError(method, -1, "unexpected result shape");
        return result.data;
      }
      const code = env.error_code ?? -1;
      const retryAfter = env.parameters?.retry_after;
      if (code === 429 && attempt < retries) {
        await this.sleep((retryAfter ?? 2 ** attempt) * 1000);
        continue;
      }
      throw new ZaloApiError(method, code, (env.description ?? "").replaceAll(this.o.token, "[token]"), retryAfter);
    }
  }

  getMe() {
    return this.call("getMe", {}, me);
  }

  /** Long polling: the platform may answer one update, an array, or 408 when nothing came. */
  async getUpdates(timeoutSec = 30, signal?: AbortSignal): Promise<ZaloUpdate[]> {
    try {
      const raw = await this.call("getUpdates", { timeout: timeoutSec }, z.unknown(), timeoutSec * 1000, signal);
      const list = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
      return list.flatMap((u) => {
        const p = zaloUpdate.safeParse(u);
        return p.success ? [p.data] : [];
      });
    } catch (err) {
      if (err instanceof ZaloApiError && err.errorCode === 408) return [];
      throw err;
    }
  }

  setWebhook(url: string, secretToken: string) {
    return this.call("setWebhook", { url, secret_token: secretToken }, z.unknown());
  }

  deleteWebhook() {
    return this.call("deleteWebhook", {}, z.unknown());
  }

  getWebhookInfo() {
    return this.call("getWebhookInfo", {}, webhookInfo);
  }

  sendMessage(chatId: string, text: string) {
    return this.call("sendMessage", { chat_id: chatId, text }, z.unknown());
  }

  sendPhoto(chatId: string, photo: string, caption?: string) {
    return this.call("sendPhoto", { chat_id: chatId, photo, ...(caption ? { caption } : {}) }, z.unknown());
  }

  sendChatAction(chatId: string, action: "typing" | "upload_photo" = "typing") {
    return this.call("sendChatAction", { chat_id: chatId, action }, z.unknown());
  }
}
