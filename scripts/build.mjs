// `npm start` and `npm run cli` run the compiled build; this compiles only when a
// source (src/, the tsconfigs, the lock file) is newer than the last build, so a warm
// start does not pay the 15–20 s of tsc on a small machine. `--force` always compiles.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const STAMP = path.join(ROOT, "dist", ".built");

function newest(entry) {
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const name of readdirSync(entry)) latest = Math.max(latest, newest(path.join(entry, name)));
  return latest;
}

const inputs = ["src", "tsconfig.json", "tsconfig.build.json", "package-lock.json"].map((p) => path.join(ROOT, p));
const sources = Math.max(...inputs.filter((p) => existsSync(p)).map(newest));
const force = process.argv.includes("--force");
if (!force && existsSync(STAMP) && statSync(STAMP).mtimeMs >= sources) process.exit(0);
const tsc = spawnSync(
  process.execPath,
  [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
  {
    cwd: ROOT,
    stdio: "inherit",
  },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
writeFileSync(STAMP, new Date().toISOString());
