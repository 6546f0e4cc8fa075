import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db/client.js";
import { savePlan, type SaveOutcome } from "../db/plan-repo.js";
import type { Clock } from "../domain/clock.js";
import type { ImportReport } from "../importer/assemble.js";
import { readPlanFile } from "../importer/read.js";
import { PlanFormatError } from "../importer/types.js";

export type ImportResult =
  | { ok: true; file: string; outcome: SaveOutcome; report: ImportReport; ms: number }
  | { ok: false; file: string; error: string };

/** Imports plan files one by one; a bad file is reported and leaves the database as it was. */
export async function importPlanFiles(db: Db, files: string[], clock: Clock): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const file of files) {
    const started = performance.now();
    try {
      const plan = await readPlanFile(file);
      const outcome = await savePlan(db, plan, clock.now());
      results.push({ ok: true, file, outcome, report: plan.report, ms: Math.round(performance.now() - started) });
    } catch (err) {
      if (!(err instanceof PlanFormatError)) throw err;
      results.push({ ok: false, file, error: err.message });
    }
  }
  return results;
}

/** The plan files of a folder (.txt and .md), in name order. */
export async function planFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(txt|md)$/i.test(e.name))
    .map((e) => path.join(dir, e.name))
    .sort();
}
