import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const levels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/, "must be file:<path> (SQLite) or postgresql://… (PostgreSQL)")
    .default("file:./data/cchc.db"),
  PLANS_DIR: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(levels).default("info"),
  DEFAULT_LOCALE: z.enum(["vi", "en"]).default("vi"),
});

export type Config = z.infer<typeof schema> & { plansDir: string | null };

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads `.env` (when present) and the environment; a bad value is one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const envFile = path.join(cwd, ".env");
  if (env === process.env && existsSync(envFile)) process.loadEnvFile(envFile);
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? "config");
    throw new ConfigError(`Invalid ${name}: ${issue.message}${name in input ? ` (got "${String(input[name]).slice(0, 60)}")` : ""}`);
  }
  const fallback = path.resolve(cwd, "../shared/plans");
  const plansDir = parsed.data.PLANS_DIR ? path.resolve(cwd, parsed.data.PLANS_DIR) : existsSync(fallback) ? fallback : null;
  return { ...parsed.data, plansDir };
}
