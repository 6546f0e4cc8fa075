// Writes prisma/<migrations dir>/<NNNN_name>/migration.sql with the SQL that
// brings the committed migrations up to prisma/schema.prisma, for each provider.
// Usage: npm run migration:new -- <name>
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { diffMigration, migrationsDir, schemaFor, type Provider } from "../src/db/migrate.js";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("usage: npm run migration:new -- <name>");
  process.exit(2);
}
const providers: Provider[] = ["sqlite", "postgresql"];
for (const provider of providers) {
  // The diff is computed offline (shadow schema in memory), so an in-memory SQLite adapter serves both.
  const sql = await diffMigration(provider, new PrismaBetterSqlite3({ url: ":memory:" }));
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log(`${provider}: schema and migrations agree, nothing to write`);
    continue;
  }
  const dir = migrationsDir(provider);
  await mkdir(dir, { recursive: true });
  const count = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).length;
  const target = path.join(dir, `${String(count + 1).padStart(4, "0")}_${name}`);
  await mkdir(target, { recursive: true });
  await writeFile(path.join(target, "migration.sql"), sql);
  await writeFile(path.join(target, "schema.prisma"), await schemaFor(provider));
  await writeFile(
    path.join(dir, "migration_lock.toml"),
    `# Written by scripts/new-migration.ts\nprovider = "${provider}"\n`,
  );
  console.log(`${provider}: wrote ${path.relative(process.cwd(), target)}/migration.sql`);
}
