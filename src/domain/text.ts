// Vietnamese text helpers shared by the parsers, the directory and intent matching.

const COMBINING = /[\u0300-\u036f]/g;

// Few distinct characters occur; normalising each one anew dominated parsing and search.
const folded = new Map<string, string>();

/** Folds one NFC character to lowercase ASCII-ish: "Đ" → "d", "ệ" → "e". Keeps length 1. */
function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    const base = ch === "đ" || ch === "Đ" ? "d" : ch.normalize("NFD").replace(COMBINING, "").toLowerCase();
    out = base.length === 1 ? base : ch.toLowerCase();
    if (folded.size < 10_000) folded.set(ch, out);
  }
  return out;
}

/**
 * Lowercase, no diacritics, same length as `text.normalize("NFC")`, so offsets
 * found in the folded text point at the same words in the original.
 */
export function foldSameLength(text: string): string {
  const nfc = text.normalize("NFC");
  let out = "";
  for (const ch of nfc) out += ch.length === 1 ? foldChar(ch) : ch;
  return out;
}

/** Diacritic-free, lowercase, single-spaced: the key for comparisons. */
export function fold(text: string): string {
  return foldSameLength(text).replace(/\s+/g, " ").trim();
}

/** Folded words only (punctuation becomes a separator); "&" is kept inside abbreviations like "tt&tt". */
export function foldWords(text: string): string[] {
  return fold(text)
    .replace(/[^a-z0-9&]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

/** Removes leftover HTML tags and entities from a cell, keeping the text. */
export function stripHtml(text: string): string {
  return text
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"');
}

/** A footnote mark as plans write them ("Thành phố ¹"). */
export const FOOTNOTE_MARK = /[¹²³⁴⁵⁶⁷⁸⁹]/;

/** Cleans a table cell: HTML, footnote marks, repeated spaces. */
export function cleanCell(text: string): string {
  return stripHtml(text)
    .normalize("NFC")
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

// Grapheme clusters: an emoji with its modifiers, a letter with its combining
// marks. Cutting between the halves of one leaves text that is not valid UTF-8.
const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });

/**
 * At most `max` UTF-16 code units (the unit platforms count), cut between
 * grapheme clusters, never inside one.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  for (const { segment } of graphemes.segment(text)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}

/** Shortens text for a one-line display, on a word boundary when one is near, with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = clip(text, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// Bidirectional overrides and isolates can make "gpj.exe" read as "exe.jpg";
// other format and control characters have no place in names and titles.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufff9-\ufffb]/g;

/** Text a user typed, made safe to store and show: no bidi overrides, no control characters. */
export function stripControls(text: string): string {
  return text.replace(BIDI, "").replace(CONTROLS, "");
}

const natural = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });

/** Names as people sort them: "Quận 1, Quận 3, Quận 10" (numbers by value), Vietnamese letters in order. */
export const naturalCompare = (a: string, b: string): number => natural.compare(a, b);
