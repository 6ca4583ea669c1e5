import path from "node:path";
import { defineConfig } from "vitest/config";

// `npm run mutate`, src/lib: the unit tests (pure code, milliseconds each).
const root = path.resolve(import.meta.dirname, "../..");
export default defineConfig({
  root,
  resolve: {
    alias: { "@": path.join(root, "src"), "server-only": path.join(root, "tests/support/server-only-stub.ts") },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // Not about src/lib, and slow: ESLint over fixtures, a nested Vitest run.
    exclude: ["tests/unit/layers.test.ts", "tests/unit/vitest-exit-code.test.ts"],
    environment: "node",
  },
});
