import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { cli, cliDatabase } from "../helpers/cli.js";
import { HCM_PLAN } from "../helpers/paths.js";

// The reviewers' and admins' command line: what is pending, and decisions that reach the person concerned the
// same way a decision in chat does (a notice in the outbox, for each of their chat accounts).
cliDatabase([HCM_PLAN]);
let db: Database;
let focal: number;

beforeAll(async () => {
  db = await openDatabase(process.env.DATABASE_URL!);
  const u = await db.client.user.create({
    data: {
      displayName: "Đầu mối Quận 1",
      agencyId: "hcm.q1",
      role: "focal",
      status: "active",
      accounts: { create: { channel: "zalo", externalId: "z-q1", chatId: "z-q1" } },
    },
  });
  focal = u.id;
});
afterAll(async () => db?.close());

const notices = (userId: number) =>
  db.client.outboxMessage.findMany({ where: { userId, kind: "notice" }, orderBy: { id: "asc" } });

async function submitted(text: string): Promise<string> {
  const r = await cli("submit", "--agency", "UBND Quận 1", "--quarter", "2024-Q1", "--text", text, "--json");
  expect(r.code).toBe(0);
  await db.client.submission.update({ where: { receipt: r.json.receipt }, data: { submittedById: focal } });
  return r.json.receipt;
}

describe("cli review", () => {
  it("lists pending submissions oldest first, returns one with its reason and tells the submitter", async () => {
    const receipt = await submitted("Bài viết quý I của Quận 1");
    const pending = await cli("submissions", "pending", "--json", "--now", "2024-03-26T10:00");
    expect(pending.json.pending).toEqual([
      expect.objectContaining({ receipt, agency: "UBND Quận 1", kind: "article", quarter: "2024-Q1", file: null }),
    ]);
    expect((await cli("submissions", "review", receipt, "--return", "   ")).code).toBe(2);
    expect((await cli("submissions", "review", receipt)).code).toBe(2);
    expect((await cli("submissions", "review", receipt, "--accept", "--return", "x")).code).toBe(2);
    const back = await cli("submissions", "review", receipt, "--return", "Thiếu số liệu quý I", "--json");
    expect(back.json).toEqual({ ok: true, receipt, status: "returned", notified: 1 });
    const told = await notices(focal);
    expect(told.at(-1)).toMatchObject({ channel: "zalo", chatId: "z-q1", state: "pending" });
    expect(told.at(-1)!.text).toMatch(
      new RegExp(`${receipt.replace(".", "\\.")} \\(Bài viết quý I/2024\\) bị trả lại: Thiếu số liệu quý I`),
    );
    expect((await cli("submissions", "pending", "--json")).json.pending).toEqual([]);
    const again = await cli("submissions", "review", receipt, "--accept", "--json");
    expect(again.code).toBe(1);
    expect(again.json).toMatchObject({ ok: false, error: "already-reviewed", status: "returned" });
    expect((await cli("submissions", "review", "SNV-2099Q1-01", "--accept")).code).toBe(1);
  });

  it("accepts a resubmission by receipt, in any case", async () => {
    const receipt = await submitted("Bài viết quý I của Quận 1, bổ sung số liệu");
    const done = await cli("submissions", "review", receipt.toLowerCase(), "--accept", "--json");
    expect(done.json).toMatchObject({ ok: true, status: "accepted", notified: 1 });
    expect((await notices(focal)).at(-1)!.text).toMatch(/đã được duyệt/);
    const row = await db.client.submission.findUniqueOrThrow({ where: { receipt } });
    expect(row).toMatchObject({ status: "accepted", reviewerId: null });
  });

  it("lists access requests and tells the person of an approval or a refusal", async () => {
    const ask = (name: string) =>
      db.client.user.create({
        data: {
          displayName: name,
          agencyId: "hcm.q3",
          role: "official",
          status: "pending",
          accounts: { create: { channel: "telegram", externalId: name, chatId: name } },
        },
      });
    const [a, b] = [await ask("t-anh"), await ask("t-binh")];
    const pending = await cli("users", "pending", "--json");
    expect(pending.json.pending.map((u: any) => u.id)).toEqual([a.id, b.id]);
    expect((await cli("users", "approve", String(a.id), "--json")).json).toMatchObject({ ok: true, notified: 1 });
    expect((await cli("users", "deny", String(b.id), "--json")).json).toMatchObject({ status: "denied", notified: 1 });
    expect((await notices(a.id))[0]!.text).toMatch(/UBND Quận 3/);
    expect((await notices(b.id))[0]!.text).toMatch(/chưa được chấp nhận/);
    expect((await cli("users", "pending", "--json")).json.pending).toEqual([]);
    expect((await cli("users", "deny", String(a.id))).code).toBe(1);
  });
});
