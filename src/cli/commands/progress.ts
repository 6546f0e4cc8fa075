import { TaskCatalog } from "../../core/catalog.js";
import { defaultCoreConfig, type CoreConfig } from "../../core/context.js";
import { agencyProgress, namedCompletions, progressOptions } from "../../core/progress.js";
import { catalogSource } from "../../db/catalog-repo.js";
import type { Db } from "../../db/client.js";
import { endOfYear, isValidIsoDate } from "../../domain/calendar.js";
import { today } from "../../domain/clock.js";
import { parseQuarter, quarterDue, quarterId } from "../../domain/quarter.js";
import { quarterStart } from "../../domain/calendar.js";
import { coreConfigFrom } from "../../settings.js";
import { UsageError, type CliContext } from "../context.js";
import { agencyOrRefuse } from "./agency.js";

/** What the progress model needs, built the way main.ts builds it. */
export async function progressServices(ctx: CliContext): Promise<{ db: Db; catalog: TaskCatalog; config: CoreConfig }> {
  const database = await ctx.db();
  return {
    db: database.client,
    catalog: new TaskCatalog(catalogSource(database)),
    config: { ...defaultCoreConfig, ...coreConfigFrom(ctx.config) },
  };
}

/** `progress --agency X`: every occurrence the agency owes, with its status and receipt. */
async function agencyOccurrences(ctx: CliContext, v: Record<string, string | boolean | undefined>): Promise<number> {
  const text = typeof v.agency === "string" ? v.agency : "";
  if (!text.trim()) throw new UsageError(ctx.t("cli-missing-arg", { what: '--agency "<cơ quan>"' }));
  const agency = await agencyOrRefuse(ctx, text, { ambiguousOk: true });
  const services = await progressServices(ctx);
  const day = today(ctx.clock);
  const rules = progressOptions(services.config, day);
  const plan = typeof v.plan === "string" ? v.plan : undefined;
  const tasks = (await agencyProgress(services, agency.id, rules)).filter((t) => !plan || t.task.planId.includes(plan));
  const rows = tasks.flatMap((t) =>
    t.occurrences.map((o) => ({
      plan: t.task.planId,
      code: t.task.code,
      role: t.task.role,
      due: o.due,
      status: o.status,
      receipt: o.report?.receipt ?? null,
    })),
  );
  if (ctx.json) ctx.printJson({ agency: agency.name, agencyId: agency.id, today: day, occurrences: rows });
  else
    for (const r of rows)
      ctx.print(
        [
          r.code,
          ctx.word("task", r.role),
          r.due,
          ctx.t(`progress-${r.status}`),
          ...(r.receipt ? [r.receipt] : []),
        ].join("\t"),
      );
  return 0;
}

/** The span asked for: a quarter ("2024-Q1"), a year, or the current year. */
export function progressSpan(
  ctx: CliContext,
  v: Record<string, string | boolean | undefined>,
): { from: string; to: string } {
  const day = today(ctx.clock);
  if (typeof v.quarter === "string") {
    const q = parseQuarter(v.quarter, day);
    if (!q) throw new UsageError(ctx.t("cli-bad-quarter", { value: v.quarter }));
    return { from: quarterStart(q.year, q.quarter), to: quarterDue(q) };
  }
  const year = typeof v.year === "string" ? Number(v.year) : Number(day.slice(0, 4));
  if (!Number.isInteger(year) || !isValidIsoDate(`${year}-01-01`))
    throw new UsageError(ctx.t("cli-bad-year", { value: String(v.year) }));
  return { from: `${year}-01-01`, to: endOfYear(year) };
}

/** `progress summary`: per agency, the occurrences due, on time, late, missing, accepted and the on-time rate. */
async function summary(ctx: CliContext, v: Record<string, string | boolean | undefined>): Promise<number> {
  const services = await progressServices(ctx);
  const day = today(ctx.clock);
  const { from, to } = progressSpan(ctx, v);
  const plan = typeof v.plan === "string" ? v.plan : undefined;
  const planId = plan ? (await services.catalog.allTasks()).find((t) => t.planId.includes(plan))?.planId : undefined;
  if (plan && !planId) throw new UsageError(ctx.t("cli-no-plan", { plan }));
  const named = await namedCompletions(services, day, { from, to, ...(planId ? { planId } : {}) });
  if (ctx.json) {
    ctx.printJson({
      from,
      to,
      today: day,
      ...(v.quarter ? { quarter: quarterId(parseQuarter(String(v.quarter), day)!) } : {}),
      agencies: named,
    });
    return 0;
  }
  ctx.print(ctx.t("cli-progress-header"));
  for (const r of named) {
    const rate = r.onTimeRate === null ? "—" : `${Math.round(r.onTimeRate * 100)}%`;
    ctx.print([r.agency, r.due, r.onTime, r.late, r.missing, r.accepted, rate].join("\t"));
  }
  return 0;
}

export function progressCommand(
  ctx: CliContext,
  action: string | undefined,
  v: Record<string, string | boolean | undefined>,
): Promise<number> {
  if (action === "summary") return summary(ctx, v);
  if (action !== undefined) throw new UsageError(ctx.t("cli-progress-usage"));
  return agencyOccurrences(ctx, v);
}
