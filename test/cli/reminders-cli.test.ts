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

type Preview = { day: string; at: string; agency: string | null; recipient: unknown; items: any[] };
const digestsOf = (json: { list: Preview[] }, agency: string) => json.list.filter((d) => d.agency === agency);

describe("reminders preview", () => {
  it("shows one digest per agency and working day, with only the newest stage of each item", async () => {
    const r = await cli("reminders", "preview", "--from", "2024-03-01", "--to", "2024-04-15", "--json");
    expect(r.code).toBe(0);
    expect(r.json.digests).toBe(r.json.list.length);
    const seen = new Set<string>();
    for (const d of r.json.list as Preview[]) {
      expect(isWorkingDay(cal, d.day), d.day).toBe(true);
      expect(d.at).toBe(`${d.day}T08:00`);
      expect(seen.has(`${d.agency}|${d.day}`)).toBe(false);
      seen.add(`${d.agency}|${d.day}`);
      const ids = d.items.map((i) => i.line);
      expect(new Set(ids).size, `${d.agency} ${d.day}`).toBe(ids.length);
    }
    // The article of quarter I for 46 departments and districts: T-14, T-7, T-3, then T+1 — Saturday's T-1 was
    // moved to Monday 1 April, where the newer T+1 replaces it.
    const article = (r.json.list as Preview[]).flatMap((d) =>
      d.items.filter((i) => i.kind === "article" && i.due === "2024-03-31").map((i) => [d.agency, d.day, i.stage]),
    );
    expect(new Set(article.map(([a]) => a)).size).toBe(46);
    expect(article.filter(([, day]) => day === "2024-04-01").every(([, , stage]) => stage === "T+1")).toBe(true);
    expect(article.filter(([a]) => a === "UBND Quận 3").map(([, day, stage]) => `${day} ${stage}`)).toEqual([
      "2024-03-18 T-14",
      "2024-03-25 T-7",
      "2024-03-28 T-3",
      "2024-04-01 T+1",
    ]);
    expect(
      (r.json.list as Preview[]).some((d) => d.day === "2024-04-01" && d.items.some((i) => i.kind === "rotation")),
    ).toBe(true);
  });

  it("gives Sở Thông tin và Truyền thông one digest on 1 April 2024, overdue items said so", async () => {
    const r = await cli("reminders", "preview", "--from", "2024-04-01", "--to", "2024-04-01", "--json");
    const [digest, ...more] = digestsOf(r.json, "Sở Thông tin và Truyền thông");
    expect(more).toEqual([]);
    expect(digest!.items.length).toBeGreaterThan(3);
    const lines = digest!.items.map((i) => i.line).join("\n");
    expect(lines).toMatch(/Bài viết quý I\/2024 — hạn 31\/03\/2024, quá hạn 1 ngày/);
    expect(lines).toMatch(/Quý II\/2024 đã bắt đầu/);
    expect(digest!.items.every((i) => !/^T-|^T0$/.test(i.stage) || i.due > "2024-03-31")).toBe(true);
    const text = await cli("reminders", "preview", "--from", "2024-04-01", "--to", "2024-04-01");
    expect(text.out).toMatch(/2024-04-01 08:00 {2}Sở Thông tin và Truyền thông — chưa có ai nhận: \d+ việc/);
    expect(text.out).toMatch(/^ {4}\[T\+1\] Bài viết quý I\/2024/m);
  });

  it("drops the article once an agency has submitted", async () => {
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
    const about = (agency: string) =>
      digestsOf(r.json, agency).flatMap((d) =>
        d.items.filter((i) => ["article", "escalation"].includes(i.kind) && i.due === "2024-03-31"),
      );
    expect(about("UBND Quận 1")).toEqual([]);
    expect(about("UBND Quận 3").map((i) => i.stage)).toEqual(["T-14", "T-7", "T-3", "T+1", "escalate"]);
  });

  it("lists a dated task in the digests at the configured offsets", async () => {
    const r = await cli("reminders", "preview", "--from", "2024-10-01", "--to", "2024-11-30", "--json");
    const t = digestsOf(r.json, "Sở Nội vụ").flatMap((d) =>
      d.items.filter((i) => i.kind === "task" && i.code === "1.4.2").map((i) => [i.stage, d.day]),
    );
    expect(t).toEqual([
      ["T-14", "2024-10-17"],
      ["T-7", "2024-10-24"],
      ["T-3", "2024-10-28"],
      ["T-1", "2024-10-30"],
      ["T0", "2024-10-31"],
      ["T+1", "2024-11-01"],
      ["T+8", "2024-11-08"],
      ["T+15", "2024-11-15"],
      ["T+22", "2024-11-22"],
      ["T+29", "2024-11-29"],
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
    const status = (await cli("outbox", "status", "--json")).json;
    expect(status.pending).toBe(first.json.enqueued);
    expect(status.digests.pending).toBe(first.json.enqueued);
    expect(status.items.pending).toBe(first.json.items);
    expect((await cli("outbox", "status")).out).toMatch(/Bản tổng hợp — chờ gửi: 1 .*việc trong đó — chờ gửi: \d+/);
    expect((await cli("reminders", "run", "--now", "nope")).code).toBe(2);
  });
});
