import { PrismaClient } from "../generated/prisma/client.js";
import { PrismaClient as PgPrismaClient } from "../generated/prisma-pg/client.js";
import { adapterFor } from "./adapter.js";
import { applyMigrations, type Provider } from "./migrate.js";

/**
 * The database client. Both generated clients share one model, so the
 * PostgreSQL one is used through the SQLite one's type: the code never uses a
 * provider-specific feature.
 */
export type Db = PrismaClient;

export interface Database {
  prisma: Db;
  provider: Provider;
  appliedMigrations: string[];
  close(): Promise<void>;
}

/** Opens the database named by `url` (file: → SQLite, postgresql:// → PostgreSQL), applying pending migrations first. */
export async function openDatabase(url: string): Promise<Database> {
  const { provider, adapter } = await adapterFor(url);
  const appliedMigrations = await applyMigrations(provider, adapter());
  const prisma = provider === "postgresql" ? (new PgPrismaClient({ adapter: adapter() as never }) as unknown as Db) : new PrismaClient({ adapter: adapter() as never });
  return { prisma, provider, appliedMigrations, close: () => prisma.$disconnect() };
}
