import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { withSchemaEngine } from "./schema-engine.js";

export const PRISMA_DIR = path.resolve(import.meta.dirname, "../../prisma");

export type Provider = "sqlite" | "postgresql";

/** Migrations live per provider: prisma/migrations (SQLite), prisma/migrations-postgresql. */
export function migrationsDir(provider: Provider): string {
  return path.join(PRISMA_DIR, provider === "sqlite" ? "migrations" : "migrations-postgresql");
}

/** The schema text for a provider: one model file, provider line swapped. */
export async function schemaFor(provider: Provider): Promise<string> {
  const text = await readFile(path.join(PRISMA_DIR, "schema.prisma"), "utf8");
  return text.replace(/provider\s*=\s*"sqlite"/, `provider = "${provider}"`);
}

async function loadMigrations(provider: Provider) {
  const baseDir = migrationsDir(provider);
  const entries = (await readdir(baseDir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    entries.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(baseDir, name, "migration.sql"), "utf8") },
      },
    })),
  );
  const lockPath = path.join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

const filters = { externalTables: [], externalEnums: [] };

/** Names of the committed migrations for a provider, in order. */
export async function committedMigrations(provider: Provider): Promise<string[]> {
  return (await loadMigrations(provider)).migrationDirectories.map((d) => d.path);
}

/** Applies pending committed migrations, like `prisma migrate deploy`. */
export async function applyMigrations(
  provider: Provider,
  adapter: SqlMigrationAwareDriverAdapterFactory,
): Promise<string[]> {
  const schema = await schemaFor(provider);
  const migrationsList = await loadMigrations(provider);
  return withSchemaEngine(
    "schema.prisma",
    schema,
    adapter,
    async (engine) => (await engine.applyMigrations({ migrationsList, filters })).appliedMigrationNames,
  );
}

/**
 * SQL that takes the last migration's schema snapshot to the current schema
 * ("" when they agree). Snapshots (schema.prisma beside each migration.sql)
 * keep the diff offline: no shadow database is needed.
 */
export async function diffMigration(
  provider: Provider,
  adapter: SqlMigrationAwareDriverAdapterFactory,
): Promise<string> {
  const schema = await schemaFor(provider);
  return withSchemaEngine("schema.prisma", schema, adapter, async (engine) => {
    const list = await loadMigrations(provider);
    const last = list.migrationDirectories.at(-1);
    const previous = last ? await readFile(path.join(list.baseDir, last.path, "schema.prisma"), "utf8") : null;
    const out = await engine.diff({
      from:
        previous === null
          ? { tag: "empty" }
          : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: previous }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: null,
      filters,
    });
    return out.stdout ?? "";
  });
}
