import readline from "node:readline";
import type { Assistant } from "../../core/assistant.js";
import { stripHtml } from "../../core/html.js";
import { flattenButtons, type OutMessage, type Reply } from "../../core/types.js";
import type { Locale } from "../../i18n.js";

export interface ConsoleOptions {
  assistant: Assistant;
  externalId: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Prompt and greet only when a person is typing (stdin is a terminal). */
  interactive: boolean;
  locale: Locale;
}

/** Plain text with numbered options: what a terminal (or Zalo) can show. */
export function renderPlain(message: OutMessage, numberedReply: (choices: string) => string, firstNumber = 1): string {
  const lines = [stripHtml(message.text)];
  const options = flattenButtons(message.buttons);
  if (options.length) {
    options.forEach((o, i) => lines.push(`  ${firstNumber + i}) ${o.label}`));
    const numbers = options.map((_, i) => String(firstNumber + i));
    lines.push(numberedReply(numbers.length > 3 ? `${numbers[0]}–${numbers.at(-1)}` : numbers.join(", ")));
  }
  return lines.join("\n");
}

/**
 * The console channel: chat with the assistant in a terminal. Reads lines,
 * answers each; without a terminal it answers every line and stops at the end
 * of input, so it can be scripted.
 */
export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const { assistant, output } = opts;
  const t = (id: string, args?: Record<string, string>) => assistant.services.i18n.t(opts.locale, id, args);
  const write = (s: string) => output.write(`${s}\n`);
  const show = (reply: Reply) => {
    let n = 1;
    for (const m of reply.messages) {
      write(renderPlain(m, (choices) => t("numbered-reply", { choices }), n));
      n += flattenButtons(m.buttons).length;
      write("");
    }
    if (reply.toast && reply.messages.length === 0) write(reply.toast);
  };
  const rl = readline.createInterface({ input: opts.input, terminal: false });
  if (opts.interactive) {
    write(t("console-welcome"));
    output.write("> ");
  }
  for await (const line of rl) {
    const reply = await assistant.handle({ channel: "console", externalId: opts.externalId, chatId: opts.externalId, text: line, buttons: false });
    show(reply);
    if (opts.interactive) output.write("> ");
  }
  rl.close();
}
