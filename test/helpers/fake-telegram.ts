import http from "node:http";
import type { AddressInfo } from "node:net";
import { commandsProblem, keyboardProblem, telegramHtmlProblem } from "./telegram-rules.js";

// A small Telegram Bot API on 127.0.0.1 for end-to-end tests: serves
// getUpdates from a queue the test fills and records what the bot sends.

export interface Call {
  method: string;
  body: Record<string, any>;
}

export class FakeTelegram {
  readonly calls: Call[] = [];
  private updates: Record<string, unknown>[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private waiters: (() => void)[] = [];
  private server?: http.Server;
  /** Methods that answer with an error once, to exercise retries: method → [code, retry_after]. */
  failures = new Map<string, [number, number]>();
  /** Files the bot may download with getFile: file_id → bytes. */
  readonly files = new Map<string, Uint8Array>();
  /** Requests Telegram would have refused (each also answered 400, as Telegram does). */
  readonly violations: string[] = [];
  /** Messages the bot sent: id → chat, whether it is media, the callback data of its buttons. */
  private readonly messages = new Map<number, { chatId: number; media: boolean; text: string; data: string[] }>();
  /** Callback queries pressed and not yet answered with answerCallbackQuery. */
  private readonly unanswered = new Set<string>();
  url = "";

  constructor(
    readonly token = "123456:TEST-token-for-fake-api",
    readonly username = "cchc_test_bot",
  ) {}

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
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(req.url ?? "");
    if (download) {
      const bytes =
        download[1] === this.token
          ? this.files.get(decodeURIComponent(download[2]!).replace(/^files\//, ""))
          : undefined;
      if (!bytes) return void res.writeHead(404).end();
      return void res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.from(bytes));
    }
    const m = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? "");
    const send = (status: number, payload: unknown): void =>
      void res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
    if (!m || m[1] !== this.token) return send(401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = m[2]!;
    let body: Record<string, any> = {};
    const raw = Buffer.concat(chunks).toString("utf8");
    const type = req.headers["content-type"] ?? "";
    if (type.includes("multipart/form-data")) body = parseMultipart(Buffer.concat(chunks), type);
    else if (raw) body = type.includes("json") ? JSON.parse(raw) : Object.fromEntries(new URLSearchParams(raw));
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      this.calls.push({ method: `${method}:failed`, body });
      return send(failure[0], {
        ok: false,
        error_code: failure[0],
        description: "Too Many Requests: retry later",
        parameters: { retry_after: failure[1] },
      });
    }
    if (method !== "getUpdates") this.calls.push({ method, body });
    const problem = this.check(method, body);
    if (problem) {
      this.violations.push(`${method}: ${problem}`);
      return send(400, { ok: false, error_code: 400, description: `Bad Request: ${problem}` });
    }
    const message = (chatId: unknown, text: unknown, media = false) => {
      const id = this.nextMessageId++;
      const data = ((body.reply_markup?.inline_keyboard ?? []) as { callback_data: string }[][])
        .flat()
        .map((b) => b.callback_data);
      this.messages.set(id, { chatId: Number(chatId), media, text: String(text ?? ""), data });
      return {
        message_id: id,
        date: Math.floor(Date.now() / 1000),
        chat: { id: Number(chatId), type: "private" },
        text,
      };
    };
    switch (method) {
      case "getMe":
        return send(200, {
          ok: true,
          result: {
            id: 42,
            is_bot: true,
            first_name: "CCHC",
            username: this.username,
            can_join_groups: true,
            can_read_all_group_messages: false,
            supports_inline_queries: false,
          },
        });
      case "getUpdates": {
        const offset = Number(body.offset ?? 0);
        this.updates = this.updates.filter((u) => (u.update_id as number) >= offset);
        if (this.updates.length === 0) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.min(Number(body.timeout ?? 0), 1) * 1000);
            this.waiters.push(() => {
              clearTimeout(timer);
              resolve();
            });
          });
        }
        return send(200, { ok: true, result: this.updates.slice(0, Number(body.limit ?? 100)) });
      }
      case "sendMessage":
        return send(200, { ok: true, result: message(body.chat_id, body.text) });
      case "sendDocument":
      case "sendPhoto":
        return send(200, { ok: true, result: message(body.chat_id, body.caption, true) });
      case "getFile": {
        const bytes = this.files.get(String(body.file_id));
        if (!bytes)
          return send(400, { ok: false, error_code: 400, description: "Bad Request: file is too big or gone" });
        return send(200, {
          ok: true,
          result: {
            file_id: body.file_id,
            file_unique_id: body.file_id,
            file_size: bytes.length,
            file_path: `files/${body.file_id}`,
          },
        });
      }
      case "editMessageText": {
        const m = this.messages.get(Number(body.message_id));
        if (m) {
          m.text = String(body.text);
          m.data = ((body.reply_markup?.inline_keyboard ?? []) as { callback_data: string }[][])
            .flat()
            .map((b) => b.callback_data);
        }
        return send(200, {
          ok: true,
          result: {
            message_id: Number(body.message_id),
            date: 0,
            chat: { id: Number(body.chat_id), type: "private" },
            text: body.text,
          },
        });
      }
      case "editMessageCaption":
      case "editMessageReplyMarkup":
        return send(200, { ok: true, result: true });
      case "answerCallbackQuery":
        this.unanswered.delete(String(body.callback_query_id));
        return send(200, { ok: true, result: true });
      case "setMyCommands":
      case "deleteWebhook":
      case "setWebhook":
        return send(200, { ok: true, result: true });
      default:
        return send(404, { ok: false, error_code: 404, description: `Not Found: method ${method}` });
    }
  }

  /** What Telegram would refuse in this request, or null. */
  private check(method: string, body: Record<string, any>): string | null {
    const markup = typeof body.reply_markup === "string" ? JSON.parse(body.reply_markup) : body.reply_markup;
    switch (method) {
      case "sendMessage":
        if (body.parse_mode === "HTML") return telegramHtmlProblem(body.text, 4096) ?? keyboardProblem(markup);
        // Plain text is legal; our own mistake would be markup sent without parse_mode (shown as raw tags).
        if (/<\/?(b|i|code)>/.test(String(body.text))) return "markup sent without parse_mode HTML";
        return typeof body.text === "string" && body.text.trim() && body.text.length <= 4096
          ? keyboardProblem(markup)
          : "message text is empty or too long";
      case "editMessageText": {
        const m = this.messages.get(Number(body.message_id));
        if (m?.media) return "there is no text in the message to edit";
        const data = ((markup?.inline_keyboard ?? []) as { callback_data: string }[][])
          .flat()
          .map((b) => b.callback_data);
        if (m && m.text === body.text && m.data.join("|") === data.join("|")) return "message is not modified";
        return telegramHtmlProblem(body.text, 4096) ?? keyboardProblem(markup);
      }
      case "sendPhoto":
      case "sendDocument":
      case "editMessageCaption":
        return body.caption === undefined
          ? keyboardProblem(markup)
          : (telegramHtmlProblem(body.caption, 1024) ?? keyboardProblem(markup));
      case "editMessageReplyMarkup":
        return keyboardProblem(markup);
      case "answerCallbackQuery":
        return typeof body.text === "string" && body.text.length > 200
          ? "callback answer text over 200 characters"
          : null;
      case "setMyCommands":
        return commandsProblem(typeof body.commands === "string" ? JSON.parse(body.commands) : body.commands);
      default:
        return null;
    }
  }

  /** Fails the calling test when the bot did something Telegram refuses, or left a button press unanswered. */
  assertClean(): void {
    const problems = [...this.violations, ...[...this.unanswered].map((id) => `callback query ${id} never answered`)];
    this.violations.length = 0;
    this.unanswered.clear();
    if (problems.length) throw new Error(`Telegram would refuse:\n${problems.join("\n")}`);
  }

  /** Queues any update object as is (for malformed-input tests). */
  pushRaw(update: Record<string, unknown>): void {
    this.push(update);
  }

  private push(update: Record<string, unknown>): void {
    this.updates.push({ update_id: this.nextUpdateId++, ...update });
    for (const w of this.waiters.splice(0)) w();
  }

  private user(id: number, name = `User ${id}`, language = "vi") {
    return { id, is_bot: false, first_name: name, language_code: language };
  }

  sendText(
    fromId: number,
    text: string,
    opts: { name?: string; language?: string; chat?: { id: number; type: string } } = {},
  ): void {
    this.push({
      message: {
        message_id: this.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        from: this.user(fromId, opts.name, opts.language),
        chat: opts.chat ?? { id: fromId, type: "private" },
        text,
        ...(text.startsWith("/")
          ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] }
          : {}),
      },
    });
  }

  /** The user sends a document the bot can fetch (size as announced by Telegram). */
  sendDocument(fromId: number, bytes: Uint8Array, fileName: string, announcedSize = bytes.length): void {
    const fileId = `doc-${this.nextMessageId}`;
    this.files.set(fileId, bytes);
    this.sendRaw(fromId, {
      document: { file_id: fileId, file_unique_id: fileId, file_name: fileName, file_size: announcedSize },
    });
  }

  sendPhoto(fromId: number, bytes: Uint8Array): void {
    const fileId = `photo-${this.nextMessageId}`;
    this.files.set(fileId, bytes);
    this.sendRaw(fromId, {
      photo: [
        { file_id: `${fileId}-small`, file_unique_id: "s", width: 90, height: 90 },
        { file_id: fileId, file_unique_id: fileId, width: 800, height: 600, file_size: bytes.length },
      ],
    });
  }

  sendRaw(fromId: number, message: Record<string, unknown>): void {
    this.push({
      message: {
        message_id: this.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        from: this.user(fromId),
        chat: { id: fromId, type: "private" },
        ...message,
      },
    });
  }

  /** Presses a button: on the latest message to that chat that carries it (or on `messageId`). */
  press(fromId: number, data: string, messageId?: number): void {
    const carrying = [...this.messages.entries()]
      .filter(([, m]) => m.chatId === fromId && m.data.includes(data))
      .at(-1);
    const id = messageId ?? carrying?.[0] ?? 1;
    const m = this.messages.get(id);
    const shown = m?.media
      ? { caption: m.text, document: { file_id: "f", file_unique_id: "f" } }
      : { text: m?.text || "…" };
    const queryId = String(this.nextUpdateId * 7);
    this.unanswered.add(queryId);
    this.push({
      callback_query: {
        id: queryId,
        from: this.user(fromId),
        chat_instance: "x",
        data,
        message: { message_id: id, date: 0, chat: { id: fromId, type: "private" }, ...shown },
      },
    });
  }

  /** Calls to a method since index `from`. */
  sent(method: string, chatId?: number, from = 0): Call[] {
    return this.calls
      .slice(from)
      .filter((c) => c.method === method && (chatId === undefined || Number(c.body.chat_id) === chatId));
  }

  /** Waits until `predicate` holds over the calls (polling; the bot runs concurrently). */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (Date.now() > deadline)
        throw new Error(`timed out; calls so far: ${JSON.stringify(this.calls.map((c) => c.method))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Waits until the bot has been quiet for `quietMs` (earlier replies have all arrived). */
  async settle(quietMs = 120): Promise<void> {
    let seen = -1;
    while (seen !== this.calls.length) {
      seen = this.calls.length;
      await new Promise((r) => setTimeout(r, quietMs));
    }
  }

  /** Sends a text and waits for the bot's next sendMessage/editMessageText to that chat. */
  async ask(fromId: number, text: string): Promise<Call> {
    return this.answerTo(fromId, () => this.sendText(fromId, text));
  }

  /** Does what a person does (`act`: a document sent, a button pressed) and waits for the bot's first answer. */
  async answerTo(fromId: number, act: () => void): Promise<Call> {
    await this.settle();
    const from = this.calls.length;
    act();
    return this.waitFor(() =>
      this.calls
        .slice(from)
        .find(
          (c) => (c.method === "sendMessage" || c.method === "editMessageText") && Number(c.body.chat_id) === fromId,
        ),
    );
  }
}

/** The fields of a multipart body; files by name, size and bytes. */
function parseMultipart(body: Buffer, contentType: string): Record<string, any> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return {};
  const out: Record<string, any> = {};
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  for (const part of body.toString("latin1").split(delimiter)) {
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    const name = /[;\s]name="([^"]+)"/.exec(headers)?.[1];
    if (!name) continue;
    const value = part.slice(headerEnd + 4).replace(/\r\n$/, "");
    const fileName = /filename="?([^";\r\n]*)"?/.exec(headers)?.[1];
    if (fileName !== undefined)
      out[`${name}:file`] = { fileName, size: value.length, bytes: Buffer.from(value, "latin1") };
    else out[name] = Buffer.from(value, "latin1").toString("utf8");
  }
  for (const key of ["reply_markup"]) if (typeof out[key] === "string") out[key] = JSON.parse(out[key]);
  return out;
}

/** The inline buttons of a sent message, in order. */
export const buttonsOf = (call: Call) =>
  ((call.body.reply_markup?.inline_keyboard ?? []) as { text: string; callback_data: string }[][]).flat();
