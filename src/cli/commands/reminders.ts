import { TaskCatalog } from "../../core/catalog.js";
import { tick, type SchedulerDeps } from "../../scheduler/tick.js";
import { policyFrom, workCalendarFrom } from "../../settings.js";
import { catalogSource } from "../../db/catalog-repo.js";
import { outboxCounts } from "../../db/outbox-repo.js";
import { isValidIsoDate } from "../../domain/calendar.js";
import { localIso, parseNow } from "../../domain/clock.js";
import { localInstant } from "../../domain/workcal.js";
import { i18n, type Args } from "../../i18n.js";
import { previewDigests } from "../../scheduler/preview.js";
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
    digestMinute: ctx.config.DIGEST_TIME,
    ...(ctx.config.ARTICLE_TASK ? { articleTask: ctx.config.ARTICLE_TASK } : {}),
  };
}

const local = (at: Date) => localIso(at).slice(0, 16);

/** The digests a range of days would bring, per person (or agency with nobody yet), with their items. */
async function preview(ctx: CliContext, v: Record<string, string | boolean | undefined>): Promise<number> {
  const from = String(v.from ?? "");
  const to = String(v.to ?? "");
  if (!isValidIsoDate(from) || !isValidIsoDate(to) || to < from) throw new UsageError(ctx.t("cli-reminders-range"));
  const d = await deps(ctx, [Number(from.slice(0, 4)), Number(to.slice(0, 4))]);
  const words = {
    t: (id: string, a?: Args) => d.i18n.t(ctx.locale, id, a),
    plain: (id: string, a?: Args) => d.i18n.plain(ctx.locale, id, a),
  };
  const digests = await previewDigests(d, localInstant(from, 0), localInstant(to, 24 * 60 - 1), words);
  const items = digests.reduce((n, g) => n + g.items.length, 0);
  if (ctx.json)
    ctx.printJson({
      from,
      to,
      digests: digests.length,
      items,
      list: digests.map((g) => ({ ...g, at: local(g.at) })),
    });
  else {
    for (const g of digests) {
      const who = g.recipient
        ? `${g.recipient.name} (${g.recipient.role}${g.agency ? `, ${g.agency}` : ""})`
        : `${g.agency} — ${ctx.t("cli-preview-nobody")}`;
      ctx.print(`${local(g.at).replace("T", " ")}  ${who}: ${ctx.t("cli-preview-items", { count: g.items.length })}`);
      for (const i of g.items) ctx.print(`    [${i.stage}] ${i.line}`);
    }
    ctx.print(ctx.t("cli-preview-total", { digests: digests.length, items }));
  }
  return 0;
}

export async function remindersCommand(
  ctx: CliContext,
  action: string | undefined,
  v: Record<string, string | boolean | undefined>,
): Promise<number> {
  if (action === "preview") return preview(ctx, v);
  if (action === "run") {
    const at = v.now !== undefined ? parseNow(String(v.now)) : ctx.clock.now();
    if (!at) throw new UsageError(ctx.t("cli-bad-now", { value: String(v.now) }));
    const year = Number(local(at).slice(0, 4));
    const result = await tick(await deps(ctx, [year]), at);
    if (ctx.json) ctx.printJson({ at: local(at), ...result });
    else
      ctx.print(
        ctx.t("cli-reminders-run", { planned: result.planned, enqueued: result.enqueued, items: result.items }),
      );
    return 0;
  }
  throw new UsageError(ctx.t("cli-reminders-usage"));
}

export async function outboxCommand(ctx: CliContext, action: string | undefined): Promise<number> {
  if (action !== "status") throw new UsageError(ctx.t("cli-outbox-usage"));
  const counts = await outboxCounts((await ctx.db()).client);
  const line = (c: Record<string, number>) =>
    Object.entries(c)
      .map(([k, n]) => `${ctx.word("outbox", k)}: ${n}`)
      .join(" · ");
  if (ctx.json) ctx.printJson({ ...counts.byState, digests: counts.digests, items: counts.items });
  else {
    ctx.print(line(counts.byState));
    ctx.print(ctx.t("cli-outbox-digests", { digests: line(counts.digests), items: line(counts.items) }));
  }
  return 0;
}
