import { fold } from "../domain/text.js";

/** A label as people type it: folded, without arrows, emoji or punctuation. */
function bare(label: string): string {
  return fold(label)
    .replace(/[^\p{L}\p{N}\s./-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The same, keeping the marks: "dừng" (stop) and "Dùng" (use) fold alike but are different words. */
function marked(label: string): string {
  return label
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s./-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const hasMarks = (s: string) => fold(s) !== s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The option whose label was typed ("Hủy", "huy", "xac nhan"), exactly or as an unambiguous start of at
 * least four letters ending at a word's end; null when none or several match. Typed with diacritics, it is
 * compared with them ("dừng" does not pick "Dùng tin vừa gõ").
 */
export function pickOption(options: { label: string; data: string }[], typed: string): string | null {
  const t = bare(typed);
  if (!t) return null;
  const exact = new Set(options.filter((o) => bare(o.label) === t).map((o) => o.data));
  if (exact.size === 1) return [...exact][0]!;
  if (exact.size > 1 || t.length < 4) return null;
  const form = hasMarks(typed) ? marked : bare;
  const want = form(typed);
  const starts = new Set(
    options
      .filter((o) => {
        const l = form(o.label);
        return l.startsWith(want) && (l.length === want.length || l[want.length] === " ");
      })
      .map((o) => o.data),
  );
  return starts.size === 1 ? [...starts][0]! : null;
}
