import path from "node:path";
import { exportDirectory, importDirectory, type DirectoryImport } from "../../core/directory.js";
import { listAgencies, storedDirectories } from "../../db/directory-repo.js";
import { formatVnDateTime } from "../../domain/clock.js";
import type { TableProblem } from "../../directory/table.js";
import { DirectoryFileError, readDirectoryCells } from "../../importer/directory-file.js";
import { UsageError, writeOut, type CliContext } from "../context.js";

const SHOWN = 30;

/** `directory list|import|export`: the agency directory, kept as a spreadsheet. */
export async function directoryCommand(
  ctx: CliContext,
  args: string[],
  v: Record<string, string | boolean | undefined>,
): Promise<number> {
  const [action, arg] = args;
  if (action === "list" || action === undefined) return list(ctx);
  if (action === "import") return importFile(ctx, arg, v["dry-run"] === true);
  if (action === "export") return exportFile(ctx, arg, v.out as string | undefined, v.format as string | undefined);
  throw new UsageError(ctx.t("directory-usage"));
}

async function list(ctx: CliContext): Promise<number> {
  const db = (await ctx.db()).client;
  const [sources, agencies] = await Promise.all([storedDirectories(db), listAgencies(db)]);
  if (ctx.json) {
    ctx.printJson({
      jurisdictions: sources.map((s) => ({
        id: s.jurisdiction.id,
        name: s.jurisdiction.name,
        origin: s.origin,
        file: s.file,
        loadedAt: s.loadedAt.toISOString(),
        agencies: agencies
          .filter((a) => a.jurisdiction === s.jurisdiction.id)
          .map((a) => ({ ...a, ...names(s.jurisdiction.agencies.find((e) => e.id === a.id)) })),
        groups: s.jurisdiction.groups,
      })),
    });
    return 0;
  }
  if (!sources.length) ctx.print(ctx.t("directory-none"));
  for (const s of sources) {
    const mine = agencies.filter((a) => a.jurisdiction === s.jurisdiction.id);
    ctx.print(
      ctx.t("directory-line", {
        id: s.jurisdiction.id,
        name: s.jurisdiction.name,
        agencies: mine.filter((a) => a.active).length,
        groups: s.jurisdiction.groups.length,
        retired: mine.filter((a) => !a.active).length,
        origin: s.origin,
        file: s.file,
        at: formatVnDateTime(s.loadedAt),
      }),
    );
    for (const a of mine) {
      const kind = ctx.word("agency", a.kind);
      ctx.print(`  ${ctx.t("directory-agency", { id: a.id, name: a.name, kind, active: a.active ? "yes" : "no" })}`);
    }
  }
  return 0;
}

const names = (a: { abbreviations?: string[]; aliases: string[]; roleTitles?: string[] } | undefined) => ({
  abbreviations: a?.abbreviations ?? [],
  aliases: a?.aliases ?? [],
  roleTitles: a?.roleTitles ?? [],
});

async function importFile(ctx: CliContext, file: string | undefined, dryRun: boolean): Promise<number> {
  if (!file?.trim()) throw new UsageError(ctx.t("directory-usage"));
  let cells: string[][];
  try {
    cells = await readDirectoryCells(file);
  } catch (err) {
    if (!(err instanceof DirectoryFileError)) throw err;
    throw new UsageError(`✗ ${file}: ${ctx.t(err.code, err.args)}`);
  }
  const r = await importDirectory((await ctx.db()).client, cells, path.basename(file), { dryRun });
  if (ctx.json) ctx.printJson(r.ok ? r : { ...r, errors: r.errors.map((e) => problemLine(ctx, e)) });
  else if (!r.ok) printRefusal(ctx, file, r.errors);
  else printReport(ctx, file, r);
  return r.ok ? 0 : 2;
}

function problemLine(ctx: CliContext, p: TableProblem): string {
  const message = ctx.t(`directory-problem-${p.code}`, p.args);
  return p.line ? ctx.t("directory-problem", { line: p.line, message }) : message;
}

function printRefusal(ctx: CliContext, file: string, errors: TableProblem[]): void {
  ctx.print(ctx.t("directory-refused", { file, count: errors.length }));
  for (const e of errors.slice(0, SHOWN)) ctx.print(`  ${problemLine(ctx, e)}`);
  if (errors.length > SHOWN) ctx.print(`  ${ctx.t("directory-more", { count: errors.length - SHOWN })}`);
}

function printReport(ctx: CliContext, file: string, r: Extract<DirectoryImport, { ok: true }>): void {
  ctx.print(ctx.t("directory-imported", { file, ...r.jurisdiction, agencies: r.agencies, groups: r.groups }));
  if (!r.written) ctx.print(ctx.t("directory-dry-run"));
  const { added, removed, changed } = r.diff;
  if (!added.length && !removed.length && !changed.length) ctx.print(ctx.t("directory-unchanged"));
  else {
    ctx.print(ctx.t("directory-changes", { added: added.length, removed: removed.length, changed: changed.length }));
    const lines = [
      ...added.map((e) => ctx.t("directory-change-added", { ...e })),
      ...removed.map((e) => ctx.t("directory-change-removed", { ...e })),
      ...changed.map((e) => ctx.t("directory-change-changed", { ...e, fields: e.fields.join(", ") })),
    ];
    for (const l of lines.slice(0, SHOWN)) ctx.print(`  ${l}`);
    if (lines.length > SHOWN) ctx.print(`  ${ctx.t("directory-more", { count: lines.length - SHOWN })}`);
  }
  if (r.stale.length) {
    ctx.print(ctx.t("directory-stale", { count: r.stale.length }));
    for (const s of r.stale.slice(0, SHOWN)) {
      const after = s.after ?? ctx.t("directory-stale-none");
      const role = ctx.word("task", s.role);
      ctx.print(`  ${ctx.t("directory-stale-line", { ...s, plan: s.planId, role, after })}`);
    }
    if (r.stale.length > SHOWN) ctx.print(`  ${ctx.t("directory-more", { count: r.stale.length - SHOWN })}`);
  }
  if (r.warnings.length) {
    ctx.print(ctx.t("directory-warnings"));
    for (const w of r.warnings.slice(0, SHOWN)) ctx.print(`  ${problemLine(ctx, w)}`);
  }
}

async function exportFile(
  ctx: CliContext,
  id: string | undefined,
  out: string | undefined,
  format: string | undefined,
): Promise<number> {
  const sources = await storedDirectories((await ctx.db()).client);
  const ids = sources.map((s) => s.jurisdiction.id);
  if (!id && ids.length > 1) throw new UsageError(ctx.t("directory-which", { ids: ids.join(", "), first: ids[0]! }));
  const found = sources.find((s) => s.jurisdiction.id === (id ?? ids[0]));
  if (!found) throw new UsageError(ctx.t("directory-unknown", { id: id ?? "", ids: ids.join(", ") }));
  const kind = format ?? (out?.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv");
  if (kind !== "csv" && kind !== "xlsx") throw new UsageError(ctx.t("directory-usage"));
  const bytes = await exportDirectory(found.jurisdiction, kind);
  if (!out) {
    if (kind === "xlsx") throw new UsageError(ctx.t("directory-usage"));
    ctx.print(
      bytes
        .toString("utf8")
        .replace(/^\uFEFF/, "")
        .replace(/\r\n/g, "\n")
        .trimEnd(),
    );
    return 0;
  }
  await writeOut(ctx, out, bytes);
  const agencies = found.jurisdiction.agencies.length;
  ctx.print(ctx.t("directory-exported", { id: found.jurisdiction.id, agencies, out }));
  return 0;
}
