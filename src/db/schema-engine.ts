import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

// The schema engine ships as WebAssembly (@prisma/schema-engine-wasm) because the
// native engine cannot be downloaded on our machines. Its package entry imports
// the .wasm as an ES module, which Node 20 only allows behind a flag, so we
// instantiate the module ourselves against its JS glue.
type Bg = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type WasmExports = Record<string, unknown>;
// Node has WebAssembly; our lib settings (no DOM) do not declare it.
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: WasmExports } }> };
};
let loaded: Promise<Bg> | undefined;

async function loadBindings(): Promise<Bg> {
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Bg & {
    __wbg_set_wasm(exports: WasmExports): void;
  };
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await wasm.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

export type SchemaEngine = Awaited<ReturnType<Bg["SchemaEngine"]["new"]>>;

type Disposable = { dispose(): Promise<void> };

/**
 * Runs `use` with a schema engine over the adapter, then closes every
 * connection the engine opened (freeing the engine does not, and an open
 * SQLite connection would keep its lock).
 */
export async function withSchemaEngine<T>(
  schemaPath: string,
  schemaText: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  use: (engine: SchemaEngine) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  loaded ??= loadBindings();
  const bg = await loaded;
  const opened: Disposable[] = [];
  const tracked = new Proxy(adapterFactory, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if ((prop === "connect" || prop === "connectToShadowDb") && typeof value === "function") {
        return async (...args: unknown[]) => {
          const conn = (await (value as (...a: unknown[]) => Promise<Disposable>).apply(target, args)) as Disposable;
          opened.push(conn);
          return conn;
        };
      }
      return value;
    },
  });
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    (msg: string) => log(msg),
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await use(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((c) => c.dispose().catch(() => undefined)));
  }
}
