import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { runCli } from "../../src/cli/index.js";
import { newDatabaseUrl } from "./db.js";

export interface CliResult {
  code: number;
  out: string;
  /** What it wrote to stderr (the one-line errors). */
  err: string;
  json: any;
}

/** Runs the staff CLI in-process and parses its JSON output when there is some. */
export async function cli(...args: string[]): Promise<CliResult> {
  let out = "";
  let err = "";
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  let code: number;
  try {
    code = await runCli(args, (s) => (out += s));
  } finally {
    process.stderr.write = write;
  }
  let json: any = null;
  try {
    json = JSON.parse(out);
  } catch {
    /* text output */
  }
  return { code, out, err, json };
}

/**
 * Gives the CLI tests of one file their own database (SQLite or PostgreSQL,
 * see helpers/db.ts) and file store, with the given plans imported.
 * Returns the file's scratch folder.
 */
export function cliDatabase(plans: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-cli-"));
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const target = await newDatabaseUrl();
    process.env.DATABASE_URL = target.url;
    process.env.STORAGE_DIR = path.join(dir, "files");
    drop = target.drop;
    if (plans.length) expect((await cli("import", ...plans, "--json")).code).toBe(0);
  });
  afterAll(async () => drop());
  return dir;
}
