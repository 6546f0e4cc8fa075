// A shared plan as the Word file a department receives, made by pandoc (Debian's package) from the text copy:
// each line a paragraph (bold kept as bold), each run of tab-separated or pipe rows one Word table.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const made = new Map<string, string>();

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const inline = (s: string) =>
  escapeHtml(s)
    .replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")
    .replace(/\*\*/g, "");

function cellsOf(line: string): string[] | null {
  if (line.includes("\t")) return line.split("\t");
  const t = line.trim();
  if (!t.startsWith("|")) return null;
  return t.replace(/^\|/, "").replace(/\|$/, "").split("|");
}

/** The HTML pandoc turns into the .docx: paragraphs and tables in the order of the text. */
export function planHtml(text: string): string {
  const out: string[] = ["<html><body>"];
  let rows: string[][] = [];
  const flush = () => {
    if (!rows.length) return;
    out.push("<table>", ...rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c.trim())}</td>`).join("")}</tr>`));
    out.push("</table>");
    rows = [];
  };
  // A bold run over several lines ("**ỦY BAN NHÂN DÂN" … "HỒ CHÍ MINH**") is one paragraph with line breaks.
  let open: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (open) {
      open.push(line);
      if (line.includes("**")) {
        out.push(`<p>${open.map(inline).join("<br/>")}</p>`);
        open = null;
      }
      continue;
    }
    const cells = cellsOf(line);
    if (cells) {
      if (!/^\|[\s\-:|]+\|?\s*$/.test(line.trim())) rows.push(cells);
      continue;
    }
    flush();
    if (!line.trim()) continue;
    if ((line.match(/\*\*/g) ?? []).length % 2 === 1) open = [line];
    else out.push(`<p>${inline(line)}</p>`);
  }
  flush();
  out.push("</body></html>");
  return out.join("\n");
}

/** The plan at `txt` as a .docx (made once per test process). Fails, naming the package, without pandoc. */
export function planDocx(txt: string): string {
  const known = made.get(txt);
  if (known) return known;
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-docx-"));
  const html = path.join(dir, "plan.html");
  const docx = path.join(dir, `${path.basename(txt).replace(/\.[^.]+$/, "")}.docx`);
  writeFileSync(html, planHtml(readFileSync(txt, "utf8")));
  try {
    execFileSync("pandoc", ["-f", "html", "-t", "docx", "-o", docx, html], { stdio: "pipe" });
  } catch (err) {
    throw new Error(`pandoc failed (apt-get install pandoc): ${String(err)}`);
  }
  made.set(txt, docx);
  return docx;
}
