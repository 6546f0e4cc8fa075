import { splitText, stripHtml } from "./html.js";
import { flattenButtons, type OutMessage, type Reply } from "./types.js";

type StoredFile = NonNullable<OutMessage["file"]>;

/**
 * Plain text with numbered options, for channels without markup or buttons
 * (the console, Zalo). Numbers run on across the messages of one reply, the
 * same order the core remembers them in.
 */
export function renderPlainReply(
  reply: Reply,
  numberedReply: (choices: string) => string,
  fileNote: (file: StoredFile) => string,
  maxChars = Infinity,
): string[] {
  const out: string[] = [];
  let n = 1;
  for (const m of reply.messages) {
    out.push(...splitText(renderPlain(m, numberedReply, fileNote, n), maxChars));
    n += flattenButtons(m.buttons).length;
  }
  if (reply.toast && reply.messages.length === 0) out.push(reply.toast);
  return out;
}

export function renderPlain(
  message: OutMessage,
  numberedReply: (choices: string) => string,
  fileNote: (file: StoredFile) => string,
  firstNumber = 1,
): string {
  const lines = [stripHtml(message.text)];
  const note = message.file ? fileNote(message.file) : "";
  if (note) lines.push(note);
  const options = flattenButtons(message.buttons);
  if (options.length) {
    for (const [i, o] of options.entries()) lines.push(`  ${firstNumber + i}) ${o.label}`);
    const numbers = options.map((_, i) => String(firstNumber + i));
    lines.push(numberedReply(numbers.length > 3 ? `${numbers[0]}–${numbers.at(-1)}` : numbers.join(", ")));
  }
  return lines.join("\n");
}

/**
 * A push on a channel without buttons. With a hint ("reply 'nhắc lại sau 3 ngày'") its buttons are replaced
 * by the hint, not numbered: a number typed later would pick from another message's options.
 */
export function renderPlainPush(
  message: OutMessage,
  numberedReply: (choices: string) => string,
  fileNote: (file: StoredFile) => string,
): string {
  const { buttons, hint, ...rest } = message;
  if (!hint) return renderPlain(message, numberedReply, fileNote, message.numberFrom ?? 1);
  const text = renderPlain(rest, numberedReply, fileNote);
  return buttons?.length ? `${text}\n${hint}` : text;
}
