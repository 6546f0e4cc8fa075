// Our message markup is a small HTML subset (Telegram's parse_mode HTML).

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Plain text for channels without markup (console, Zalo). */
export function stripHtml(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/**
 * Splits a message at line breaks so every part fits `max` characters; a line
 * longer than that is cut at a space. Tags never span lines in our messages.
 */
export function splitMessage(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let current = "";
  const push = () => {
    if (current) parts.push(current);
    current = "";
  };
  for (let line of text.split("\n")) {
    while (line.length > max) {
      const cut = line.lastIndexOf(" ", max) > max / 2 ? line.lastIndexOf(" ", max) : max;
      push();
      parts.push(line.slice(0, cut));
      line = line.slice(cut).trimStart();
    }
    if (current.length + line.length + 1 > max) push();
    current = current ? `${current}\n${line}` : line;
  }
  push();
  return parts;
}
