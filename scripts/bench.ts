// npm run bench [-- <figure...>] — prints one JSON line per figure.
// Figures measured in one run, side by side, so ratios are meaningful on a noisy machine.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { importPlanFiles } from "../src/core/plans.js";
import { openDatabase } from "../src/db/client.js";
import { syncDirectory } from "../src/db/directory-repo.js";
import { systemClock } from "../src/domain/clock.js";
import { readPlanFile } from "../src/importer/read.js";

const PLANS = path.resolve(import.meta.dirname, "../../shared/plans");
const files = ["hcm-2024-qd6004-ke-hoach-cchc.txt", "sadec-2024-ke-hoach-cchc.txt"].map((f) => path.join(PLANS, f));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function importFigure(): Promise<void> {
  for (const file of files) {
    // Parse only (warm), then parse + store into a fresh SQLite database.
    const parse: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await readPlanFile(file);
      parse.push(performance.now() - t0);
    }
    const dir = mkdtempSync(path.join(tmpdir(), "cchc-bench-"));
    const db = await openDatabase(`file:${path.join(dir, "bench.db")}`);
    await syncDirectory(db.prisma);
    const t0 = performance.now();
    const [r] = await importPlanFiles(db.prisma, [file], systemClock);
    const full = performance.now() - t0;
    await db.close();
    rmSync(dir, { recursive: true, force: true });
    parse.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        bench: "import",
        db: "sqlite",
        plan: path.basename(file),
        tasks: r?.ok ? r.report.tasks : null,
        parseMsP50: +percentile(parse, 50).toFixed(2),
        firstImportMs: +full.toFixed(1),
      }),
    );
  }
}

const figures: Record<string, () => Promise<void>> = { import: importFigure };
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("--"));
for (const name of wanted.length ? wanted : Object.keys(figures)) {
  const run = figures[name];
  if (!run) {
    console.error(`unknown figure "${name}"; known: ${Object.keys(figures).join(", ")}`);
    process.exit(2);
  }
  await run();
}
