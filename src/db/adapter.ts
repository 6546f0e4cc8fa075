import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Sqlite from "better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Provider } from "./migrate.js";

export interface DatabaseTarget {
  provider: Provider;
  /** A fresh adapter factory each call: migrations and the client must not share one. */
  adapter(): SqlMigrationAwareDriverAdapterFactory;
}

/** Chooses the driver adapter from DATABASE_URL: `file:` → SQLite, `postgres(ql)://` → PostgreSQL. */
export async function adapterFor(url: string): Promise<DatabaseTarget> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return { provider: "postgresql", adapter: () => new PrismaPg({ connectionString: url }) as unknown as SqlMigrationAwareDriverAdapterFactory };
  }
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // WAL (a property of the file) lets the bot read while an import writes.
    const raw = new Sqlite(file);
    raw.pragma("journal_mode = WAL");
    raw.close();
  }
  return { provider: "sqlite", adapter: () => new PrismaBetterSqlite3({ url: file, timeout: 10_000 }) };
}
