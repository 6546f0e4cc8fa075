import type { Db } from "../db/client.js";
import { planAddressees, saveImportedDirectory, storedDirectories } from "../db/directory-repo.js";
import { AgencyMatcher } from "../domain/agency/matcher.js";
import { diffDirectories, type DirectoryDiff } from "../directory/diff.js";
import { jurisdictionToRows, rowsToCells, tableToJurisdiction, type TableProblem } from "../directory/table.js";
import type { Jurisdiction } from "../directory/types.js";
import { csvOf, type Sheet, xlsxOf } from "./submissions/spreadsheet.js";

/** A loaded plan's addressee that the new directory reads differently (or not at all). */
export interface StalePhrase {
  planId: string;
  key: string;
  role: string;
  phrase: string;
  /** What it named before (agency or group name). */
  before: string;
  /** What it names now, or null when nothing. */
  after: string | null;
}

export type DirectoryImport =
  | { ok: false; errors: TableProblem[]; warnings: TableProblem[] }
  | {
      ok: true;
      jurisdiction: { id: string; name: string };
      agencies: number;
      groups: number;
      diff: DirectoryDiff;
      warnings: TableProblem[];
      stale: StalePhrase[];
      written: boolean;
    };

/**
 * Takes a directory file for its jurisdiction: checked whole (nothing is written when a row is wrong), compared
 * with the one loaded, checked against the loaded plans' wording, then stored unless it is a dry run.
 */
export async function importDirectory(
  db: Db,
  cells: string[][],
  file: string,
  opts: { dryRun?: boolean } = {},
): Promise<DirectoryImport> {
  const read = tableToJurisdiction(cells);
  const stored = await storedDirectories(db);
  const j = read.jurisdiction;
  if (!j) return { ok: false, errors: read.errors, warnings: read.warnings };
  const taken = takenIds(
    j,
    stored.map((s) => s.jurisdiction),
  );
  if (taken.length) return { ok: false, errors: taken, warnings: read.warnings };
  const before = stored.find((s) => s.jurisdiction.id === j.id)?.jurisdiction ?? null;
  const stale = await stalePhrases(db, before, j);
  if (!opts.dryRun) await saveImportedDirectory(db, j, file);
  return {
    ok: true,
    jurisdiction: { id: j.id, name: j.name },
    agencies: j.agencies.length,
    groups: j.groups.length,
    diff: diffDirectories(before, j),
    warnings: read.warnings,
    stale,
    written: !opts.dryRun,
  };
}

/** Ids another jurisdiction already uses: an agency belongs to one directory only. */
function takenIds(j: Jurisdiction, others: Jurisdiction[]): TableProblem[] {
  const owner = new Map<string, string>();
  for (const o of others) if (o.id !== j.id) for (const e of [...o.agencies, ...o.groups]) owner.set(e.id, o.id);
  return [...j.agencies, ...j.groups]
    .filter((e) => owner.has(e.id))
    .map((e) => ({ line: 0, code: "id-taken", args: { id: e.id, jurisdiction: owner.get(e.id)! } }));
}

async function stalePhrases(db: Db, before: Jurisdiction | null, after: Jurisdiction): Promise<StalePhrase[]> {
  const matcher = new AgencyMatcher(after);
  const nameIn = (j: Jurisdiction | null, t: { type: string; id: string }) =>
    (t.type === "agency" ? j?.agencies : j?.groups)?.find((e) => e.id === t.id)?.name;
  const stale: StalePhrase[] = [];
  for (const a of await planAddressees(db, after.id)) {
    const scan = matcher.scan(a.phrase);
    const now = scan.matches.length === 1 && !scan.unresolved.length ? scan.matches[0]!.target : null;
    if (now && now.type === a.target.type && now.id === a.target.id) continue;
    const { planId, key, role, phrase } = a;
    const was = nameIn(before, a.target) ?? a.target.id;
    stale.push({ planId, key, role, phrase, before: was, after: now ? (nameIn(after, now) ?? now.id) : null });
  }
  return stale;
}

/** A jurisdiction's directory as a file `directory import` reads back (CSV, or XLSX with a frozen header). */
export async function exportDirectory(j: Jurisdiction, format: "csv" | "xlsx"): Promise<Buffer> {
  const [header, ...rows] = rowsToCells(jurisdictionToRows(j));
  const sheet: Sheet = { name: j.id, columns: header!.map((h) => ({ header: h })), rows };
  return format === "csv" ? csvOf(sheet) : xlsxOf([sheet]);
}
