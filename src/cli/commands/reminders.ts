import { TaskCatalog } from "../../core/catalog.js";
import { planReminders, tick, type SchedulerDeps } from "../../scheduler/tick.js";
import { policyFrom, workCalendarFrom } from "../../settings.js";
import { catalogSource } from "../../db/catalog-repo.js";
import { agencyNames } from "../../db/directory-repo.js";
import { outboxCounts } from "../../db/outbox-repo.js";
import { isValidIsoDate } from "../../domain/calendar.js";
import { localIso, parseNow } from "../../domain/clock.js";
import { localInstant } from "../../domain/workcal.js";
import { i18n } from "../../i18n.js";
import { UsageError, type CliContext } from "../context.js";

async function deps(ctx: CliContext, years: number[]): Promise<SchedulerDeps> {
  const database = await ctx.db();
  return {
    db: database.client,
    clock: ctx.clock,
    catalog: new TaskCatalog(catalogSource(database)),
    i18n: i18n(),
    cal: workCalendarFrom(ctx.config, [...new Set([...years, years[0]! - 1, years.at(-1)! + 1])]),
    policy: policyFrom(ctx.config),
    ...(ctx.config.ARTICLE_TASK ? { articleTask: ctx.config.ARTICLE_TASK } : {}),
  };
}

const local = (at: Date) => localIso(at).slice(0, 16);

export async function remindersCommand(
  ctx: CliContext,
  action: string | undefined,
  v: Record<string, string | boolean | undefined>,
): Promise<number> {
  if (action === "preview") {
    const from = String(v.from ?? "");
    const to = String(v.to ?? "");
    if (!isValidIsoDate(from) || !isValidIsoDate(to) || to < from) throw new UsageError(ctx.t("cli-reminders-range"));
    const d = await deps(ctx, [Number(from.slice(0, 4)), Number(to.slice(0, 4))]);
    const planned = await planReminders(d, localInstant(from, 0), localInstant(to, 24 * 60 - 1));
    const agencies = await agencyNames(d.db);
    const tasks = new Map((await d.catalog.allTasks()).map((t) => [t.taskId, t]));
    const list = planned.map((r) => ({
      at: local(r.at),
      kind: r.kind,
      stage: r.stage,
      agency: r.agencyId ? (agencies.get(r.agencyId) ?? r.agencyId) : null,
      agencyId: r.agencyId,
      audience: r.audience,
      due: r.due,
      task: r.taskId ? (tasks.get(r.taskId)?.code ?? null) : null,
      plan: r.taskId ? (tasks.get(r.taskId)?.planId ?? null) : null,
    }));
    if (ctx.json) ctx.printJson({ from, to, count: list.length, reminders: list });
    else
      for (const r of list)
        ctx.print(
          `${r.at.replace("T", " ")}  ${r.kind}/${r.stage}  ${r.agency ?? "(người duyệt)"}` +
            `${r.task ? `  ${r.task}` : ""}  → ${r.due}`,
        );
    return 0;
  }
  if (action === "run") {
    const at = v.now !== undefined ? parseNow(String(v.now)) : ctx.clock.now();
    if (!at) throw new UsageError(ctx.t("cli-bad-now", { value: String(v.now) }));
    const year = Number(local(at).slice(0, 4));
    const result = await tick(await deps(ctx, [year]), at);
    if (ctx.json) ctx.printJson({ at: local(at), ...result });
    else ctx.print(ctx.t("cli-reminders-run", { planned: result.planned, enqueued: result.enqueued }));
    return 0;
  }
  throw new UsageError(ctx.t("cli-reminders-usage"));
}

export async function outboxCommand(ctx: CliContext, action: string | undefined): Promise<number> {
  if (action !== "status") throw new UsageError(ctx.t("cli-outbox-usage"));
  const counts = await outboxCounts((await ctx.db()).client);
  if (ctx.json) ctx.printJson(counts);
  else
    ctx.print(
      Object.entries(counts)
        .map(([k, n]) => `${k}: ${n}`)
        .join(" · "),
    );
  return 0;
}
