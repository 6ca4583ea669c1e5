// Prisma's own schema engine, as its official WebAssembly build (@prisma/schema-engine-wasm),
// driven through @prisma/adapter-pg. The CLI's native engine cannot be downloaded on our
// machines; this is the same engine build as prisma 7.10.0 (pinned exactly in package.json).
// Used only by developer tooling and tests: writing migration SQL from schema.prisma.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

type DiffTarget = { tag: "empty" } | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };

interface SchemaEngine {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout?: string | null }>;
  free(): void;
}

let loaded: Promise<{ SchemaEngine: { new: (...args: unknown[]) => Promise<SchemaEngine> } }> | undefined;

async function loadWasm() {
  loaded ??= (async () => {
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = (await import(bgPath)) as Record<string, unknown> & {
      __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
      SchemaEngine: { new: (...args: unknown[]) => Promise<SchemaEngine> };
    };
    const wasmPath = path.join(path.dirname(bgPath), "schema_engine_bg.wasm");
    const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
    const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": bg as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg;
  })();
  return loaded;
}

/** SQL that takes a database from the `from` schema to the `to` schema (null means empty). */
export async function diffSchemas(from: string | null, to: string | null, connectionString: string): Promise<string> {
  const { SchemaEngine } = await loadWasm();
  // The engine connects to a database even for a schema-to-schema diff (it writes nothing there).
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  const target = (content: string | null): DiffTarget =>
    content === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] };
  const engine = await SchemaEngine.new({ datamodels: to ? [["schema.prisma", to]] : undefined }, () => {}, adapter);
  try {
    const result = await engine.diff({
      from: target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}
