import { PrismaClient } from "../generated/prisma/client.js";
import { adapterFor } from "./adapter.js";
import type { BulkReader } from "./bulk-read.js";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { applyMigrations, committedMigrations, type Provider } from "./migrate.js";

/**
 * The database client. Both generated clients share one model, so the
 * PostgreSQL one is used through the SQLite one's type: the code never uses a
 * provider-specific feature.
 */
export type Db = PrismaClient;

export interface Database {
  /** The handle repositories take (src/db is the only place its query API is used). */
  client: Db;
  provider: Provider;
  appliedMigrations: string[];
  /** Plain rows straight from the driver, for the few large reads (the task catalog). */
  bulk: BulkReader;
  close(): Promise<void>;
}

/** Opens the database named by `url` (file: → SQLite, postgresql:// → PostgreSQL), applying pending migrations. */
export async function openDatabase(url: string): Promise<Database> {
  const target = await adapterFor(url);
  const { provider } = target;
  const appliedMigrations = await migrate(url, provider, target.adapter);
  const conn = target.connect();
  // Each generated client carries its own query compiler: load only the one in use.
  const prisma =
    provider === "postgresql"
      ? (new (await import("../generated/prisma-pg/client.js")).PrismaClient({
          adapter: conn.adapter as never,
        }) as unknown as Db)
      : new PrismaClient({ adapter: conn.adapter as never });
  return {
    client: prisma,
    provider,
    appliedMigrations,
    bulk: conn.bulk,
    close: async () => {
      await prisma.$disconnect();
      await conn.close();
    },
  };
}

/** What another instance migrating at the same moment looks like (SQLite busy, PostgreSQL races and locks). */
const CONTENTION = /locked|busy|already exists|duplicate key|deadlock|could not obtain lock|40P01|55P03|23505/i;

const APPLIED =
  'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL';

/** Migrations already recorded in the database (none when it is new). */
async function appliedNames(url: string, provider: Provider): Promise<Set<string>> {
  try {
    if (provider === "sqlite") {
      const raw = new Sqlite(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true, timeout: 10_000 });
      try {
        return new Set((raw.prepare(APPLIED).all() as { migration_name: string }[]).map((r) => r.migration_name));
      } finally {
        raw.close();
      }
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return new Set((await client.query<{ migration_name: string }>(APPLIED)).rows.map((r) => r.migration_name));
    } finally {
      await client.end();
    }
  } catch {
    return new Set();
  }
}

/**
 * Applies pending migrations. Several instances start together: when nothing
 * is pending the schema engine is not started at all, and when another
 * instance holds the database while migrating, we wait and look again.
 */
async function migrate(
  url: string,
  provider: Provider,
  adapter: () => Parameters<typeof applyMigrations>[1],
): Promise<string[]> {
  const committed = await committedMigrations(provider);
  for (let attempt = 0; ; attempt++) {
    const applied = await appliedNames(url, provider);
    if (committed.every((m) => applied.has(m))) return [];
    try {
      return await applyMigrations(provider, adapter());
    } catch (err) {
      // Waiting helps only when another instance is migrating; a database that cannot be opened says so at once.
      if (attempt >= 5 || !CONTENTION.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
    }
  }
}
