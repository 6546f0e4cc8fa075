import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { holdWhileLeased, release, tryAcquire } from "../../src/core/lease.js";
import { freshDatabase, type TestDb } from "../helpers/db.js";

let db: TestDb;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => db.dispose());

describe("leases", () => {
  it("one holder at a time; taken over when it runs out; released on stop", async () => {
    const t0 = new Date("2024-03-01T00:00:00Z");
    expect(await tryAcquire(db.client, "poll:test", "a", 30_000, t0)).toBe(true);
    expect(await tryAcquire(db.client, "poll:test", "b", 30_000, t0)).toBe(false);
    expect(await tryAcquire(db.client, "poll:test", "a", 30_000, new Date(t0.getTime() + 10_000))).toBe(true);
    expect(await tryAcquire(db.client, "poll:test", "b", 30_000, new Date(t0.getTime() + 35_000))).toBe(false);
    expect(await tryAcquire(db.client, "poll:test", "b", 30_000, new Date(t0.getTime() + 41_000))).toBe(true);
    await release(db.client, "poll:test", "b");
    expect(await tryAcquire(db.client, "poll:test", "a", 30_000, new Date(t0.getTime() + 42_000))).toBe(true);
  });

  it("of two instances only one runs the job", async () => {
    const running: string[] = [];
    const make = (name: string) =>
      holdWhileLeased({
        db: db.client,
        name: "poll:job",
        ttlMs: 60_000,
        start: () => void running.push(name),
        stop: () => void running.splice(running.indexOf(name), 1),
      });
    const a = make("a");
    const b = make("b");
    await new Promise((r) => setTimeout(r, 300));
    expect(running).toHaveLength(1);
    await a.stop();
    await b.stop();
    expect(running).toHaveLength(0);
  });
});
