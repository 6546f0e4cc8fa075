import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { TaskCatalog } from "../../core/catalog.js";
import { findArticleCycle } from "../../core/submissions/cycle.js";
import { exportRows, quarterStandings, summarise, toCsv, toXlsx, yearRanking } from "../../core/submissions/reports.js";
import { recordSubmission, type Content } from "../../core/submissions/service.js";
import { catalogSource } from "../../db/catalog-repo.js";
import { submissionsWhere } from "../../db/submission-repo.js";
import { today } from "../../domain/clock.js";
import { parseQuarter, quarterId, type Quarter } from "../../domain/quarter.js";
import { FileStore } from "../../storage/files.js";
import { UsageError, type CliContext } from "../context.js";
import { agencyDirectory } from "./agency.js";

function quarterArg(ctx: CliContext, text: string | undefined): Quarter {
  const q = text ? parseQuarter(text, today(ctx.clock)) : null;
  if (!q) throw new UsageError(ctx.t("cli-bad-quarter", { value: text ?? "" }));
  return q;
}

/** Records a submission received another way (e-mail): same rules and receipt as the chat. */
export async function submitCommand(ctx: CliContext, v: Record<string, string | boolean | undefined>): Promise<number> {
  const q = quarterArg(ctx, v.quarter as string | undefined);
  const sources = ["file", "text", "link"].filter((k) => v[k] !== undefined);
  if (sources.length !== 1) throw new UsageError(ctx.t("cli-submit-usage"));
  const found = agencyDirectory().lookup(String(v.agency ?? ""));
  if (!found.match || found.ambiguous) throw new UsageError(found.match ? ctx.t("cli-agency-ambiguous", { candidates: found.candidates.map((c) => c.name).join("; ") }) : ctx.t("agency-none", { query: String(v.agency ?? "") }));
  const db = (await ctx.db()).prisma;
  const store = new FileStore(ctx.config.STORAGE_DIR, ctx.config.MAX_UPLOAD_MB * 1024 * 1024);
  let taskId: number | null = null;
  if (v.task !== undefined) {
    const mine = (await new TaskCatalog(catalogSource(await ctx.db())).forAgency(found.match.id)).filter((t) => t.code === v.task || t.key === v.task);
    if (!mine.length) throw new UsageError(ctx.t("cli-submit-no-task", { code: String(v.task), agency: found.match.name }));
    taskId = mine[0]!.taskId;
  }
  let content: Content;
  if (v.file !== undefined) {
    const file = String(v.file);
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) throw new UsageError(ctx.t("cli-submit-no-file", { file }));
    const staged = await store.stage(bytes, path.basename(file));
    if ("error" in staged) throw new UsageError(ctx.t(`submit-file-${staged.error}`, { max: ctx.config.MAX_UPLOAD_MB, detected: staged.detected ?? "" }).replace(/<[^>]+>/g, ""));
    content = { type: staged.kind === "photo" ? "photo" : "file", staged };
  } else if (v.link !== undefined) {
    const url = String(v.link);
    if (!/^https?:\/\/\S{3,2000}$/i.test(url)) throw new UsageError(ctx.t("cli-submit-bad-link", { url }));
    content = { type: "link", url };
  } else {
    const body = String(v.text ?? "").trim();
    if (!body) throw new UsageError(ctx.t("cli-submit-usage"));
    content = { type: "text", body };
  }
  const result = await recordSubmission(db, store, { agencyId: found.match.id, kind: taskId ? "report" : "article", quarter: q, taskId, content, title: (v.title as string | undefined) ?? null, channel: "cli" }, ctx.clock.now());
  if (!result.ok) {
    if (ctx.json) ctx.printJson({ ok: false, duplicateOf: result.duplicateOf });
    else ctx.print(ctx.t("submit-duplicate", { receipt: result.duplicateOf }).replace(/<[^>]+>/g, ""));
    return 1;
  }
  const out = { ok: true, receipt: result.receipt, agency: found.match.name, quarter: quarterId(q), receivedAt: result.receivedAt.toISOString(), dueDate: result.dueDate, onTime: result.onTime };
  if (ctx.json) ctx.printJson(out);
  else ctx.print(ctx.t("cli-submit-done", { receipt: result.receipt, agency: found.match.name, onTime: result.onTime ? "yes" : "no", due: result.dueDate }));
  return 0;
}

export async function submissionsCommand(ctx: CliContext, action: string | undefined, v: Record<string, string | boolean | undefined>): Promise<number> {
  const db = (await ctx.db()).prisma;
  const day = today(ctx.clock);
  if (action === "ranking") {
    const year = Number(v.year ?? day.slice(0, 4));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError(ctx.t("cli-bad-year", { value: String(v.year) }));
    const cycle = await findArticleCycle(db, ctx.config.ARTICLE_TASK);
    if (!cycle) throw new UsageError(ctx.t("review-no-cycle"));
    const rows = await yearRanking(db, cycle, year, day);
    if (ctx.json) ctx.printJson({ year, ranking: rows });
    else for (const r of rows) ctx.print(`${r.rank}. ${r.agency} — ${r.onTime} · ${r.late} · ${r.returned} · ${r.missing}  [${r.quarters.join(" ")}]`);
    return 0;
  }
  const q = quarterArg(ctx, v.quarter as string | undefined);
  if (action === "list") {
    const rows = await submissionsWhere(db, { year: q.year, quarter: q.quarter });
    const list = rows.map((r) => ({ receipt: r.receipt, agency: r.agency.name, agencyId: r.agencyId, kind: r.kind, task: r.task?.code ?? null, contentType: r.contentType, fileName: r.fileName, sha256: r.sha256, receivedAt: r.receivedAt.toISOString(), onTime: r.onTime, status: r.status }));
    if (ctx.json) ctx.printJson({ quarter: quarterId(q), submissions: list });
    else for (const s of list) ctx.print(`${s.receipt} · ${s.agency} · ${s.kind}${s.task ? ` ${s.task}` : ""} · ${s.onTime ? "đúng hạn" : "trễ hạn"} · ${s.status}`);
    return 0;
  }
  if (action === "missing") {
    const cycle = await findArticleCycle(db, ctx.config.ARTICLE_TASK);
    if (!cycle) throw new UsageError(ctx.t("review-no-cycle"));
    const summary = summarise(q, await quarterStandings(db, cycle, q, day));
    if (ctx.json) ctx.printJson({ quarter: quarterId(q), due: summary.due, missing: summary.missing.map((m) => m.name), agencies: summary.missing });
    else for (const m of summary.missing) ctx.print(m.name);
    return 0;
  }
  if (action === "export") {
    const format = String(v.format ?? "csv");
    if (format !== "csv" && format !== "xlsx") throw new UsageError(ctx.t("cli-export-usage"));
    if (!v.out) throw new UsageError(ctx.t("cli-export-usage"));
    const rows = await exportRows(db, q);
    await writeFile(String(v.out), format === "csv" ? toCsv(rows) : await toXlsx(rows));
    if (ctx.json) ctx.printJson({ ok: true, out: String(v.out), rows: rows.length, format });
    else ctx.print(ctx.t("cli-export-done", { rows: rows.length, out: String(v.out) }));
    return 0;
  }
  throw new UsageError(ctx.t("cli-submissions-usage"));
}
