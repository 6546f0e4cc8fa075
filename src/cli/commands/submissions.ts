import { readFile } from "node:fs/promises";
import path from "node:path";
import { TaskCatalog } from "../../core/catalog.js";
import { findArticleCycle } from "../../core/submissions/cycle.js";
import { ranking, rankedPlans } from "../../core/ranking.js";
import { quarterSheet, quarterStandings, rankingSheet, summarise } from "../../core/submissions/reports.js";
import { csvOf, type Sheet, xlsxOf } from "../../core/submissions/spreadsheet.js";
import { progressServices, progressSpan } from "./progress.js";
import { pendingSubmissions, reviewCommand } from "./review.js";
import { recordSubmission, type Content } from "../../core/submissions/service.js";
import { catalogSource } from "../../db/catalog-repo.js";
import { submissionsWhere } from "../../db/submission-repo.js";
import { today } from "../../domain/clock.js";
import { parseQuarter, quarterId, type Quarter } from "../../domain/quarter.js";
import type { FileStore } from "../../storage/files.js";
import { fileStore, UsageError, writeOut, type CliContext } from "../context.js";
import { agencyOrRefuse } from "./agency.js";

function quarterArg(ctx: CliContext, text: string | undefined): Quarter {
  if (!text?.trim()) throw new UsageError(ctx.t("cli-missing-arg", { what: "--quarter (ví dụ: --quarter 2024-Q1)" }));
  const q = parseQuarter(text, today(ctx.clock));
  if (!q) throw new UsageError(ctx.t("cli-bad-quarter", { value: text }));
  return q;
}

type Values = Record<string, string | boolean | undefined>;

type Agency = { id: string; name: string };

/** The agency's task named by `--task` (code or key), or null for the quarterly article. */
async function taskArg(ctx: CliContext, agency: Agency, code: string | boolean | undefined): Promise<number | null> {
  if (code === undefined) return null;
  const mine = await new TaskCatalog(catalogSource(await ctx.db())).forAgency(agency.id);
  const task = mine.find((t) => t.code === code || t.key === code);
  if (!task) throw new UsageError(ctx.t("cli-submit-no-task", { code: String(code), agency: agency.name }));
  return task.taskId;
}

/** What `--file`, `--link` or `--text` gives, checked as the chat checks it. */
async function contentArg(ctx: CliContext, store: FileStore, v: Values): Promise<Content> {
  if (v.file !== undefined) {
    const file = String(v.file);
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) throw new UsageError(ctx.t("cli-submit-no-file", { file }));
    const staged = await store.stage(bytes, path.basename(file));
    if ("error" in staged) {
      const args = { max: ctx.config.MAX_UPLOAD_MB, detected: staged.detected ?? "" };
      throw new UsageError(ctx.t(`submit-file-${staged.error}`, args).replace(/<[^>]+>/g, ""));
    }
    return { type: staged.kind === "photo" ? "photo" : "file", staged };
  }
  if (v.link !== undefined) {
    const url = String(v.link);
    if (!/^https?:\/\/\S{3,2000}$/i.test(url)) throw new UsageError(ctx.t("cli-submit-bad-link", { url }));
    return { type: "link", url };
  }
  const body = String(v.text ?? "").trim();
  if (!body) throw new UsageError(ctx.t("cli-submit-usage"));
  return { type: "text", body };
}

/** Records a submission received another way (e-mail): same rules and receipt as the chat. */
export async function submitCommand(ctx: CliContext, v: Values): Promise<number> {
  const q = quarterArg(ctx, v.quarter as string | undefined);
  const sources = ["file", "text", "link"].filter((k) => v[k] !== undefined);
  if (sources.length !== 1) throw new UsageError(ctx.t("cli-submit-usage"));
  const agency: Agency = await agencyOrRefuse(ctx, String(v.agency ?? ""));
  const db = (await ctx.db()).client;
  const store = fileStore(ctx);
  const taskId = await taskArg(ctx, agency, v.task);
  const content = await contentArg(ctx, store, v);
  const result = await recordSubmission(
    db,
    store,
    {
      agencyId: agency.id,
      kind: taskId ? "report" : "article",
      quarter: q,
      taskId,
      content,
      title: (v.title as string | undefined) ?? null,
      channel: "cli",
    },
    ctx.clock.now(),
  );
  if (!result.ok) {
    if (ctx.json) ctx.printJson({ ok: false, duplicateOf: result.duplicateOf });
    else ctx.print(ctx.t("submit-duplicate", { receipt: result.duplicateOf }).replace(/<[^>]+>/g, ""));
    return 1;
  }
  const out = {
    ok: true,
    receipt: result.receipt,
    agency: agency.name,
    quarter: quarterId(q),
    receivedAt: result.receivedAt.toISOString(),
    dueDate: result.dueDate,
    onTime: result.onTime,
    sameAs: result.sameAs,
  };
  if (ctx.json) ctx.printJson(out);
  else
    ctx.print(
      ctx.t("cli-submit-done", {
        receipt: result.receipt,
        agency: agency.name,
        onTime: result.onTime ? "yes" : "no",
        due: result.dueDate,
      }),
    );
  return 0;
}

