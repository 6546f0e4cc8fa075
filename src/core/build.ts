import { catalogSource } from "../db/catalog-repo.js";
import type { Database } from "../db/client.js";
import { referencedFiles } from "../db/submission-repo.js";
import type { Clock } from "../domain/clock.js";
import { i18n } from "../i18n.js";
import type { Logger } from "../logger.js";
import { FileStore } from "../storage/files.js";
import { Assistant } from "./assistant.js";
import { features } from "./features/index.js";
import { TaskCatalog } from "./catalog.js";
import { defaultCoreConfig, type CoreConfig, type Services } from "./context.js";
import type { WorkCalendar } from "../domain/workcal.js";
import { vietnamHolidays } from "../domain/holidays.js";

export interface BuildOptions {
  database: Pick<Database, "client" | "bulk">;
  clock: Clock;
  storageDir: string;
  config?: Partial<CoreConfig>;
  bootstrapAdmins?: Partial<Record<"telegram" | "zalo" | "console", string[]>>;
  /** Working hours for snoozed reminders (default 08:00–17:00, Monday–Friday, Vietnamese holidays). */
  workCalendar?: WorkCalendar;
  log?: Logger;
}

export const defaultWorkCalendar = (): WorkCalendar => ({
  startMinute: 480,
  endMinute: 1020,
  weekdays: [1, 2, 3, 4, 5],
  holidays: vietnamHolidays([2023, 2024, 2025, 2026, 2027]),
});

/** The assistant with every feature plugged in (used by main.ts, the tests and the benchmarks). */
export function buildAssistant(opts: BuildOptions): Assistant {
  const config = { ...defaultCoreConfig, ...opts.config };
  const services: Services = {
    db: opts.database.client,
    clock: opts.clock,
    i18n: i18n(),
    catalog: new TaskCatalog(catalogSource(opts.database)),
    store: new FileStore(opts.storageDir, config.maxUploadBytes),
    config,
    ...(opts.log ? { log: opts.log } : {}),
  };
  const all = features(opts.workCalendar ?? defaultWorkCalendar());
  return new Assistant(services, all, { bootstrapAdmins: opts.bootstrapAdmins ?? {} });
}

/** Start-up sweep of the file store: half-written uploads and files no submission refers to. */
export async function sweepStorage(services: Pick<Services, "db" | "store">, log?: Logger): Promise<void> {
  // Ten minutes spares another instance's upload in flight; a commit takes milliseconds.
  const swept = await services.store.sweep(await referencedFiles(services.db), Date.now(), 24 * 3600_000, 10 * 60_000);
  if (swept.staged || swept.orphans) log?.info(swept, "storage swept");
}
