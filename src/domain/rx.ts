/**
 * A regular expression written over several lines, for alternations too long for one line:
 * each line break and the indentation after it are dropped, so rx("g")`a|
 *   b` is /a|b/g. Raw text, as in a regex literal: `\b` is a word boundary.
 */
export function rx(flags = ""): (strings: TemplateStringsArray, ...parts: string[]) => RegExp {
  return (strings, ...parts) =>
    new RegExp(String.raw({ raw: strings.raw.map((s) => s.replace(/\n[ \t]*/g, "")) }, ...parts), flags);
}
