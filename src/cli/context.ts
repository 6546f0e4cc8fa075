import { writeFile } from "node:fs/promises";
import { labelsIn } from "../core/submissions/reports.js";
import { FileStore } from "../storage/files.js";
import { loadConfig, type Config } from "../config.js";
import { openDatabase, type Database } from "../db/client.js";
import { syncDirectory } from "../db/directory-repo.js";
import { fixedClock, parseNow, systemClock, type Clock } from "../domain/clock.js";
import { i18n, type Args, type Locale } from "../i18n.js";
import { createLogger, type Logger } from "../logger.js";

/** A usage mistake: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface CliContext {
  config: Config;
  /** Details of failures, on stderr; silent unless LOG_LEVEL is set. */
  log: Logger;
  clock: Clock;
  json: boolean;
  locale: Locale;
  t(id: string, args?: Args): string;
  /** An internal value (a status, a role, a kind) in the chosen language: word("user", "active"). */
  word(group: string, value: string): string;
  print(line: string): void;
  printJson(value: unknown): void;
  db(): Promise<Database>;
  close(): Promise<void>;
}

export function createContext(
  options: { json: boolean; now?: string; lang?: string },
  out: (s: string) => void,
): CliContext {
  const config = loadConfig();
  const locale: Locale = options.lang === "en" || options.lang === "vi" ? options.lang : config.DEFAULT_LOCALE;
  const t = (id: string, args?: Args) => i18n().plain(locale, id, args);
  let clock: Clock = systemClock;
  if (options.now !== undefined) {
    const at = parseNow(options.now);
    if (!at) throw new UsageError(t("cli-bad-now", { value: options.now }));
    clock = fixedClock(at);
  }
  let database: Promise<Database> | undefined;
  const log = createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : "silent", [
    config.TELEGRAM_BOT_TOKEN,
    config.ZALO_BOT_TOKEN,
  ]);
  return {
    config,
    log,
    clock,
    json: options.json,
    locale,
    t,
    word: labelsIn(i18n(), locale).word,
    print: (line) => out(`${line}\n`),
    printJson: (value) => out(`${JSON.stringify(value, null, 2)}\n`),
    db: () =>
      (database ??= openDatabase(config.DATABASE_URL).then(async (db) => {
        await syncDirectory(db.client);
        return db;
      })),
    close: async () => {
      if (database) await (await database.catch(() => null))?.close();
    },
  };
}

/** The submissions' file store, as the running assistant opens it. */
export function fileStore(ctx: Pick<CliContext, "config">): FileStore {
  return new FileStore(ctx.config.STORAGE_DIR, ctx.config.MAX_UPLOAD_MB * 1024 * 1024);
}

/** Writes an export; a folder that is not there, or not writable, is the person's to fix: one line, exit 2. */
export async function writeOut(ctx: CliContext, out: string, bytes: Buffer): Promise<void> {
  try {
    await writeFile(out, bytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "";
    if (!["ENOENT", "ENOTDIR", "EACCES", "EPERM", "EISDIR", "EROFS"].includes(code)) throw err;
    throw new UsageError(ctx.t("cli-out-failed", { out, why: code }));
  }
}
