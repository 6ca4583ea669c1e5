import path from "node:path";
import { defineConfig } from "vitest/config";

// `npm run mutate`, src/server/domain: the integration tests that call domain functions on a real
// PostgreSQL (the slow query-count, property, notification and export tests left out).
const root = path.resolve(import.meta.dirname, "../..");
export default defineConfig({
  root,
  resolve: {
    alias: { "@": path.join(root, "src"), "server-only": path.join(root, "tests/support/server-only-stub.ts") },
  },
  test: {
    include: [
      "tests/integration/{workflow,agreement-rules,readiness,owner-side-domain,propose-and-edit,kpis,account-administration,last-admin,reorder-initiative,triage,authorization-matrix,sign-in}.test.ts",
    ],
    environment: "node",
    globalSetup: ["tests/support/integration-global-setup.ts"],
    setupFiles: ["tests/support/integration-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
