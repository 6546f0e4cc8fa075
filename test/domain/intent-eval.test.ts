import { describe, expect, it } from "vitest";
import { evaluateCorpus, formatReport, HOLDOUT, loadCorpus, TARGETS } from "../helpers/intent-eval.js";

describe("understanding, measured on the labelled corpus (npm run eval)", () => {
  const title = `is ≥ ${TARGETS.overall * 100} % right overall, ${TARGETS.negatives * 100} % harmless on negatives`;
  it(title, () => {
    const r = evaluateCorpus();
    expect(r.cases).toBeGreaterThanOrEqual(500);
    expect(r.negatives).toBeGreaterThanOrEqual(60);
    expect(r.overall, formatReport(r)).toBeGreaterThanOrEqual(TARGETS.overall);
    expect(r.negativePrecision, formatReport(r)).toBeGreaterThanOrEqual(TARGETS.negatives);
  });

  it("reports the held-out set (not held to a target: it must never be tuned to)", () => {
    const h = evaluateCorpus(loadCorpus(HOLDOUT));
    expect(h.cases).toBeGreaterThan(40);
    console.log(
      `held-out: ${(100 * h.overall).toFixed(1)} % overall, ` +
        `${(100 * h.negativePrecision).toFixed(1)} % harmless negatives`,
    );
  });
});
