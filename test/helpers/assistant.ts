import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Assistant } from "../../src/core/assistant.js";
import { buildAssistant } from "../../src/core/build.js";
import type { Services } from "../../src/core/context.js";
import { importPlanFiles } from "../../src/core/plans.js";
import type { Clock } from "../../src/domain/clock.js";
import { parseNow } from "../../src/domain/clock.js";
import { freshDatabase, type TestDb } from "./db.js";
import { HCM_PLAN, SADEC_PLAN } from "./paths.js";

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  private at: Date;
  constructor(start: string) {
    this.at = parseNow(start)!;
  }
  now(): Date {
    return new Date(this.at.getTime());
  }
  set(at: string): void {
    this.at = parseNow(at)!;
  }
}

export interface World {
  storageDir: string;
  db: TestDb;
  clock: TestClock;
  services: Services;
  assistant: Assistant;
}

/** A database with both real plans loaded and an assistant over it. */
export async function world(start = "2024-03-01", admins: string[] = []): Promise<World> {
  const db = await freshDatabase();
  const clock = new TestClock(start);
  await importPlanFiles(db.client, [HCM_PLAN, SADEC_PLAN], clock);
  const storageDir = mkdtempSync(path.join(tmpdir(), "cchc-files-"));
  const assistant = buildAssistant({
    database: db,
    clock,
    storageDir,
    config: { maxUploadBytes: 2 * 1024 * 1024, ratePerMinute: 100_000 },
    bootstrapAdmins: { telegram: admins },
  });
  return { db, clock, services: assistant.services, assistant, storageDir };
}
