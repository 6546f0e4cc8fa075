import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const levels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/, "must be file:<path> (SQLite) or postgresql://… (PostgreSQL)")
    // Migrations and the assistant use separate connections: each would see its own empty in-memory database.
    .refine(
      (url) => !/^file::memory:/.test(url),
      "must name a file: an in-memory SQLite database is not shared between connections",
    )
    .default("file:./data/cchc.db"),
  PLANS_DIR: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(levels).default("info"),
  DEFAULT_LOCALE: z.enum(["vi", "en"]).default("vi"),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d{3,}:[\w-]{10,}$/, "must look like 123456:ABC-DEF… (from @BotFather)")
    .optional(),
  TELEGRAM_API_ROOT: z.string().trim().url().default("https://api.telegram.org"),
  TELEGRAM_BOT_USERNAME: z
    .string()
    .trim()
    .regex(/^@?\w{3,64}$/, "must be the bot's username")
    .transform((s) => s.replace(/^@/, ""))
    .optional(),
  TELEGRAM_WEBHOOK_URL: z.string().trim().url().optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16–256 characters of A–Z, a–z, 0–9, _ or -")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  BOARD_BASE_URL: z
    .string()
    .trim()
    .url()
    .regex(/^https?:\/\//, "must be the http(s) address the board is reached at, e.g. https://cchc.example.gov.vn")
    .transform((s) => s.replace(/\/+$/, ""))
    .optional(),
  BOARD_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{32,256}$/, "must be 32–256 characters of A–Z, a–z, 0–9, _ or -")
    .optional(),
  ADMIN_TELEGRAM_IDS: z
    .string()
    .trim()
    .regex(/^\d+(\s*,\s*\d+)*$/, "must be comma-separated Telegram user ids")
    .transform((s) => s.split(",").map((x) => x.trim()))
    .optional(),
  INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(600).default(30),
  ZALO_BOT_TOKEN: z.string().trim().min(10, "must be the bot token from the Zalo Bot Platform").optional(),
  ZALO_API_ROOT: z.string().trim().url().default("https://bot-api.zaloplatforms.com"),
  ZALO_WEBHOOK_URL: z.string().trim().url().optional(),
  ZALO_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16–256 characters of A–Z, a–z, 0–9, _ or -")
    .optional(),
  /** Retired (webhooks share PORT); still read so a leftover setting is reported, not ignored. */
  ZALO_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  STORAGE_DIR: z.string().trim().min(1).default("./data/files"),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(20).default(20),
  ARTICLE_TASK: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+:\d+(\.\d+)*$/, "must be <plan id>:<task code>, e.g. hcm-2024-qd6004-ke-hoach-cchc:1.14")
    .optional(),
  CONTINUOUS_REPORT_PERIOD: z.enum(["monthly", "quarterly", "half-yearly", "yearly"]).default("quarterly"),
  SUBMIT_ROLES: z
    .string()
    .trim()
    .regex(
      /^(official|focal|leader|reviewer|admin)(\s*,\s*(official|focal|leader|reviewer|admin))*$/,
      "must be a comma-separated list of official, focal, leader, reviewer, admin",
    )
    .default("focal")
    .transform((s) => s.split(",").map((x) => x.trim() as "official" | "focal" | "leader" | "reviewer" | "admin")),
  REMINDER_DAYS_BEFORE: z
    .string()
    .trim()
    .regex(/^\d{1,3}(\s*,\s*\d{1,3})*$/, "must be comma-separated day counts, e.g. 14,7,3,1")
    .default("14,7,3,1")
    .transform((s) => s.split(",").map(Number)),
  OVERDUE_WEEKS: z.coerce.number().int().min(0).max(52).default(4),
  ESCALATE_AFTER_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  WORK_HOURS: z
    .string()
    .trim()
    .regex(/^\d{1,2}:\d{2}-\d{1,2}:\d{2}$/, "must be HH:MM-HH:MM, e.g. 08:00-17:00")
    .default("08:00-17:00"),
  WORK_DAYS: z
    .string()
    .trim()
    .regex(/^[1-7](\s*,\s*[1-7])*$/, "must be ISO weekdays 1-7, e.g. 1,2,3,4,5")
    .default("1,2,3,4,5")
    .transform((s) => s.split(",").map(Number)),
  HOLIDAYS: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}(\s*,\s*\d{4}-\d{2}-\d{2})*$/, "must be comma-separated YYYY-MM-DD dates")
    .optional()
    .transform((s) => (s ? s.split(",").map((x) => x.trim()) : [])),
  DIGEST_TIME: z
    .string()
    .trim()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "must be HH:MM, e.g. 08:00")
    .default("08:00")
    .transform((s) => Number(s.split(":")[0]) * 60 + Number(s.split(":")[1])),
  MAX_PUSHES_PER_DAY: z.coerce.number().int().min(1).max(50).default(3),
  SEND_RATE_PER_SECOND: z.coerce.number().min(1).max(1000).default(30),
  SCHEDULER_CRON: z
    .string()
    .trim()
    .regex(/^(\S+\s+){4,5}\S+$/, "must be a cron expression, e.g. * * * * *")
    .default("* * * * *"),
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
    // The value helps find a typo, but a token or a secret is not repeated into a terminal or a log.
    const shown = /TOKEN|SECRET/.test(name) ? "" : ` (got "${String(input[name]).slice(0, 60)}")`;
    throw new ConfigError(`Invalid ${name}: ${issue.message}${name in input ? shown : ""}`);
  }
  const fallback = path.resolve(cwd, "../shared/plans");
  if (parsed.data.TELEGRAM_WEBHOOK_URL && !parsed.data.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError("Invalid TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set");
  }
  if (parsed.data.ZALO_WEBHOOK_URL && !parsed.data.ZALO_WEBHOOK_SECRET) {
    throw new ConfigError("Invalid ZALO_WEBHOOK_SECRET: required when ZALO_WEBHOOK_URL is set");
  }
  const plansDir = parsed.data.PLANS_DIR
    ? path.resolve(cwd, parsed.data.PLANS_DIR)
    : existsSync(fallback)
      ? fallback
      : null;
  // Named, the folder must be there (a typo would start an assistant with no plans); the default may be absent.
  if (parsed.data.PLANS_DIR && plansDir && !statSync(plansDir, { throwIfNoEntry: false })?.isDirectory())
    throw new ConfigError(`Invalid PLANS_DIR: no such folder: ${plansDir}`);
  return { ...parsed.data, plansDir };
}
