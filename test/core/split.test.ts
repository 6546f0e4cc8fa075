import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml, splitHtml, splitText, stripHtml } from "../../src/core/html.js";
import { createInvite } from "../../src/db/invite-repo.js";
import { clip, shorten } from "../../src/domain/text.js";
import { world, type World } from "../helpers/assistant.js";
import { telegramHtmlProblem } from "../helpers/telegram-rules.js";

fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20261123) });

/** The same words in the same order, whatever whitespace the cuts took. */
const words = (html: string) => stripHtml(html).replace(/\s+/g, "");

function expectValidParts(html: string, max: number): string[] {
  const parts = splitHtml(html, max);
  for (const part of parts) expect(telegramHtmlProblem(part, max), part.slice(0, 200)).toBeNull();
  for (const part of parts) expect(part.length).toBeLessThanOrEqual(max);
  expect(parts.map(words).join("")).toBe(words(html));
  return parts;
}

describe("splitting markup for Telegram", () => {
  it("leaves a message that fits alone", () => {
    expect(splitHtml("<b>a</b> &amp; b", 4096)).toEqual(["<b>a</b> &amp; b"]);
  });

  it("closes and reopens a tag cut across parts (a note longer than a message)", () => {
    const note = Array.from({ length: 900 }, (_, i) => `cơ quan ${i} &amp;`).join(" ");
    const parts = expectValidParts(`<b>Nhiệm vụ 1.1</b>\n<i>${note}</i>`, 4096);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[1]!.startsWith("<i>")).toBe(true);
  });

  it("never cuts inside an entity, a tag or an emoji, even with no space to cut at", () => {
    expectValidParts(`<i>${"&amp;".repeat(3000)}</i>`, 4096);
    expectValidParts(`<b>${"👩‍👩‍👧".repeat(1200)}</b>`, 4096);
    expectValidParts(`<b><i>${"x".repeat(9000)}</i></b>`, 4096);
    expectValidParts(`${"a<b>b</b>".repeat(2000)}`, 100);
  });

  it("keeps random markup valid at any limit", () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.constantFrom("\n", " ", "👩‍👩‍👧", "Đ", "x".repeat(50)),
    );
    const node: fc.Memo<string> = fc.memo((n) =>
      n <= 1
        ? text.map(escapeHtml)
        : fc.oneof(
            text.map(escapeHtml),
            fc
              .tuple(fc.constantFrom("b", "i", "code"), node(n - 1))
              .map(([t, inner]) =>
                t === "code" ? `<code>${stripHtml(inner).replace(/[<>&]/g, "")}</code>` : `<${t}>${inner}</${t}>`,
              ),
            fc.array(node(n - 1), { maxLength: 6 }).map((xs) => xs.join("")),
          ),
    );
    fc.assert(
      fc.property(node(4), fc.integer({ min: 40, max: 400 }), (html, max) => {
        if (!stripHtml(html).trim()) return;
        expectValidParts(html, max);
      }),
      { numRuns: 500 },
    );
  });
});

describe("splitting plain text for Zalo", () => {
  it("keeps every part within 2,000 characters and whole characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 6000 }), (s) => {
        const parts = splitText(s, 2000);
        for (const p of parts) {
          expect(p.length).toBeLessThanOrEqual(2000);
          expect(p.isWellFormed()).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("cutting text for labels and one-line displays", () => {
  it("cuts between graphemes, never inside a surrogate pair or an emoji sequence", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), fc.integer({ min: 1, max: 80 }), (s, n) => {
        expect(clip(s, n).isWellFormed()).toBe(true);
        expect(clip(s, n).length).toBeLessThanOrEqual(n);
        expect(shorten(s, n + 1).isWellFormed()).toBe(true);
        expect(shorten(s, n + 1).length).toBeLessThanOrEqual(n + 1);
      }),
    );
    expect(clip("ab😀", 3)).toBe("ab");
  });
});

describe("the real plans' task details", () => {
  let w: World;
  beforeAll(async () => {
    w = await world("2024-03-20T09:00");
    const invite = await createInvite(w.db.client, "hcm.snv", "reviewer", w.clock.now(), 14);
    await w.assistant.handle({
      channel: "telegram",
      externalId: "rv",
      chatId: "rv",
      buttons: true,
      text: `/start ${invite.code}`,
    });
  });
  afterAll(async () => w?.db.dispose());

  it("every task's detail splits into parts Telegram accepts, also at a tenth of the limit", async () => {
    const tasks = await w.db.client.task.findMany({ select: { id: true } });
    let longest = 0;
    for (const t of tasks) {
      const r = await w.assistant.handle({
        channel: "telegram",
        externalId: "rv",
        chatId: "rv",
        buttons: true,
        callback: `td:${t.id}`,
      });
      const html = r.messages[0]!.text;
      longest = Math.max(longest, html.length);
      expectValidParts(html, 4096);
      expectValidParts(html, 400);
    }
    expect(longest).toBeGreaterThan(400);
  });
});
