import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { tableToJurisdiction } from "./table.js";
import type { Jurisdiction } from "./types.js";

/** The directories that come with the project (Ho Chi Minh City, Sa Đéc), as data files anyone can edit. */
export const SHIPPED_DIR = path.resolve(import.meta.dirname, "../../directory");

/** Cells of a CSV directory file (UTF-8, a BOM allowed). */
export function csvCells(text: string): string[][] {
  return parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: true }) as string[][];
}

let shipped: Jurisdiction[] | undefined;

/** The shipped directories, read once. A broken shipped file is a bug of ours: it throws with every problem. */
export function shippedJurisdictions(): Jurisdiction[] {
  shipped ??= readdirSync(SHIPPED_DIR)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => {
      const read = tableToJurisdiction(csvCells(readFileSync(path.join(SHIPPED_DIR, f), "utf8")));
      if (!read.jurisdiction)
        throw new Error(`${f}: ${read.errors.map((e) => `line ${e.line} ${e.code} ${JSON.stringify(e.args)}`)}`);
      return read.jurisdiction;
    });
  return shipped;
}
