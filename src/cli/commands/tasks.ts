import { buildAgenda, type AssignmentRole } from "../../domain/agenda.js";
import { formatVnDate } from "../../domain/calendar.js";
import { today } from "../../domain/clock.js";
import { shorten } from "../../domain/text.js";
import { findTasks } from "../../db/task-repo.js";
import { listPlans } from "../../db/plan-repo.js";
import { UsageError, type CliContext } from "../context.js";
import { agencyDirectory, agencyRefusal } from "./agency.js";
import { progressServices } from "./progress.js";
import { agencyReports } from "../../core/progress.js";

export async function tasksCommand(
  ctx: CliContext,
  agencyText: string | undefined,
  role: string | undefined,
): Promise<number> {
  if (!agencyText?.trim()) throw new UsageError(ctx.t("cli-missing-arg", { what: '--agency "<cơ quan>"' }));
  if (role !== undefined && role !== "lead" && role !== "support") throw new UsageError(ctx.t("cli-bad-role"));
  const found = (await agencyDirectory(ctx)).lookup(agencyText);
  if (!found.match) throw new UsageError(agencyRefusal(found, ctx.t, { ambiguousOk: true })!);
  const agency = found.match;
  const day = today(ctx.clock);
  const services = await progressServices(ctx);
  const rules = { soonDays: services.config.soonDays, continuous: services.config.continuousReports };
  const tasks = await services.catalog.forAgency(agency.id, role as AssignmentRole | undefined);
  const agenda = buildAgenda(tasks, day, await agencyReports(services, agency.id), rules);
  if (ctx.json) {
    ctx.printJson({
      agency: agency.name,
      agencyId: agency.id,
      ambiguous: found.ambiguous,
      today: day,
      tasks: agenda.map((i) => ({
        plan: i.planId,
        code: i.code,
        key: i.key,
        title: i.title,
        role: i.role,
        overdue: i.status === "overdue",
        status: i.status,
        deadline: { kind: i.deadline.kind, due: i.due, label: i.deadline.label },
      })),
    });
    return 0;
  }
  if (agenda.length === 0) {
    ctx.print(ctx.t("tasks-none", { agency: agency.name }));
    return 0;
  }
  ctx.print(ctx.t("tasks-header", { agency: agency.name, today: formatVnDate(day) }));
  for (const i of agenda) {
    const due =
      i.due === null
        ? ctx.t("tasks-due-none", { label: i.deadline.label || "—" })
        : i.status === "overdue"
          ? ctx.t("tasks-due-overdue", { date: formatVnDate(i.due) })
          : i.daysLeft === 0
            ? ctx.t("tasks-due-today", { date: formatVnDate(i.due) })
            : ctx.t("tasks-due-date", { date: formatVnDate(i.due), days: i.daysLeft ?? 0 });
    ctx.print(
      ctx.t("tasks-line", {
        mark: i.status === "overdue" ? "!" : "•",
        code: i.code,
        role: i.role,
        title: shorten(i.title, 90),
        due,
      }),
    );
  }
  return 0;
}

export async function taskCommand(
  ctx: CliContext,
  code: string | undefined,
  plan: string | undefined,
): Promise<number> {
  if (!code?.trim()) throw new UsageError(ctx.t("cli-missing-arg", { what: "<mã nhiệm vụ>" }));
  const db = (await ctx.db()).client;
  if (plan !== undefined && !(await listPlans(db)).some((p) => p.id.includes(plan)))
    throw new UsageError(ctx.t("cli-no-plan", { plan }));
  const tasks = await findTasks(db, code, plan);
  if (ctx.json) {
    ctx.printJson({ query: code, tasks });
    return tasks.length ? 0 : 2;
  }
  if (tasks.length === 0) throw new UsageError(ctx.t("task-none", { code }));
  // One code for several tasks (Sa Đéc numbers each section anew, plans repeat codes): say how to pick one.
  if (tasks.length > 1) ctx.print(ctx.t("task-several", { code, count: tasks.length }));
  tasks.forEach((t, n) => {
    if (n) ctx.print("");
    ctx.print(
      ctx.t("task-detail", {
        plan: t.planTitle,
        section: `${t.section.code}. ${t.section.title}`,
        code: tasks.length > 1 ? ctx.t("task-key", { code: t.code, key: t.key, plan: t.planId }) : t.code,
        title: t.title,
        product: t.product || "—",
        lead: t.lead.map((a) => a.name).join("; ") || t.leadText || "—",
        support: t.support.map((a) => a.name).join("; ") || t.supportText || "—",
        deadline: t.deadline.label || "—",
      }),
    );
  });
  return 0;
}
