import { describe, expect, it } from "vitest";
import { freshDatabase, onPostgres } from "../helpers/db.js";

describe("the database under test", () => {
  it(`is ${onPostgres ? "PostgreSQL" : "SQLite"}, migrated from the committed migrations`, async () => {
    const db = await freshDatabase();
    expect(db.provider).toBe(onPostgres ? "postgresql" : "sqlite");
    expect(db.appliedMigrations).toEqual(["0001_init", "0002_identity", "0003_submissions", "0004_reminders", "0005_link_codes", "0006_leases"]);
    expect(await db.prisma.agency.count()).toBeGreaterThan(70);
    await db.dispose();
  });
});
