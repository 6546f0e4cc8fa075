// The layers' rules, checked on the source: domain ← core ← channels; db the only place Prisma is used.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(full);
    return e.name.endsWith(".ts") ? [full] : [];
  });
}

const files = sources().map((file) => ({ file: path.relative(SRC, file), text: readFileSync(file, "utf8") }));

/** The src/ folders a file imports from (relative imports only). */
function importedLayers(file: string, text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
    const target = path.relative(SRC, path.resolve(SRC, path.dirname(file), m[1]!));
    out.add(target.split(path.sep)[0]!.replace(/\.js$/, ""));
  }
  return [...out];
}

const layerOf = (file: string) => file.split(path.sep)[0]!;
const offenders = (from: string[], forbidden: string[]) =>
  files
    .filter((f) => from.includes(layerOf(f.file)))
    .flatMap((f) =>
      importedLayers(f.file, f.text)
        .filter((l) => forbidden.includes(l))
        .map((l) => `${f.file} → ${l}`),
    );

/** Imports from files of `from` into any layer not in `allowed`. */
const importsBeyond = (from: string[], allowed: string[]) =>
  files
    .filter((f) => from.includes(layerOf(f.file)))
    .flatMap((f) =>
      importedLayers(f.file, f.text)
        .filter((l) => !allowed.includes(l))
        .map((l) => `${f.file} → ${l}`),
    );

describe("architecture", () => {
  it("the domain depends only on itself and the agency directory's data", () => {
    const pure = ["domain", "directory"];
    expect(importsBeyond(pure, pure)).toEqual([]);
  });

  it("nothing below the channels imports them", () => {
    const below = ["domain", "core", "db", "importer", "storage", "directory", "http", "scheduler"];
    expect(offenders(below, ["channels"])).toEqual([]);
  });

  it("channels and the domain do not reach the database", () => {
    expect(offenders(["channels", "domain"], ["db"])).toEqual([]);
  });

  it("the database layer imports only the domain (and the directory's data), nothing above it", () => {
    expect(importsBeyond(["db"], ["db", "domain", "directory", "generated"])).toEqual([]);
  });

  it("the core and the scheduler take settings, not the environment's configuration", () => {
    expect(offenders(["core", "scheduler", "domain", "db", "channels"], ["config"])).toEqual([]);
  });

  it("Prisma is used only in src/db: no client, query or transaction outside the repositories", () => {
    const prismaUse = new RegExp(
      [
        String.raw`@prisma\/|generated\/prisma|\.prisma\b|\$(?:queryRaw|executeRaw|transaction)`,
        String.raw`\.(?:findMany|findUnique|findFirst|upsert|createMany|updateMany|deleteMany|aggregate|groupBy)\(`,
        String.raw`\.(?:create|update|delete|count)\(\{\s*(?:where|data|select)`,
      ].join("|"),
    );
    const using = files.filter((f) => layerOf(f.file) !== "db" && prismaUse.test(f.text)).map((f) => f.file);
    expect(using).toEqual([]);
  });
});