type Db = Awaited<ReturnType<CliContext["db"]>>["client"];
type Action = (ctx: CliContext, db: Db, v: Values, day: string) => Promise<number>;

async function articleCycle(ctx: CliContext, db: Db) {
  const cycle = await findArticleCycle(db, ctx.config.ARTICLE_TASK);
  if (!cycle) throw new UsageError(ctx.t("review-no-cycle"));
  return cycle;
}

/** `submissions ranking`: each plan's standing by the ranking rules (core/ranking.ts), printed or exported. */
const rankingAction: Action = async (ctx, _db, v, day) => {
  const services = await progressServices(ctx);
  const { from, to } = progressSpan(ctx, v);
  const wanted = typeof v.plan === "string" ? v.plan : undefined;
  const plans = (await rankedPlans(services)).filter((p) => !wanted || p.id.includes(wanted));
  if (wanted && plans.length === 0) throw new UsageError(ctx.t("cli-no-plan", { plan: wanted }));
  const out = [];
  for (const plan of plans)
    out.push({
      plan: plan.id,
      title: plan.title,
      ranking: await ranking(services, { planId: plan.id, from, to }, day),
    });
  if (v.out !== undefined) {
    const sheet = rankingSheet(out, ctx, ctx.t("export-sheet-ranking"));
    return exportSheets(ctx, [sheet], exportFormat(ctx, v), String(v.out));
  }
  if (ctx.json) ctx.printJson({ from, to, today: day, plans: out });
  else
    for (const p of out) {
      ctx.print(`# ${p.title} (${p.plan})`);
      ctx.print(ctx.t("cli-ranking-header"));
      for (const r of p.ranking) {
        const rate = `${Math.round((r.onTimeRate ?? 0) * 100)}%`;
        ctx.print(`${r.rank}.\t${r.agency}\t${rate}\t${r.onTime}/${r.due}\t${r.late}\t${r.missing}\t${r.accepted}`);
      }
    }
  return 0;
};

const list: Action = async (ctx, db, v) => {
  const q = quarterArg(ctx, v.quarter as string | undefined);
  const rows = await submissionsWhere(db, { year: q.year, quarter: q.quarter });
  const submissions = rows.map((r) => ({
    receipt: r.receipt,
    agency: r.agency.name,
    agencyId: r.agencyId,
    kind: r.kind,
    task: r.task?.code ?? null,
    contentType: r.contentType,
    fileName: r.fileName,
    sha256: r.sha256,
    receivedAt: r.receivedAt.toISOString(),
    onTime: r.onTime,
    status: r.status,
  }));
  if (ctx.json) ctx.printJson({ quarter: quarterId(q), submissions });
  else
    for (const s of submissions)
      ctx.print(
        `${s.receipt} · ${s.agency} · ${ctx.word("kind", s.kind)}${s.task ? ` ${s.task}` : ""} · ` +
          `${ctx.word("time", s.onTime ? "on_time" : "late")} · ${ctx.word("sub", s.status)}`,
      );
  return 0;
};

/**
 * `submissions missing --quarter Q [--overdue]`: who owes the quarter's article; with --overdue also who still
 * owes an earlier quarter of the year (missed, never sent), each with the quarters it owes.
 */
