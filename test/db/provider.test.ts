import { describe, expect, it } from "vitest";
import { preparedStatementNames } from "../../src/db/adapter.js";
import { freshDatabase, onPostgres } from "../helpers/db.js";

describe("the database under test", () => {
  it(`is ${onPostgres ? "PostgreSQL" : "SQLite"}, migrated from the committed migrations`, async () => {
    const db = await freshDatabase();
    expect(db.provider).toBe(onPostgres ? "postgresql" : "sqlite");
    expect(db.appliedMigrations).toEqual([
      "0001_init",
      "0002_identity",
      "0003_submissions",
      "0004_reminders",
      "0005_link_codes",
      "0006_leases",
      "0007_code_guesses",
      "0008_outbox_notices",
      "0009_submission_occurrences",
      "0010_rotation_task",
      "0011_digest_items",
      "0012_directory_sources",
      "0013_board_links",
    ]);
    expect(await db.client.agency.count()).toBeGreaterThan(70);
    await db.dispose();
  });

  it.runIf(onPostgres)("prepares each statement once per PostgreSQL connection", async () => {
    const db = await freshDatabase();
    try {
      for (let i = 0; i < 3; i++) await db.client.agency.findMany({ where: { id: `hcm.q${i}` } });
      const rows = await db.client.$queryRaw<{ name: string }[]>`SELECT name FROM pg_prepared_statements`;
      expect(rows.some((r) => r.name.startsWith("cchc_"))).toBe(true);
    } finally {
      await db.dispose();
    }
  });
});

describe("prepared statement names", () => {
  it("are stable per statement text and stop after the limit", () => {
    const name = preparedStatementNames(2);
    const a = name({ sql: "SELECT 1" });
    expect(a).toMatch(/^cchc_[\w-]+$/);
    expect(name({ sql: "SELECT 1" })).toBe(a);
    expect(name({ sql: "SELECT 2" })).not.toBe(a);
    expect(name({ sql: "SELECT 3" })).toBeUndefined();
    expect(name({ sql: "SELECT 1" })).toBe(a);
  });
});
