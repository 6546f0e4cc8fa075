import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Database } from "../../src/db/client.js";
import { syncDirectory } from "../../src/db/directory-repo.js";

export interface TestDb extends Database {
  url: string;
  dispose(): Promise<void>;
}

/** A fresh, migrated database with the directory loaded, in its own temp folder. */
export async function freshDatabase(): Promise<TestDb> {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const db = await openDatabase(url);
  await syncDirectory(db.prisma);
  return {
    ...db,
    url,
    dispose: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
