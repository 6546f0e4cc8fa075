import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveImportedDirectory, storedDirectories, syncDirectory } from "../../src/db/directory-repo.js";
import { shippedJurisdictions, type Jurisdiction } from "../../src/directory/index.js";
import { freshDatabase, type TestDb } from "../helpers/db.js";

let db: TestDb;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => db?.dispose());

const [hcm, sadec] = shippedJurisdictions();
const without = (j: Jurisdiction, id: string): Jurisdiction => ({
  ...j,
  agencies: j.agencies.filter((a) => a.id !== id),
});
const active = async (id: string) => (await db.client.agency.findUniqueOrThrow({ where: { id } })).active;

describe("the directory tables follow the loaded directories", () => {
  it("a shipped directory that changes is followed: an agency dropped is kept, inactive, ungrouped", async () => {
    expect(await syncDirectory(db.client)).toBe(false);
    expect(await syncDirectory(db.client, [without(hcm!, "hcm.sdl"), sadec!])).toBe(true);
    expect(await active("hcm.sdl")).toBe(false);
    const inGroup = await db.client.agencyGroupMember.count({ where: { agencyId: "hcm.sdl" } });
    expect(inGroup).toBe(0);
    expect(await db.client.agencyAlias.count({ where: { agencyId: "hcm.sdl" } })).toBe(0);
    expect(await syncDirectory(db.client)).toBe(true);
    expect(await active("hcm.sdl")).toBe(true);
  });

  it("an imported directory wins over the shipped one until the next import", async () => {
    await saveImportedDirectory(db.client, without(sadec!, "sadec.p4"), "sadec-2025.csv");
    expect(await active("sadec.p4")).toBe(false);
    // The project ships a new Sa Đéc file: the administrator's import stays.
    await syncDirectory(db.client, [hcm!, { ...sadec!, name: "Thành phố Sa Đéc (mới)" }]);
    const stored = (await storedDirectories(db.client)).find((d) => d.jurisdiction.id === "sadec")!;
    expect([stored.origin, stored.file, stored.jurisdiction.name]).toEqual(["imported", "sadec-2025.csv", sadec!.name]);
    expect(await active("sadec.p4")).toBe(false);
  });

  it("leaves alone agencies of jurisdictions no directory covers (the benchmark's)", async () => {
    await db.client.agency.create({
      data: { id: "bench.a1", name: "Đơn vị thử", kind: "department", jurisdiction: "bench" },
    });
    await syncDirectory(db.client, [without(hcm!, "hcm.stp"), sadec!]);
    expect(await active("bench.a1")).toBe(true);
    expect(await active("hcm.stp")).toBe(false);
  });
});
