import { readFileSync } from "node:fs";
import path from "node:path";
import { detectIntent } from "../../src/domain/intent.js";
import { fold } from "../../src/domain/text.js";

export const CORPUS = path.resolve(import.meta.dirname, "../fixtures/intent-corpus.tsv");
/** Written after the parser and never used to change it: its score is reported, not held to a target. */
export const HOLDOUT = path.resolve(import.meta.dirname, "../fixtures/intent-holdout.tsv");
export const TARGETS = { overall: 0.95, negatives: 0.98 };

/** Intents a negative (small talk, thanks, nonsense) may get: nothing that acts on tasks or settings. */
const HARMLESS = new Set(["fallback", "greeting", "thanks"]);

export interface Case {
  line: number;
  intent: string;
  expect: Record<string, string>;
  text: string;
}

export interface Miss extends Case {
  got: string;
  gotParams: Record<string, string>;
}

export interface EvalResult {
  cases: number;
  correct: number;
  overall: number;
  negatives: number;
  negativePrecision: number;
  perIntent: Record<string, { cases: number; correct: number }>;
  misses: Miss[];
}

export function loadCorpus(file = CORPUS): Case[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() && !line.startsWith("#"))
    .map(({ line, i }) => {
      const [intent, params, ...rest] = line.split("\t");
      const expect =
        params && params !== "-"
          ? Object.fromEntries(params.split(";").map((kv) => kv.split("=") as [string, string]))
          : {};
      return { line: i + 1, intent: intent!, expect, text: rest.join("\t") };
    });
}

/** Parameters as the corpus writes them: code=1.14, quarter=2, window=month+1, until=15/3, query=... */
export function describeParams(p: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === undefined || v === null) continue;
    if (k === "window" || k === "until") out[k] = describeWindow(v as Record<string, unknown>);
    else out[k] = String(v);
  }
  return out;
}

function describeWindow(w: Record<string, unknown>): string {
  switch (w.kind) {
    case "week":
    case "month":
      return `${w.kind}+${w.offset}`;
    case "months":
      return `months${w.n}`;
    case "weekday":
      return `weekday${w.day}`;
    case "date":
    case "until":
      return `${w.kind === "until" ? "until-" : ""}${w.day}/${w.month}${w.year ? `/${w.year}` : ""}`;
    default:
      return String(w.kind);
  }
}

function agrees(key: string, expected: string, got: string | undefined): boolean {
  if (got === undefined) return false;
  if (key === "query") return fold(expected) === fold(got);
  if (key === "until") return got === expected || got === `until-${expected}`;
  return got === expected;
}

export function evaluateCorpus(cases = loadCorpus()): EvalResult {
  const perIntent: EvalResult["perIntent"] = {};
  const misses: Miss[] = [];
  let correct = 0;
  let negatives = 0;
  let harmless = 0;
  for (const c of cases) {
    const r = detectIntent(c.text);
    const gotParams = describeParams(r.params as Record<string, unknown>);
    const negative = c.intent === "none";
    const intentOk = negative ? HARMLESS.has(r.intent) : r.intent === c.intent;
    const ok = intentOk && Object.entries(c.expect).every(([k, v]) => agrees(k, v, gotParams[k]));
    perIntent[c.intent] ??= { cases: 0, correct: 0 };
    const slot = perIntent[c.intent]!;
    slot.cases++;
    if (ok) {
      slot.correct++;
      correct++;
    } else misses.push({ ...c, got: r.intent, gotParams });
    if (negative) {
      negatives++;
      if (HARMLESS.has(r.intent)) harmless++;
    }
  }
  return {
    cases: cases.length,
    correct,
    overall: correct / cases.length,
    negatives,
    negativePrecision: negatives ? harmless / negatives : 1,
    perIntent,
    misses,
  };
}

export function formatReport(r: EvalResult): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const lines = [
    `Intent corpus: ${r.cases} messages, ${r.negatives} of them negatives`,
    `Overall: ${r.correct}/${r.cases} = ${pct(r.overall)} (target ${pct(TARGETS.overall)})`,
    `Negatives that triggered nothing: ${pct(r.negativePrecision)} (target ${pct(TARGETS.negatives)})`,
    "",
    "Per intent:",
    ...Object.entries(r.perIntent)
      .sort((a, b) => a[1].correct / a[1].cases - b[1].correct / b[1].cases)
      .map(
        ([name, s]) =>
          `  ${name.padEnd(20)} ${String(s.correct).padStart(3)}/${String(s.cases).padEnd(3)} ` +
          pct(s.correct / s.cases),
      ),
    "",
    `Confusions (${r.misses.length}):`,
    ...r.misses.map(
      (m) =>
        `  line ${m.line}: "${m.text}" expected ${m.intent}` +
        `${Object.keys(m.expect).length ? ` ${JSON.stringify(m.expect)}` : ""}, ` +
        `got ${m.got} ${JSON.stringify(m.gotParams)}`,
    ),
  ];
  return lines.join("\n");
}
