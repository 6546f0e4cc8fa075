// A Word plan (.docx) as the text the plan parsers read: the document body in reading order, one line per
// paragraph and per table row. A table whose header the HCMC appendix parser knows becomes tab-separated rows;
// any other table a markdown table, found by its header words as the markdown importer finds them.
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { isHcmHeader } from "./hcm-tsv.js";
import { PlanFormatError } from "./types.js";

/** The most text a document part may inflate to (a zip bomb is refused, not unpacked). */
const MAX_PART_BYTES = 50 * 1024 * 1024;
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** Whether these bytes are a zip archive (a .docx is one). */
export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;

const superscript = (n: number) => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join("");

/** A PDF is refused with what to send instead: a scan has no text to read. */
export function refusePdf(bytes: Uint8Array, file: string): never {
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 4 * 1024 * 1024))).toString("latin1");
  const scanned = !head.includes("/Font") && head.includes("/Image");
  throw new PlanFormatError(
    scanned ? "tệp quét, cần bản Word hoặc văn bản" : "tệp PDF chưa đọc được, cần bản Word (.docx) hoặc văn bản",
    file,
  );
}

async function part(zip: JSZip, name: string, file: string): Promise<string | null> {
  const entry = zip.file(name);
  if (!entry) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = entry.nodeStream("nodebuffer") as NodeJS.ReadableStream & { destroy?(): void };
  await new Promise<void>((resolve, reject) => {
    stream
      .on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_PART_BYTES) return void chunks.push(chunk);
        stream.pause();
        stream.destroy?.();
        reject(new PlanFormatError(`tệp Word quá lớn khi giải nén (hơn ${MAX_PART_BYTES} byte)`, file));
      })
      .on("error", () => reject(new PlanFormatError("tệp Word bị hỏng (không giải nén được)", file)))
      .on("end", () => resolve());
  });
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

/** The document's text: body, then its footnotes (where a plan's posting rota may be written). */
export async function docxText(bytes: Uint8Array, file: string): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new PlanFormatError("tệp nén hỏng, không phải tệp Word (.docx) đọc được", file);
  }
  const body = await part(zip, "word/document.xml", file);
  if (body === null) throw new PlanFormatError("không phải tệp Word (.docx): thiếu word/document.xml", file);
  const marks = new Map<string, number>();
  const lines = new DocxWalker(file, marks).read(body);
  const notes = await part(zip, "word/footnotes.xml", file);
  if (notes !== null && marks.size) lines.push(...new DocxWalker(file, marks, true).read(notes));
  return lines.join("\n").normalize("NFC");
}

/** One table being read: its rows of cells, and the cell being read. */
interface Table {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
  span: number;
}

/**
 * Walks WordprocessingML: paragraphs (w:p) of runs' text (w:t, w:tab, w:br), tables (w:tbl, w:tr, w:tc with
 * w:gridSpan), footnote references numbered in the order they appear. Deleted text and field codes are skipped.
 */
class DocxWalker {
  private readonly lines: string[] = [];
  private readonly tables: Table[] = [];
  private paragraph: string[] | null = null;
  private inText = false;
  private skip = 0;
  /** In footnotes.xml: the footnote being read, and whether its mark has been written. */
  private note: string | null = null;
  private noteStarted = false;

  constructor(
    private readonly file: string,
    private readonly marks: Map<string, number>,
    private readonly footnotes = false,
  ) {}

  read(xml: string): string[] {
    const parser = new SaxesParser();
    parser.on("opentag", (tag) => this.open(tag.name, tag.attributes as Record<string, string>, tag.isSelfClosing));
    parser.on("closetag", (tag) => this.close(tag.name));
    parser.on("text", (text) => {
      if (this.inText && !this.skip) this.paragraph?.push(text);
    });
    try {
      parser.write(xml).close();
    } catch {
      throw new PlanFormatError("tệp Word bị hỏng (nội dung XML không đọc được)", this.file);
    }
    return this.lines;
  }

  private get table(): Table | undefined {
    return this.tables.at(-1);
  }

  private open(name: string, attrs: Record<string, string>, selfClosing: boolean): void {
    switch (name) {
      case "w:footnote":
        this.note = attrs["w:id"] ?? null;
        return;
      case "w:p":
        this.paragraph = [];
        if (this.footnotes && this.note !== null && this.marks.has(this.note) && !this.noteStarted) {
          this.paragraph.push(`${superscript(this.marks.get(this.note)!)} `);
          this.noteStarted = true;
        }
        return;
      case "w:t":
        this.inText = !selfClosing;
        return;
      case "w:tab":
        this.paragraph?.push(this.table ? " " : "\t");
        return;
      case "w:br":
      case "w:cr":
        this.paragraph?.push(this.table ? " " : "\n");
        return;
      case "w:footnoteReference": {
        const id = attrs["w:id"] ?? "";
        if (!this.marks.has(id)) this.marks.set(id, this.marks.size + 1);
        this.paragraph?.push(` ${superscript(this.marks.get(id)!)}`);
        return;
      }
      case "w:delText":
      case "w:instrText":
        if (!selfClosing) this.skip++;
        return;
      case "w:tbl":
        this.tables.push({ rows: [], row: null, cell: null, span: 1 });
        return;
      case "w:tr":
        if (this.table) this.table.row = [];
        return;
      case "w:tc":
        if (this.table) Object.assign(this.table, { cell: [], span: 1 });
        return;
      case "w:gridSpan":
        if (this.table) this.table.span = Math.max(1, Math.min(64, Number(attrs["w:val"]) || 1));
        return;
    }
  }

  private close(name: string): void {
    switch (name) {
      case "w:footnote":
        this.note = null;
        this.noteStarted = false;
        return;
      case "w:t":
        this.inText = false;
        return;
      case "w:delText":
      case "w:instrText":
        this.skip = Math.max(0, this.skip - 1);
        return;
      case "w:p":
        this.endParagraph();
        return;
      case "w:tc": {
        const t = this.table;
        if (!t?.row || !t.cell) return;
        t.row.push(t.cell.join(" ").replace(/\s+/g, " ").trim(), ...Array<string>(t.span - 1).fill(""));
        t.cell = null;
        return;
      }
      case "w:tr": {
        const t = this.table;
        if (t?.row) t.rows.push(t.row);
        if (t) t.row = null;
        return;
      }
      case "w:tbl":
        this.endTable();
        return;
    }
  }

  private endParagraph(): void {
    const text = (this.paragraph ?? []).join("");
    this.paragraph = null;
    if (this.footnotes && (this.note === null || !this.marks.has(this.note))) return;
    const cell = this.table?.cell;
    if (cell) cell.push(text);
    else if (this.table?.row) return;
    else if (text.trim()) this.lines.push(...text.split("\n").map((l) => l.trimEnd()));
  }

  /** A table's rows, in the form whose parser knows its header; a table nested in a cell joins that cell. */
  private endTable(): void {
    const t = this.tables.pop()!;
    const outer = this.table;
    if (outer?.cell) {
      outer.cell.push(t.rows.map((r) => r.join(" ")).join(" "));
      return;
    }
    const header = t.rows.find((r) => r.some((c) => c.trim()));
    if (header && isHcmHeader(header)) {
      for (const r of t.rows) this.lines.push(r.map((c) => c.replace(/\t/g, " ")).join("\t"));
      return;
    }
    for (const r of t.rows) {
      this.lines.push(`| ${r.map((c) => c.replace(/\|/g, "/")).join(" | ")} |`);
      if (r === header) this.lines.push(`|${r.map(() => "---").join("|")}|`);
    }
  }
}