const missing: Action = async (ctx, db, v, day) => {
  const q = quarterArg(ctx, v.quarter as string | undefined);
  const cycle = await articleCycle(ctx, db);
  const summary = summarise(q, await quarterStandings(db, cycle, q, day));
  const owed = new Map(summary.missing.map((m) => [m.id, { ...m, quarters: [quarterId(q)] }]));
  if (v.overdue) {
    for (let quarter = q.quarter - 1; quarter >= 1; quarter--) {
      const earlier = { year: q.year, quarter };
      for (const s of await quarterStandings(db, cycle, earlier, day)) {
        if (s.outcome !== "missing") continue;
        const known = owed.get(s.agencyId) ?? { id: s.agencyId, name: s.agency, quarters: [] };
        known.quarters.unshift(quarterId(earlier));
        owed.set(s.agencyId, known);
      }
    }
  }
  // In the cycle's order (departments, then districts, names in natural order), whatever was found first.
  const agencies = cycle.agencies.flatMap((a) => owed.get(a.id) ?? []);
  if (ctx.json)
    ctx.printJson({
      quarter: quarterId(q),
      due: summary.due,
      missing: summary.missing.map((m) => m.name),
      agencies: v.overdue ? agencies : summary.missing,
    });
  else for (const m of agencies) ctx.print(v.overdue ? `${m.name}\t${m.quarters.join(" ")}` : m.name);
  return 0;
};

/** `--format csv|xlsx`, or what `--out`'s name says (CSV unless it ends in .xlsx). */
function exportFormat(ctx: CliContext, v: Values): "csv" | "xlsx" {
  const format = String(v.format ?? (String(v.out ?? "").endsWith(".xlsx") ? "xlsx" : "csv"));
  if (format !== "csv" && format !== "xlsx") throw new UsageError(ctx.t("cli-export-usage"));
  return format;
}

/** Writes sheets as CSV (one) or a workbook, and says so. */
async function exportSheets(ctx: CliContext, sheets: Sheet[], format: string, out: string): Promise<number> {
  await writeOut(ctx, out, format === "csv" ? csvOf(sheets[0]!) : await xlsxOf(sheets));
  const rows = sheets.reduce((n, s) => n + s.rows.length, 0);
  if (ctx.json) ctx.printJson({ ok: true, out, rows, format, sheets: sheets.map((s) => s.name) });
  else ctx.print(ctx.t("cli-export-done", { rows, out }));
  return 0;
}

/**
 * `submissions export --quarter Q` (CSV or XLSX: the quarter's submissions and the agencies still missing), or
 * `--year Y` (XLSX: a sheet per quarter and the year's standing per plan and agency).
 */
const exportAction: Action = async (ctx, db, v, day) => {
  if (!v.out) throw new UsageError(ctx.t("cli-export-usage"));
  const format = exportFormat(ctx, v);
  const cycle = await articleCycle(ctx, db);
  if (v.year !== undefined) {
    const { from, to } = progressSpan(ctx, { year: v.year });
    const year = Number(from.slice(0, 4));
    if (format !== "xlsx") throw new UsageError(ctx.t("cli-export-year-xlsx"));
    const sheets: Sheet[] = [];
    for (const quarter of [1, 2, 3, 4]) {
      const q = { year, quarter };
      sheets.push(await quarterSheet(db, q, await quarterStandings(db, cycle, q, day), ctx));
    }
    const services = await progressServices(ctx);
    const plans = [];
    for (const plan of await rankedPlans(services))
      plans.push({
        plan: plan.id,
        title: plan.title,
        ranking: await ranking(services, { planId: plan.id, from, to }, day),
      });
    return exportSheets(ctx, [rankingSheet(plans, ctx), ...sheets], format, String(v.out));
  }
  const q = quarterArg(ctx, v.quarter as string | undefined);
  return exportSheets(
    ctx,
    [await quarterSheet(db, q, await quarterStandings(db, cycle, q, day), ctx)],
    format,
    String(v.out),
  );
};

const ACTIONS: Record<string, Action> = { ranking: rankingAction, list, missing, export: exportAction };

export async function submissionsCommand(
  ctx: CliContext,
  action: string | undefined,
  v: Values,
  receipt?: string,
): Promise<number> {
  if (action === "pending") return pendingSubmissions(ctx);
  if (action === "review") return reviewCommand(ctx, receipt, v);
  const run = action && Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
  if (!run) throw new UsageError(ctx.t("cli-submissions-usage"));
  return run(ctx, (await ctx.db()).client, v, today(ctx.clock));
}
