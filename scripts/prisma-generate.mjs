// Generates the Prisma client after `npm install` / `npm ci`.
// The Prisma CLI insists on finding a native schema engine, which cannot be
// downloaded on our machines; generation does not use it, so any existing file
// will do. Migrations run through the WebAssembly engine (src/db/migrate.ts).
//
// One model, two clients: Prisma's schema has one provider per file, so the
// PostgreSQL client is generated from the same schema with the provider line
// swapped (into src/generated/prisma-pg). src/db/client.ts picks by URL.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const root = path.resolve(import.meta.dirname, "..");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};

const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const pgDir = path.join(root, "src/generated/.schema-pg");
mkdirSync(pgDir, { recursive: true });
writeFileSync(
  path.join(pgDir, "schema.prisma"),
  schema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output       = "../src/generated/prisma"', 'output       = "../prisma-pg"'),
);

for (const file of [path.join(root, "prisma/schema.prisma"), path.join(pgDir, "schema.prisma")]) {
  const result = spawnSync(process.execPath, [cli, "generate"], {
    stdio: "inherit",
    cwd: root,
    env: { ...env, PRISMA_SCHEMA_PATH: file },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
