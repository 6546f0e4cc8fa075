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
    return {
      url: `file:${path.join(dir, "test.db")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  return createPostgresDatabase(process.env.TEST_DATABASE_URL!, "cchc_t");
}

/** A new, empty PostgreSQL database on the server `adminUrl` names (its role may create databases). */
export async function createPostgresDatabase(adminUrl: string, prefix: string): Promise<TestUrl> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await onServer(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropDatabase(adminUrl, name) };
}

async function onServer<T>(adminUrl: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * FORCE ends our own sessions, but not an autovacuum worker that happens to be
 * cleaning the database (a role without pg_signal_backend may not end it):
 * that one finishes in moments, so the drop is tried again.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await onServer(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      return;
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (attempt >= 20 || (code !== "42501" && code !== "55006")) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

export interface TestDb extends Database {
  url: string;
  dispose(): Promise<void>;
}

/** A fresh, migrated database with the directory loaded. */
export async function freshDatabase(): Promise<TestDb> {
  const target = await newDatabaseUrl();
  const db = await openDatabase(target.url);
  await syncDirectory(db.client);
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
