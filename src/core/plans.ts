import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db/client.js";
import { storedJurisdictions } from "../db/directory-repo.js";
import { diffPlan, savePlan, type PlanDiff, type SaveOutcome } from "../db/plan-repo.js";
import type { Clock } from "../domain/clock.js";
import type { ImportReport } from "../domain/plan-import.js";
import { readPlanFile } from "../importer/read.js";
import { PlanFormatError } from "../importer/types.js";
import type { Logger } from "../logger.js";

export type ImportResult =
  | { ok: true; file: string; outcome: SaveOutcome | "dry-run"; report: ImportReport; diff: PlanDiff; ms: number }
  | { ok: false; file: string; error: string; diff?: PlanDiff };

export interface ImportOptions {
  /** Replace a loaded plan even when the new file would remove much of it or is in another format. */
  force?: boolean;
  /** Only read each file and compare it with the plan loaded: nothing is written. */
  dryRun?: boolean;
  log?: Logger;
}

/** Share of a loaded plan's tasks a re-import may remove without --force (and at least this many). */
const MAX_REMOVED_SHARE = 0.1;
const MAX_REMOVED_MIN = 2;

/**
 * Why replacing the loaded plan with this file looks like a mistake (a file
 * cut short, half copied, or another document under the plan's name), or null.
 */
export function replacementDoubt(diff: PlanDiff): string | null {
  if (!diff.loaded || diff.sameFile) return null;
  if (diff.format && diff.format.before !== diff.format.after) {
    return (
      `tệp có dạng khác lần nhập trước (${diff.format.before} → ${diff.format.after}); ` +
      "có thể không phải cùng một kế hoạch"
    );
  }
  const allowed = Math.max(MAX_REMOVED_MIN, Math.ceil(diff.tasksBefore * MAX_REMOVED_SHARE));
  if (diff.removed.length > allowed) {
    return (
      `sẽ xóa ${diff.removed.length}/${diff.tasksBefore} nhiệm vụ đang có; ` +
      "tệp có thể bị cắt ngang hoặc chưa chép xong"
    );
  }
  return null;
}

/**
 * Imports plan files one by one; a bad file is reported and leaves the
 * database as it was. A file that would gut a loaded plan is refused unless
 * forced (start-up never forces).
 */
export async function importPlanFiles(
  db: Db,
  files: string[],
  clock: Clock,
  opts: ImportOptions = {},
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  const jurisdictions = await storedJurisdictions(db);
  for (const file of files) {
    const started = performance.now();
    let diff: PlanDiff | undefined;
    try {
      const plan = await readPlanFile(file, jurisdictions);
      diff = await diffPlan(db, plan);
      const doubt = replacementDoubt(diff);
      if (opts.dryRun) {
        const ms = Math.round(performance.now() - started);
        results.push({
          ok: true,
          file,
          outcome: diff.sameFile ? "unchanged" : "dry-run",
          report: plan.report,
          diff,
          ms,
        });
        continue;
      }
      if (doubt && !opts.force) {
        results.push({
          ok: false,
          file,
          error: `${doubt} — chưa nhập, dữ liệu giữ nguyên (dùng --force nếu đúng là như vậy)`,
          diff,
        });
        continue;
      }
      const outcome = await savePlan(db, plan, clock.now());
      results.push({ ok: true, file, outcome, report: plan.report, diff, ms: Math.round(performance.now() - started) });
    } catch (err) {
      if (err instanceof PlanFormatError) {
        results.push({ ok: false, file, error: err.message });
        continue;
      }
      // Not the file's fault: one plain line for the person, the details for the log.
      opts.log?.error({ err: err instanceof Error ? err.stack : String(err), file }, "plan import failed");
      results.push({
        ok: false,
        file,
        error: "không lưu được vào cơ sở dữ liệu; dữ liệu giữ nguyên (chi tiết trong nhật ký)",
        ...(diff ? { diff } : {}),
      });
    }
  }
  return results;
}

/** The plan files of a folder (.txt, .md and Word .docx), in name order. */
export async function planFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(txt|md|docx)$/i.test(e.name) && !e.name.startsWith("~$"))
    .map((e) => path.join(dir, e.name))
    .sort();
}
