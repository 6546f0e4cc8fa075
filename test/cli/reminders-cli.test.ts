import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliDatabase } from "../helpers/cli.js";
import { ensureLinkedAccount } from "../../src/db/user-repo.js";
import { openDatabase } from "../../src/db/client.js";
import { vietnamHolidays } from "../../src/domain/holidays.js";
import { isWorkingDay } from "../../src/domain/workcal.js";
import { pdf } from "../helpers/files.js";
import { HCM_PLAN, SADEC_PLAN } from "../helpers/paths.js";

const dir = cliDatabase([HCM_PLAN, SADEC_PLAN]);

const holidays = vietnamHolidays([2024]);
const cal = { startMinute: 480, endMinute: 1020, weekdays: [1, 2, 3, 4, 5], holidays };

describe("reminders preview", () => {
  it("lists the article-cycle stages for every department and district, on working days in working hours", async () => {
    const r = await cli("reminders", "preview", "--from", "2024-03-01", "--to", "2024-04-15", "--json");
    expect(r.code).toBe(0);
    const article = r.json.reminders.filter((x: any) => x.kind === "article");
    expect(new Set(article.map((x: any) => x.agencyId)).size).toBe(46);
    for (const stage of ["T-14", "T-7", "T-3", "T-1", "T+1"])
      expect(article.filter((x: any) => x.stage === stage && x.due === "2024-03-31")).toHaveLength(46);
    for (const x of r.json.reminders) {
      expect(isWorkingDay(cal, x.at.slice(0, 10)), x.at).toBe(true);
      expect(x.at.slice(11) >= "08:00" && x.at.slice(11) < "17:00").toBe(true);
    }
    expect(r.json.reminders.filter((x: any) => x.kind === "rotation").map((x: any) => x.at)).toContain(
      "2024-04-01T08:00",
    );
  });

  it("drops the later stages of an agency once it has submitted", async () => {
    writeFileSync(path.join(dir, "q1.pdf"), pdf("q1"));
    expect(
      (
        await cli(
          "submit",
          "--agency",
          "UBND Quận 1",
          "--quarter",
          "2024-Q1",
          "--file",
          path.join(dir, "q1.pdf"),
          "--now",
          "2024-03-20",
          "--json",
        )
      ).code,
    ).toBe(0);
    const r = await cli("reminders", "preview", "--from", "2024-03-01", "--to", "2024-04-15", "--json");
    const q1 = r.json.reminders.filter(
      (x: any) =>
        x.agencyId === "hcm.q1" && (x.kind === "article" || x.kind === "escalation") && x.due === "2024-03-31",
    );
    expect(q1).toEqual([]);
    expect(
      r.json.reminders.filter((x: any) => x.agencyId === "hcm.q3" && x.kind === "article" && x.due === "2024-03-31"),
    ).toHaveLength(5);
  });

  it("puts dated task pushes at the configured offsets", async () => {
    const r = await cli("reminders", "preview", "--from", "2024-10-01", "--to", "2024-11-30", "--json");
    const t = r.json.reminders.filter((x: any) => x.kind === "task" && x.task === "1.4.2" && x.agencyId === "hcm.snv");
    expect(t.map((x: any) => [x.stage, x.at])).toEqual([
      ["T-14", "2024-10-17T08:00"],
      ["T-7", "2024-10-24T08:00"],
      ["T-3", "2024-10-28T08:00"],
      ["T-1", "2024-10-30T08:00"],
      ["T0", "2024-10-31T08:00"],
      ["T+1", "2024-11-01T08:00"],
      ["T+8", "2024-11-08T08:00"],
      ["T+15", "2024-11-15T08:00"],
      ["T+22", "2024-11-22T08:00"],
      ["T+29", "2024-11-29T08:00"],
    ]);
  });

  it("rejects a bad range", async () => {
    expect((await cli("reminders", "preview", "--from", "2024-04-15", "--to", "2024-03-01")).code).toBe(2);
    expect((await cli("reminders", "preview", "--from", "x")).code).toBe(2);
  });
});

describe("reminders run and outbox status", () => {
  it("enqueues what is due for linked people, once", async () => {
    expect((await cli("outbox", "status", "--json")).json).toMatchObject({ pending: 0 });
    // Nobody is linked yet: planned, nothing to enqueue.
    expect((await cli("reminders", "run", "--now", "2024-03-18T08:00", "--json")).json).toMatchObject({ enqueued: 0 });
    const db = await openDatabase(process.env.DATABASE_URL!);
    await ensureLinkedAccount(db.client, "console", "q3-focal", "hcm.q3", "focal", "Đầu mối Quận 3");
    await db.close();
    const first = await cli("reminders", "run", "--now", "2024-03-18T08:00", "--json");
    expect(first.json.enqueued).toBeGreaterThan(0);
    expect((await cli("reminders", "run", "--now", "2024-03-18T08:00", "--json")).json.enqueued).toBe(0);
    expect((await cli("outbox", "status", "--json")).json.pending).toBe(first.json.enqueued);
    expect((await cli("reminders", "run", "--now", "nope")).code).toBe(2);
  });
});
