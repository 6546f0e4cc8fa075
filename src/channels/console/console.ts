import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import type { Assistant } from "../../core/assistant.js";
import { renderPlainReply } from "../../core/plain.js";
import type { Incoming, Reply } from "../../core/types.js";
import { isLocale, type Locale } from "../../i18n.js";

export interface ConsoleOptions {
  assistant: Assistant;
  externalId: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Prompt and greet only when a person is typing (stdin is a terminal). */
  interactive: boolean;
  locale: Locale;
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
 * of input, so it can be scripted.
 */
export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const { assistant, output } = opts;
  const t = (id: string, args?: Record<string, string>, locale?: string) =>
    assistant.services.i18n.plain(isLocale(locale) ? locale : opts.locale, id, args);
  const write = (s: string) => output.write(`${s}\n`);
  const show = (reply: Reply) => {
    const numbered = (choices: string) => t("numbered-reply", { choices }, reply.locale);
    for (const part of renderPlainReply(reply, numbered, (name) => t("file-note", { name }, reply.locale))) {
      write(part);
      write("");
    }
  };
  const rl = readline.createInterface({ input: opts.input, terminal: false });
  if (opts.interactive) {
    write(t("console-welcome"));
    output.write("> ");
  }
  for await (const line of rl) {
    const base = { channel: "console" as const, externalId: opts.externalId, chatId: opts.externalId, buttons: false };
    const upload = /^\/file\s+(.+)$/.exec(line.trim());
    // "/file <path>" stands for sending a file, as one would in a chat app.
    const incoming = upload
      ? { ...base, attachment: await fileAttachment(upload[1]!.trim()) }
      : { ...base, text: line };
    const reply = await assistant.handle(incoming);
    show(reply);
    if (opts.interactive) output.write("> ");
  }
  rl.close();
}
