import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import type { ChannelPort, MessageHandler, SendResult, StartedChannel } from "../../core/channel-port.js";
import { renderPlainPush, renderPlainReply } from "../../core/plain.js";
import type { Incoming, OutMessage, Reply } from "../../core/types.js";
import { isLocale, type I18n, type Locale } from "../../i18n.js";

export interface ConsoleOptions {
  /** Who is typing: the chat account's id (and chat) on the console channel. */
  externalId: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Prompt and greet only when a person is typing (stdin is a terminal). */
  interactive: boolean;
  locale: Locale;
  /** What the session runs on (plans loaded, the database, who it is), shown above the first prompt. */
  banner?: string;
  i18n: I18n;
  /** Runs before the first line and after each answer: sends what the outbox holds for this person. */
  afterTurn?: () => Promise<unknown>;
}

async function fileAttachment(file: string): Promise<NonNullable<Incoming["attachment"]>> {
  const info = await stat(file).catch(() => null);
  const photo = /\.(jpe?g|png)$/i.test(file);
  return {
    kind: photo ? "photo" : "document",
    fileName: path.basename(file),
    size: info?.size ?? 0,
    download: async () => new Uint8Array(await readFile(file)),
  };
}

/**
 * The console channel: chat with the assistant in a terminal. Reads lines,
 * answers each; without a terminal it answers every line and stops at the end
 * of input, so it can be scripted. Pushes addressed to its person (a decision
 * on their submission, a reminder) are printed as they are sent.
 */
export class ConsoleChannel implements ChannelPort {
  readonly name = "console" as const;
  readonly capabilities = { buttons: false, maxText: Number.POSITIVE_INFINITY, paced: false };
  private rl: readline.Interface | null = null;

  constructor(private readonly o: ConsoleOptions) {}

  private t(id: string, args?: Record<string, string>, locale?: string) {
    return this.o.i18n.plain(isLocale(locale) ? locale : this.o.locale, id, args);
  }

  private write(s: string) {
    this.o.output.write(`${s}\n`);
  }

  private show(reply: Reply) {
    const numbered = (choices: string) => this.t("numbered-reply", { choices }, reply.locale);
    // A stored file is on this machine: its path is shown.
    const fileNote = (file: { name: string; path: string }) =>
      this.t("console-file-at", { name: file.name, path: file.path }, reply.locale);
    for (const part of renderPlainReply(reply, numbered, fileNote)) {
      this.write(part);
      this.write("");
    }
  }

  async send(chatId: string, message: OutMessage): Promise<SendResult> {
    if (chatId !== this.o.externalId) return { ok: false, kind: "permanent", error: "not this console's person" };
    const numbered = (choices: string) => this.t("numbered-reply", { choices });
    const fileNote = (file: { name: string; path: string }) =>
      this.t("console-file-at", { name: file.name, path: file.path });
    this.write(this.t("console-push"));
    this.write(renderPlainPush(message, numbered, fileNote));
    this.write("");
    return { ok: true };
  }

  async start(onMessage: MessageHandler): Promise<StartedChannel> {
    return { finished: this.read(onMessage) };
  }

  private async read(onMessage: MessageHandler): Promise<void> {
    const { output, interactive } = this.o;
    this.rl = readline.createInterface({ input: this.o.input, terminal: false });
    // Taken before anything is awaited: lines read before the iterator exists would be lost.
    const lines = this.rl[Symbol.asyncIterator]();
    if (interactive)
      this.write(this.o.banner ? `${this.t("console-welcome")}\n${this.o.banner}` : this.t("console-welcome"));
    await this.o.afterTurn?.();
    if (interactive) output.write("> ");
    for await (const line of { [Symbol.asyncIterator]: () => lines }) {
      const base = { channel: "console" as const, externalId: this.o.externalId, chatId: this.o.externalId };
      const upload = /^\/file\s+(.+)$/.exec(line.trim());
      // "/file <path>" stands for sending a file, as one would in a chat app.
      const incoming: Incoming = upload
        ? { ...base, buttons: false, attachment: await fileAttachment(upload[1]!.trim()) }
        : { ...base, buttons: false, text: line };
      this.show(await onMessage(incoming));
      await this.o.afterTurn?.();
      if (interactive) output.write("> ");
    }
    this.rl.close();
  }

  async stop(): Promise<void> {
    this.rl?.close();
  }
}
