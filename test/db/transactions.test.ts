import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDb } from "../helpers/db.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let db: TestDb;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => db.dispose());

describe("a transaction that rolls back", () => {
  it("undoes its own writes and nobody else's, even while others write meanwhile", async () => {
    const failing = db.client
      .$transaction(async (tx) => {
        await tx.meta.create({ data: { key: "inside", value: "1" } });
        await sleep(80);
        throw new Error("business rule: roll back");
      })
      .catch((e: Error) => e.message);
    await sleep(20);
    await db.client.meta.create({ data: { key: "outside", value: "1" } });
    await db.client.meta.createMany({ data: [{ key: "outside-2", value: "1" }] });
    expect(await failing).toBe("business rule: roll back");
    expect(await db.client.meta.findUnique({ where: { key: "inside" } })).toBeNull();
    expect(await db.client.meta.findUnique({ where: { key: "outside" } })).not.toBeNull();
    expect(await db.client.meta.findUnique({ where: { key: "outside-2" } })).not.toBeNull();
  });

  it("does not take down a write that ran beside a failed batch insert", async () => {
    await db.client.meta.create({ data: { key: "taken", value: "1" } });
    const [dup, other] = await Promise.allSettled([
      db.client.meta.createMany({
        data: [
          { key: "fresh-a", value: "1" },
          { key: "taken", value: "2" },
        ],
      }),
      db.client.meta.createMany({ data: [{ key: "fresh-b", value: "1" }] }),
    ]);
    expect(dup.status).toBe("rejected");
    expect(other.status).toBe("fulfilled");
    expect(await db.client.meta.findUnique({ where: { key: "fresh-a" } })).toBeNull();
    expect(await db.client.meta.findUnique({ where: { key: "fresh-b" } })).not.toBeNull();
  });
});

describe("statements reused across queries (SQLite keeps one per SQL text)", () => {
  it("binds each call's own arguments, for reads, writes and large integers", async () => {
    for (const k of ["a", "b", "c"])
      await db.client.meta.create({ data: { key: `reuse-${k}`, value: k.toUpperCase() } });
    for (const k of ["c", "a", "b", "a"]) {
      expect((await db.client.meta.findUnique({ where: { key: `reuse-${k}` } }))?.value).toBe(k.toUpperCase());
    }
    await db.client.meta.update({ where: { key: "reuse-a" }, data: { value: "changed" } });
    await db.client.meta.update({ where: { key: "reuse-b" }, data: { value: "also" } });
    const rows = await db.client.meta.findMany({ where: { key: { startsWith: "reuse-" } }, orderBy: { key: "asc" } });
    expect(rows.map((r) => r.value)).toEqual(["changed", "also", "C"]);
    const big = await db.client.$queryRaw<{ n: bigint | number }[]>`SELECT ${2 ** 40} AS n`;
    expect(Number(big[0]!.n)).toBe(2 ** 40);
    expect(await db.client.meta.findUnique({ where: { key: "reuse-none" } })).toBeNull();
  });
});
