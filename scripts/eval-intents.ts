// Measures intent detection on the labelled corpus (test/fixtures/intent-corpus.tsv),
// and reports the held-out set beside it (test/fixtures/intent-holdout.tsv).
// Usage: npm run eval [-- --json]   (exit 1 below the targets: 95 % overall, 98 % on the negatives)
import { evaluateCorpus, formatReport, HOLDOUT, loadCorpus, TARGETS } from "../test/helpers/intent-eval.js";

const result = evaluateCorpus();
const holdout = evaluateCorpus(loadCorpus(HOLDOUT));
if (process.argv.includes("--json")) console.log(JSON.stringify({ corpus: result, holdout }, null, 2));
else console.log(`${formatReport(result)}\n\n== Held-out set (never tuned to) ==\n${formatReport(holdout)}`);
process.exitCode = result.overall >= TARGETS.overall && result.negativePrecision >= TARGETS.negatives ? 0 : 1;
