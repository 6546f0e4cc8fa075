import { endOfMonth, endOfQuarter, endOfYear, type IsoDate } from "../calendar.js";
import { cleanCell, foldSameLength } from "../text.js";
import type { Deadline, MilestoneStep, Period } from "./types.js";
import { rx } from "../rx.js";

// Every pattern runs on folded text (lowercase, no diacritics), so
// "Hằng quý", "hàng quý" and "hang quy" are one case. "l" stands for "i" in
// quarter numerals because OCR confuses them ("Quy l/2024").
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const NUMERAL = "(?:iv|i{1,3}|[1-4])";
const YEAR_TAIL = String.raw`(?:\s*(?:\/|nam|-)\s*(\d{4}))?`;
const PREFIX = String.raw`(?:hoan thanh\s+)?(?:trong\s+)?`;
const QUARTER_RE = new RegExp(
  String.raw`\b${PREFIX}quy\s+(${NUMERAL}(?:\s*(?:,|va|-|den)\s*(?:quy\s+)?${NUMERAL})*)\b${YEAR_TAIL}`,
  "g",
);
const MONTH_RE = new RegExp(String.raw`\b${PREFIX}thang\s+(\d{1,2})\b(?!\s*ky)${YEAR_TAIL}`, "g");
const YEAR_RE = /\b(?:hoan thanh\s+)?(?:trong\s+)?nam\s+(\d{4})\b/g;

const RECURRENCE: [Period, RegExp][] = [
  ["twice-monthly", /\bmoi thang\s+0?2\s+(?:ky|lan)\b/],
  ["bimonthly", /\b0?2\s+thang\s+0?1\s+(?:ky|lan)\b/],
  ["monthly", /\b(?:hang|moi) thang\b(?!\s+0?2\s+(?:ky|lan))|\bdinh ky thang\b/],
  ["quarterly", /\b(?:hang|moi) quy\b|\bdinh ky(?: hang)? quy\b|\btung quy\b/],
  ["half-yearly", /(?<!thang\s)\b0?6\s+thang\b|\bsau thang\b|\bnua nam\b/],
  ["yearly", /\b(?:hang|moi) nam\b|\bcac nam tiep theo\b|\bdinh ky(?: hang)? nam\b/],
];
const OPEN_ENDED = /\bcac nam tiep theo\b|\bnhung nam tiep theo\b/;
const EVENT = rx()`
    \bkhi (?:co )?(?:phat sinh|van ban|yeu cau|chi dao)|\bkhi co\b|\bsau khi\b|\btheo (?:ke hoach|quyet dinh
    |huong dan|yeu cau|chi dao|lich|thoi gian quy dinh|quy dinh|thong bao|van ban)\b|\bdot xuat\b|\bkhi duoc\b`;
const CONTINUOUS = /\bthuong xuyen\b|\blien tuc\b/;

interface Found {
  start: number;
  end: number;
  due: (defaultYear: number) => IsoDate;
  year: number | null;
}

function numeralList(text: string): number[] {
  return (text.replace(/l/g, "i").match(/iv|i{1,3}|[1-4]/g) ?? []).map((n) => ROMAN[n]!).filter(Boolean);
}

/** Date-like expressions in a folded segment, left to right, without overlaps. */
function findDates(folded: string): Found[] {
  const found: Found[] = [];
  const text = folded.replace(/\bquy\s+l\b/g, "quy i");
  for (const m of text.matchAll(QUARTER_RE)) {
    const quarters = numeralList(m[1]!);
    const q = Math.max(...quarters);
    const year = m[2] ? Number(m[2]) : null;
    found.push({ start: m.index!, end: m.index! + m[0].length, year, due: (y) => endOfQuarter(year ?? y, q) });
  }
  for (const m of text.matchAll(MONTH_RE)) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) continue;
    const year = m[2] ? Number(m[2]) : null;
    found.push({ start: m.index!, end: m.index! + m[0].length, year, due: (y) => endOfMonth(year ?? y, month) });
  }
  for (const m of text.matchAll(YEAR_RE)) {
    const year = Number(m[1]);
    found.push({ start: m.index!, end: m.index! + m[0].length, year, due: () => endOfYear(year) });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of found) {
    const last = kept.at(-1);
    if (last && f.start < last.end) continue; // "quý I năm 2024" already covers "năm 2024"
    kept.push(f);
  }
  return kept;
}

function yearsIn(folded: string): number[] {
  return [...folded.matchAll(/\b(20\d{2})\b/g)].map((m) => Number(m[1]));
}

function tidyNote(text: string): string {
  return text.replace(/^[\s:;,.\-–]+|[\s:;,.\-–]+$/g, "").trim();
}

/** Splits a cell into steps: bullets, sentences and semicolons separate them. */
function segments(text: string): { text: string; folded: string }[] {
  return text
    .split(/(?:^|\s)[-–•]\s+|\.\s+|;\s+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => ({ text: s, folded: foldSameLength(s) }));
}

function stepsOf(text: string, defaultYear: number): MilestoneStep[] {
  const steps: MilestoneStep[] = [];
  for (const seg of segments(text)) {
    const dates = findDates(seg.folded);
    if (dates.length === 0) {
      if (CONTINUOUS.test(seg.folded)) steps.push({ due: null, note: tidyNote(seg.text) });
      continue;
    }
    if (CONTINUOUS.test(seg.folded)) {
      // "Kiểm tra thường xuyên trong năm 2024": ongoing through that period.
      steps.push({ due: null, note: tidyNote(seg.text) });
      continue;
    }
    dates.forEach((d, i) => {
      const after = tidyNote(seg.text.slice(d.end, dates[i + 1]?.start ?? seg.text.length));
      const before = i === 0 ? tidyNote(seg.text.slice(0, d.start)) : "";
      steps.push({ due: d.due(defaultYear), note: after || before });
    });
  }
  return steps;
}

export interface ParseOptions {
  /** The plan's year, for phrases that name no year ("Hàng quý", "Quý I"). */
  year: number;
}

/** Understands a Vietnamese deadline cell. Never guesses: unknown wording is `unknown`. */
export function parseDeadline(raw: string, { year }: ParseOptions): Deadline {
  const label = cleanCell(raw);
  if (!label) return { kind: "unspecified", label };
  // Parenthesised remarks ("(Căn cứ tình hình thực tế)") do not change the date.
  const text = label
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const folded = foldSameLength(text);
  const years = yearsIn(folded);
  const baseYear = years[0] ?? year;

  const periods = RECURRENCE.filter(([, re]) => re.test(folded)).map(([p]) => p);
  if (periods.length > 0) {
    // "Hàng quý và năm 2024": the quarters and the year's own report.
    if (!periods.includes("yearly") && /\bva nam\s+\d{4}\b/.test(folded)) periods.push("yearly");
    return {
      kind: "recurring",
      periods,
      fromYear: baseYear,
      untilYear: OPEN_ENDED.test(folded) ? null : Math.max(baseYear, ...years),
      onEvent: EVENT.test(folded),
      label,
    };
  }

  const steps = stepsOf(text, baseYear);
  const dated = steps.filter((s) => s.due !== null);
  if (steps.length >= 2 && dated.length >= 1) return { kind: "milestones", steps, label };
  if (dated.length === 1 && steps.length === 1) {
    const step = dated[0]!;
    return step.note
      ? { kind: "date", due: step.due!, note: step.note, label }
      : { kind: "date", due: step.due!, label };
  }
  if (CONTINUOUS.test(folded)) return { kind: "continuous", label };
  if (EVENT.test(folded)) return { kind: "event", label };
  return { kind: "unknown", label };
}
