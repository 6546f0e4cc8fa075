import { parseArgs } from "node:util";
import { ConfigError } from "../config.js";
import { i18n } from "../i18n.js";
import { agencyCommand } from "./commands/agency.js";
import { directoryCommand } from "./commands/directory.js";
import { importCommand } from "./commands/import.js";
import { plansCommand } from "./commands/plans.js";
import { progressCommand } from "./commands/progress.js";
import { taskCommand, tasksCommand } from "./commands/tasks.js";
import { inviteCommand, usersCommand } from "./commands/users.js";
import { intentCommand } from "./commands/intent.js";
import { submissionsCommand, submitCommand } from "./commands/submissions.js";
import { outboxCommand, remindersCommand } from "./commands/reminders.js";
import { argsError } from "./args-error.js";
import { createContext, UsageError, type CliContext } from "./context.js";

const options = {
  json: { type: "boolean", default: false },
  now: { type: "string" },
  agency: { type: "string" },
  role: { type: "string" },
  plan: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  force: { type: "boolean", default: false },
  "dry-run": { type: "boolean", default: false },
  quarter: { type: "string" },
  year: { type: "string" },
  file: { type: "string" },
  text: { type: "string" },
  link: { type: "string" },
  task: { type: "string" },
  title: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  overdue: { type: "boolean", default: false },
  accept: { type: "boolean", default: false },
  return: { type: "string" },
} as const;

type Command = (
  ctx: CliContext,
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
) => Promise<number>;

const commands: Record<string, Command> = {
  import: (ctx, args, v) => importCommand(ctx, args, { force: v.force === true, dryRun: v["dry-run"] === true }),
  plans: (ctx, args) => plansCommand(ctx, args[0], args[1]),
  tasks: (ctx, _args, v) => tasksCommand(ctx, v.agency as string | undefined, v.role as string | undefined),
  task: (ctx, args, v) => taskCommand(ctx, args[0], v.plan as string | undefined),
  agency: (ctx, args) => agencyCommand(ctx, args.join(" ")),
  directory: (ctx, args, v) => directoryCommand(ctx, args, v),
  intent: (ctx, args) => intentCommand(ctx, args.join(" ")),
  invite: (ctx, args, v) => inviteCommand(ctx, args[0], v.agency as string | undefined, v.role as string | undefined),
  users: (ctx, args, v) => usersCommand(ctx, args[0], args[1], v.agency as string | undefined),
  submit: (ctx, _args, v) => submitCommand(ctx, v),
  submissions: (ctx, args, v) => submissionsCommand(ctx, args[0], v, args[1]),
  reminders: (ctx, args, v) => remindersCommand(ctx, args[0], v),
  outbox: (ctx, args) => outboxCommand(ctx, args[0]),
  progress: (ctx, args, v) => progressCommand(ctx, args[0], v),
};

/** Runs one CLI command; returns the exit code. Output goes through `out` (stdout by default). */
export async function runCli(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
): Promise<number> {
  const err = (s: string) => process.stderr.write(`${s}\n`);
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const lang = argv.includes("--lang=en") || argv[argv.indexOf("--lang") + 1] === "en" ? "en" : "vi";
    err(argsError(lang, e));
    return 2;
  }
  const [name, ...positionals] = parsed.positionals;
  if (!name || name === "help" || parsed.values.help) {
    out(`${i18n().plain("vi", "cli-usage")}\n`);
    return name || parsed.values.help ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    err(i18n().plain("vi", "cli-unknown-command", { command: name }));
    return 2;
  }
  let ctx: CliContext | undefined;
  try {
    ctx = createContext({ json: parsed.values.json, now: parsed.values.now, lang: parsed.values.lang }, out);
    return await command(ctx, positionals, parsed.values);
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.message);
      return 2;
    }
    if (e instanceof ConfigError) {
      err(i18n().plain("vi", "cli-config-error", { message: e.message }));
      return 2;
    }
    // Internals (stack, SQL, source excerpts) go to the log, never to the person.
    ctx?.log.error({ err: e instanceof Error ? e.stack : String(e) }, "command failed");
    err(i18n().plain(ctx?.locale ?? "vi", "cli-failed"));
    return 1;
  } finally {
    await ctx?.close();
  }
}
