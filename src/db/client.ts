import { PrismaClient } from "../generated/prisma/client.js";
import { adapterFor } from "./adapter.js";
import { applyMigrations, type Provider } from "./migrate.js";

export type Db = PrismaClient;

export interface Database {
  prisma: Db;
  provider: Provider;
  appliedMigrations: string[];
  close(): Promise<void>;
}

/** Opens the database named by `url`, applying pending migrations first (SQLite file created on first run). */
export async function openDatabase(url: string): Promise<Database> {
  const { provider, adapter } = await adapterFor(url);
  const appliedMigrations = await applyMigrations(provider, adapter());
  const prisma = new PrismaClient({ adapter: adapter() });
  return { prisma, provider, appliedMigrations, close: () => prisma.$disconnect() };
}
