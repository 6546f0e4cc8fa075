import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidIsoDate } from "../../src/domain/calendar.js";
import { nextDue } from "../../src/domain/deadline/next.js";
import { parseDeadline } from "../../src/domain/deadline/parse.js";
import { detectIntent, INTENTS } from "../../src/domain/intent.js";
import { decodePlan, parsePlanText } from "../../src/importer/read.js";
import { PlanFormatError } from "../../src/importer/types.js";
import { HCM_PLAN, SADEC_PLAN } from "../helpers/paths.js";

// A fixed seed keeps CI reproducible; FUZZ_SEED=<n> explores other inputs.
fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20261123) });

const KINDS = ["date", "recurring", "milestones", "event", "continuous", "unspecified", "unknown"];
// Words the deadline cells are made of, to build plausible (and implausible) phrases.
const FRAGMENTS = [
  "Quý",
  "quý",
  "I",
  "II",
  "III",
  "IV",
  "V",
  "1",
  "4",
  "5",
  "/",
  "năm",
  "2024",
  "2025",
  "0",
  "99999",
  "tháng",
  "13",
  "10",
  "Hoàn thành",
  "trong",
  "Hàng quý",
  "hằng năm",
  "6 tháng",
  "02 kỳ",
  "Mỗi",
  "Khi có phát sinh",
  "Thường xuyên",
  "-",
  ":",
  ";",
  ".",
  "(",
  ")",
  "và",
  "các năm tiếp theo",
  "<ul>",
  "đến",
  "Định kỳ",
];
const phrase = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((w) => w.join(" "));

describe("deadline parser under fuzzing", () => {
  it("classifies any text without throwing, and its dates are real dates", () => {
    fc.assert(
      fc.property(
        fc.oneof(phrase, fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 })),
        fc.integer({ min: 2000, max: 2100 }),
        (text, year) => {
          const d = parseDeadline(text, { year });
          expect(KINDS).toContain(d.kind);
          if (d.kind === "date") expect(isValidIsoDate(d.due)).toBe(true);
          if (d.kind === "milestones") for (const s of d.steps) if (s.due) expect(isValidIsoDate(s.due)).toBe(true);
          const next = nextDue(d, "2024-06-15");
          if (next.due) expect(isValidIsoDate(next.due)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("intent detection under fuzzing", () => {
  it("always answers with a known intent, the same each time", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.string({ unit: "grapheme", maxLength: 500 }),
          phrase,
          fc.constantFrom("/", "/start", "/nop@bot x", "1.14.", "nv", "tìm"),
        ),
        (text) => {
          const a = detectIntent(text);
          expect(INTENTS).toContain(a.intent);
          expect(detectIntent(text)).toEqual(a);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("plan importers under fuzzing", () => {
  const sources = [readFileSync(HCM_PLAN, "utf8"), readFileSync(SADEC_PLAN, "utf8")];
  const tableOf = (src: string) => src.split("\n").filter((l) => l.includes("\t") || l.startsWith("|"));
  const heads = sources.map((s) => s.split("\n").slice(0, 12));
  const tables = sources.map(tableOf);

  const mangled = fc.record({
    which: fc.integer({ min: 0, max: 1 }),
    start: fc.nat(),
    length: fc.integer({ min: 1, max: 60 }),
    shuffle: fc.boolean(),
    merge: fc.boolean(),
    noise: fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }),
  });

  it("imports or refuses clearly: random cuts, shuffled and merged rows, noise", () => {
    fc.assert(
      fc.property(mangled, (m) => {
        const table = tables[m.which]!;
        let rows = table.slice(m.start % table.length, (m.start % table.length) + m.length);
        if (m.shuffle) rows = [...rows].sort(() => 0.5 - ((m.start * 7919) % 100) / 100);
        if (m.merge && rows.length > 1) rows = [rows[0]! + rows[1]!, ...rows.slice(2)];
        const text = [
          ...heads[m.which]!,
          rows[0]?.startsWith("|")
            ? "| STT | 1- Mục tiêu | 2- Nhiệm vụ | 3- Hoạt động | 4- Kết quả | 5-Chủ trì | 6- Phối hợp | " +
              "7- Thời gian | 8- Kinh phí |"
            : "STT\tNhiệm vụ cụ thể\tSản phẩm\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
          ...rows,
          ...m.noise,
        ].join("\n");
        try {
          const plan = parsePlanText(text, "fuzz.txt");
          expect(plan.report.tasks + plan.report.headings).toBe(plan.tasks.length);
        } catch (e) {
          expect(e).toBeInstanceOf(PlanFormatError);
          expect((e as Error).message.length).toBeGreaterThan(3);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("refuses random bytes with a clear reason", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        try {
          parsePlanText(decodePlan(bytes, "random.bin"), "random.bin");
        } catch (e) {
          expect(e).toBeInstanceOf(PlanFormatError);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
