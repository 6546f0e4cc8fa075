import { Assistant } from "../../src/core/assistant.js";
import { TaskCatalog } from "../../src/core/catalog.js";
import { defaultCoreConfig, type Services } from "../../src/core/context.js";
import { importPlanFiles } from "../../src/core/plans.js";
import { AgencyDirectory } from "../../src/domain/agency/lookup.js";
import type { Clock } from "../../src/domain/clock.js";
import { parseNow } from "../../src/domain/clock.js";
import { jurisdictions } from "../../src/directory/index.js";
import { i18n } from "../../src/i18n.js";
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
  db: TestDb;
  clock: TestClock;
  services: Services;
  assistant: Assistant;
}

/** A database with both real plans loaded and an assistant over it. */
export async function world(start = "2024-03-01", admins: string[] = []): Promise<World> {
  const db = await freshDatabase();
  const clock = new TestClock(start);
  await importPlanFiles(db.prisma, [HCM_PLAN, SADEC_PLAN], clock);
  const services: Services = { db: db.prisma, clock, i18n: i18n(), directory: new AgencyDirectory(jurisdictions), catalog: new TaskCatalog(db.prisma), config: { ...defaultCoreConfig } };
  return { db, clock, services, assistant: new Assistant(services, { bootstrapAdmins: { telegram: admins } }) };
}
