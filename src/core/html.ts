// Our message markup is a small HTML subset (Telegram's parse_mode HTML).

const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });

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
    .replace(/&#(\d{1,7});/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

/** An indivisible piece of a message: a tag, an entity, or one grapheme of text. */
interface Unit {
  s: string;
  open?: string;
  close?: string;
}

const TOKEN = /<\/?([a-zA-Z][\w-]*)[^>]*>|&(?:#\d{1,7}|#x[\da-fA-F]{1,6}|[a-zA-Z]{1,10});/g;

function textUnits(text: string, out: Unit[]): void {
  for (const { segment } of graphemes.segment(text)) out.push({ s: segment });
}

function htmlUnits(html: string): Unit[] {
  const out: Unit[] = [];
  let at = 0;
  for (const m of html.matchAll(TOKEN)) {
    textUnits(html.slice(at, m.index), out);
    const name = m[1]?.toLowerCase();
    if (name === undefined) out.push({ s: m[0] });
    else if (m[0].startsWith("</")) out.push({ s: m[0], close: name });
    else out.push({ s: m[0], open: name });
    at = m.index + m[0].length;
  }
  textUnits(html.slice(at), out);
  return out;
}

function plainUnits(text: string): Unit[] {
  const out: Unit[] = [];
  textUnits(text, out);
  return out;
}

type Open = { tag: string; name: string };
type Cut = { j: number; len: number; stack: Open[] };

const closers = (stack: Open[]) =>
  stack
    .map((o) => `</${o.name}>`)
    .reverse()
    .join("");
const closersLength = (stack: Open[]) => stack.reduce((n, o) => n + o.name.length + 3, 0);

function applied(stack: Open[], u: Unit): Open[] {
  if (u.open) return [...stack, { tag: u.s, name: u.open }];
  if (u.close) {
    const at = stack.map((o) => o.name).lastIndexOf(u.close);
    return at < 0 ? stack : stack.slice(0, at);
  }
  return stack;
}

const isBlank = (part: string) => !stripHtml(part).trim();

/**
 * Packs units into parts of at most `max` code units. A part ends at a line
 * break when one falls in its second half, else at a space, else between two
 * graphemes; tags open at the cut are closed at the end of the part and opened
 * again at the start of the next, so every part is valid markup on its own.
 */
function pack(units: Unit[], max: number): string[] {
  const parts: string[] = [];
  let carried: Open[] = [];
  let i = 0;
  while (i < units.length) {
    const run = fill(units, i, carried, max);
    if (run.j === units.length) {
      const last = run.buf + closers(run.stack);
      if (!isBlank(last)) parts.push(last);
      break;
    }
    const cut = cutOf(run, max);
    const part = (run.buf.slice(0, cut.len).replace(/\s+$/, "") || run.buf.slice(0, cut.len)) + closers(cut.stack);
    if (!isBlank(part)) parts.push(part);
    i = cut.j;
    while (i < units.length && /^\s$/.test(units[i]!.s)) i++;
    carried = cut.stack;
  }
  return parts.length ? parts : [""];
}

interface Run {
  /** Index of the first unit that did not fit. */
  j: number;
  buf: string;
  stack: Open[];
  newline: Cut | null;
  space: Cut | null;
}

/** As many units from `i` as fit in `max` with the closing tags they need; the last line break and space seen. */
function fill(units: Unit[], i: number, carried: Open[], max: number): Run {
  const run: Run = { j: i, buf: carried.map((o) => o.tag).join(""), stack: carried, newline: null, space: null };
  for (; run.j < units.length; run.j++) {
    const u = units[run.j]!;
    const next = applied(run.stack, u);
    if (run.buf.length + u.s.length + closersLength(next) > max) break;
    run.buf += u.s;
    run.stack = next;
    if (u.s === "\n") run.newline = { j: run.j + 1, len: run.buf.length, stack: next };
    else if (u.s === " ") run.space = { j: run.j + 1, len: run.buf.length, stack: next };
  }
  if (run.j === i) {
    // One unit longer than a whole part (a giant tag): it cannot be sent as is.
    run.j = i + 1;
    run.buf += units[i]!.s;
  }
  return run;
}

/** A line break in the part's second half, else a space there, else wherever the part is full. */
function cutOf({ newline, space, j, buf, stack }: Run, max: number): Cut {
  const half = max / 2;
  if (newline && newline.len > half) return newline;
  if (space && space.len > half) return space;
  return { j, len: buf.length, stack };
}

/** Splits markup into parts of at most `max` characters, each balanced and never cut inside a tag or entity. */
export function splitHtml(html: string, max: number): string[] {
  return html.length <= max ? [html] : pack(htmlUnits(html), max);
}

/** Splits plain text into parts of at most `max` characters, at line breaks or spaces when it can. */
export function splitText(text: string, max: number): string[] {
  return text.length <= max ? [text] : pack(plainUnits(text), max);
}
