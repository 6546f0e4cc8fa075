import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, cliDatabase } from "../helpers/cli.js";
import { pdf } from "../helpers/files.js";
import { HCM_PLAN, SADEC_PLAN } from "../helpers/paths.js";

const dir = cliDatabase([HCM_PLAN, SADEC_PLAN]);
const file = path.join(dir, "bai.pdf");
beforeAll(() => writeFileSync(file, pdf("quan 3 quy 1")));

const submit = (agency: string, quarter: string, now: string) =>
  cli("submit", "--agency", agency, "--quarter", quarter, "--file", file, "--now", now, "--json");

describe("cli progress", () => {
  it("lists every occurrence an agency owes, with status and receipt", async () => {
    const before = await cli("progress", "--agency", "UBND Quận 3", "--now", "2024-04-05", "--json");
    expect(before.code).toBe(0);
    const article = before.json.occurrences.filter((o: any) => o.code === "1.14");
    expect(article.map((o: any) => [o.due, o.status])).toEqual([
      ["2024-03-31", "overdue"],
      ["2024-06-30", "upcoming"],
      ["2024-09-30", "upcoming"],
      ["2024-12-31", "upcoming"],
    ]);
    const sent = await submit("UBND Quận 3", "2024-Q1", "2024-04-05");
    // Receipts cannot be read as quarters.
    expect(sent.json.receipt).toBe("Q.3-2024Q1-01");
    const after = await cli("progress", "--agency", "UBND Quận 3", "--now", "2024-04-05", "--json");
    expect(after.json.occurrences.find((o: any) => o.code === "1.14" && o.due === "2024-03-31")).toMatchObject({
      status: "late",
      receipt: "Q.3-2024Q1-01",
    });
  });

  it("flags the same file sent for another quarter or by another agency, and keeps it", async () => {
    const again = await submit("UBND Quận 3", "2024-Q2", "2024-04-06");
    expect(again.json).toMatchObject({ ok: true, sameAs: { receipt: "Q.3-2024Q1-01", agency: "UBND Quận 3" } });
    const other = await submit("UBND Quận 5", "2024-Q1", "2024-04-06");
    expect(other.json).toMatchObject({ ok: true, sameAs: { receipt: "Q.3-2024Q1-01" } });
    // The same file for the same occurrence is still refused.
    expect((await submit("UBND Quận 5", "2024-Q1", "2024-04-07")).json).toMatchObject({ ok: false });
    const list = await cli("submissions", "list", "--quarter", "2024-Q1", "--now", "2024-04-06", "--json");
    expect(JSON.stringify(list.json)).toMatch(/Q\.5-2024Q1-01/);
  });

  it("sums completion per agency for a quarter: due, on time, late, missing, on-time rate", async () => {
    const r = await cli(
      "progress",
      "summary",
      "--quarter",
      "2024-Q1",
      "--plan",
      "hcm",
      "--now",
      "2024-04-10",
      "--json",
    );
    expect(r.code).toBe(0);
    const q3 = r.json.agencies.find((a: any) => a.agency === "UBND Quận 3");
    expect(q3).toMatchObject({ late: 1 });
    expect(q3.due).toBeGreaterThan(q3.late);
    expect(q3.missing).toBe(q3.due - q3.late - q3.onTime);
    // Sa Đéc's units owe nothing in the city's plan: not ranked there.
    expect(r.json.agencies.some((a: any) => /Sa Đéc|Phường/.test(a.agency))).toBe(false);
    const bad = await cli("progress", "summary", "--plan", "khong-co", "--json");
    expect(bad.code).toBe(2);
  });
});
