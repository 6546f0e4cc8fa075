// What the Telegram Bot API checks before accepting a message, as documented
// for parse_mode HTML (https://core.telegram.org/bots/api#html-style) and the
// method limits. The fake Bot API refuses what these refuse, as Telegram does.

const ALLOWED = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "span",
  "tg-spoiler",
  "a",
  "tg-emoji",
  "code",
  "pre",
  "blockquote",
]);
const NAMED = new Set(["lt", "gt", "amp", "quot"]);
const NO_NESTING = new Set(["code", "pre"]);

/** Why Telegram would refuse this HTML text, or null. `limit` applies to the text after entity parsing. */
export function telegramHtmlProblem(html: unknown, limit: number): string | null {
  if (typeof html !== "string") return "text is not a string";
  if (!html.isWellFormed()) return "text is not valid UTF-8 (a lone surrogate)";
  const stack: string[] = [];
  let plain = "";
  const re = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^>]*)?)>|&(#\d+|#x[\da-fA-F]+|[a-zA-Z]+);|[<>&]/g;
  let at = 0;
  for (const m of html.matchAll(re)) {
    plain += html.slice(at, m.index);
    at = m.index + m[0].length;
    if (m[0] === "<" || m[0] === ">" || m[0] === "&") return `can't parse entities: unescaped "${m[0]}" at ${m.index}`;
    if (m[4] !== undefined) {
      const name = m[4];
      if (name.startsWith("#")) {
        const code = name[1] === "x" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        if (!(code > 0 && code <= 0x10ffff)) return `can't parse entities: bad numeric entity &${name};`;
        plain += "?";
      } else if (!NAMED.has(name)) return `can't parse entities: unsupported entity &${name};`;
      else plain += "?";
      continue;
    }
    const closing = m[1] === "/";
    const tag = m[2]!.toLowerCase();
    if (!ALLOWED.has(tag)) return `can't parse entities: unsupported start tag "${tag}"`;
    if (closing) {
      if (stack.at(-1) !== tag) return `can't parse entities: unmatched end tag "${tag}"`;
      stack.pop();
    } else {
      if (tag === "span" && !/class\s*=\s*"tg-spoiler"/.test(m[3] ?? ""))
        return "can't parse entities: span without tg-spoiler class";
      if (tag === "a" && !/href\s*=/.test(m[3] ?? "")) return "can't parse entities: a without href";
      const inside = stack.at(-1);
      if (inside && NO_NESTING.has(inside) && !(inside === "pre" && tag === "code"))
        return `can't parse entities: ${tag} inside ${inside}`;
      stack.push(tag);
    }
  }
  plain += html.slice(at);
  if (stack.length) return `can't parse entities: unclosed "${stack.at(-1)}"`;
  if (!plain.trim()) return "message text is empty";
  if (plain.length > limit) return `message is too long (${plain.length} > ${limit})`;
  return null;
}

/** Why Telegram would refuse this reply_markup, or null. */
export function keyboardProblem(markup: unknown): string | null {
  if (markup === undefined) return null;
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (!Array.isArray(rows)) return "reply_markup without inline_keyboard";
  for (const row of rows) {
    if (!Array.isArray(row)) return "inline_keyboard row is not an array";
    for (const b of row as { text?: unknown; callback_data?: unknown }[]) {
      if (typeof b.text !== "string" || !b.text.trim()) return "button text is empty";
      if (!b.text.isWellFormed()) return "button text is not valid UTF-8";
      if (typeof b.callback_data !== "string") return "button without callback_data";
      const bytes = Buffer.byteLength(b.callback_data, "utf8");
      if (bytes < 1 || bytes > 64) return `BUTTON_DATA_INVALID (${bytes} bytes)`;
    }
  }
  return null;
}

/** setMyCommands: 1–100 commands, names 1–32 of a–z 0–9 _, descriptions 1–256 characters. */
export function commandsProblem(commands: unknown): string | null {
  if (!Array.isArray(commands) || commands.length < 1 || commands.length > 100) return "BOT_COMMANDS_TOO_MUCH or empty";
  for (const c of commands as { command?: unknown; description?: unknown }[]) {
    if (typeof c.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(c.command))
      return `BOT_COMMAND_INVALID: ${String(c.command)}`;
    if (typeof c.description !== "string" || c.description.length < 1 || c.description.length > 256)
      return `BOT_COMMAND_DESCRIPTION_INVALID: ${c.command}`;
  }
  return null;
}
