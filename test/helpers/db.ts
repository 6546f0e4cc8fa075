import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../../src/db/client.js";
import { syncDirectory } from "../../src/db/directory-repo.js";

// Tests run on SQLite by default; with TEST_DATABASE_URL=postgresql://… (a
// role allowed to create databases) every test database is a fresh
// PostgreSQL database instead, so the same suite proves both.

export interface TestUrl {
  url: string;
  drop(): Promise<void>;
}

export const onPostgres = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? "");

export async function newDatabaseUrl(): Promise<TestUrl> {
  if (!onPostgres) {
    const dir = mkdtempSync(path.join(tmpdir(), "cchc-test-"));
    return { url: `file:${path.join(dir, "test.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = new URL(process.env.TEST_DATABASE_URL!);
  const name = `cchc_t_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestDb extends Database {
  url: string;
  dispose(): Promise<void>;
}

/** A fresh, migrated database with the directory loaded. */
export async function freshDatabase(): Promise<TestDb> {
  const target = await newDatabaseUrl();
  const db = await openDatabase(target.url);
  await syncDirectory(db.prisma);
  let disposed = false;
  return {
    ...db,
    url: target.url,
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      await db.close();
      await target.drop();
    },
  };
}
