// `npm test`: typecheck, lint, Vitest (unit + integration on a real Postgres), then Playwright
// e2e in Chromium against `next build` + `next start` on a database of its own.
// Without TEST_DATABASE_URL an embedded Postgres is started for the run (.data/test-postgres).
// `npm test -- --only=unit,integration` (or static, e2e) runs a part.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { seedDemoData } from "../prisma/seed.ts";
import { PrismaClient } from "../src/generated/prisma/client.ts";
import { ensureBuilt } from "./lib/build.ts";
import { PROJECT_ROOT } from "./lib/database.ts";
import { grantAppPrivileges, provisionRoles } from "./lib/database-roles.ts";
import type { EmbeddedServer } from "./lib/embedded-postgres.ts";
import { assertLocalDatabase, createMigratedDatabase, dropDatabase, startTestServer } from "./lib/test-database.ts";

const RESULTS = path.join(process.env.LEVERS_DATA_DIR ?? path.join(PROJECT_ROOT, ".data"), "test-results");
const STEPS = ["static", "unit", "integration", "e2e"] as const;
type Step = (typeof STEPS)[number];

const onlyArg = process.argv.find((arg) => arg.startsWith("--only="));
const selected = new Set<Step>(onlyArg ? (onlyArg.slice(7).split(",") as Step[]) : STEPS);
const totals = { passed: 0, failed: 0, skipped: 0 };
const log = (line: string) => console.log(`\n[test] ${line}`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(path.join(PROJECT_ROOT, "node_modules", ".bin", command), args, {
      cwd: PROJECT_ROOT,
      env,
      stdio: "inherit",
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

async function staticChecks(): Promise<boolean> {
  log("typecheck (tsc --noEmit)");
  if ((await run("tsc", ["--noEmit"])) !== 0) return false;
  log("lint (eslint)");
  if ((await run("eslint", ["--max-warnings=0", "."])) !== 0) return false;
  log("format (prettier --check, print width 120)");
  return (await run("prettier", ["--check", "--log-level=warn", "."])) === 0;
}

async function vitest(adminUrl: string): Promise<void> {
  const projects = (["unit", "integration"] as const).filter((step) => selected.has(step));
  if (projects.length === 0) return;
  log(`vitest: ${projects.join(" + ")}`);
  const output = path.join(RESULTS, "vitest.json");
  rmSync(output, { force: true });
  const code = await run(
    "vitest",
    [
      "run",
      ...projects.map((name) => `--project=${name}`),
      // `npm test -- --only=integration tests/integration/some.test.ts` runs only the files named.
      ...process.argv.slice(2).filter((arg) => !arg.startsWith("--") && /^tests\/(unit|integration)\//.test(arg)),
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${output}`,
    ],
    { ...process.env, TEST_DATABASE_URL: adminUrl },
  );
  const report = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  }>(output);
  if (!report) {
    totals.failed += 1; // vitest died before it could report
    return;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

async function e2e(adminUrl: string): Promise<void> {
  log("e2e: database, production build, Playwright in Chromium");
  const database = "levers_e2e";
  const migratedUrl = await createMigratedDatabase(adminUrl, database);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: migratedUrl }) });
  try {
    await seedDemoData(prisma);
  } finally {
    await prisma.$disconnect();
  }
  // The app under test connects as `npm start`'s embedded database does: a non-superuser role that
  // can only read and write rows (scripts/lib/database-roles.ts).
  // (A TEST_DATABASE_URL user that may not create roles keeps its own.)
  let url = migratedUrl;
  try {
    const roles = await provisionRoles(migratedUrl);
    await grantAppPrivileges(roles.ownerUrl);
    url = roles.appUrl;
  } catch (error) {
    if ((error as { code?: string }).code !== "42501") throw error;
    log("the test database user may not create roles: the app runs as that user");
  }
  await ensureBuilt({ ...process.env }, (line) => console.log(`[test] ${line}`));
  const output = path.join(RESULTS, "playwright.json");
  rmSync(output, { force: true });
  // `npm test -- --only=e2e tests/e2e/some.spec.ts` runs only the files named.
  const files = process.argv.slice(2).filter((arg) => !arg.startsWith("--") && arg.startsWith("tests/e2e/"));
  // E2E_ADMIN_DATABASE_URL lets a test make a database of its own (e.g. the board at 1,000 initiatives).
  const code = await run("playwright", ["test", ...files], {
    ...process.env,
    E2E_DATABASE_URL: url,
    E2E_ADMIN_DATABASE_URL: adminUrl,
  });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(output);
  if (!report) {
    totals.failed += 1;
  } else {
    totals.passed += report.stats.expected + report.stats.flaky;
    totals.failed += report.stats.unexpected + (code !== 0 && report.stats.unexpected === 0 ? 1 : 0);
    totals.skipped += report.stats.skipped;
  }
  await dropDatabase(adminUrl, database);
}

async function main(): Promise<number> {
  mkdirSync(RESULTS, { recursive: true });
  const started = Date.now();
  if (selected.has("static") && !(await staticChecks())) {
    console.log("\n[test] static checks failed; tests not run");
    console.log(`Total: ${totals.passed} passed, 1 failed`);
    return 1;
  }

  let server: EmbeddedServer | null = null;
  const stop = async () => {
    await server?.stop();
    server = null;
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));
  try {
    let adminUrl = process.env.TEST_DATABASE_URL;
    if (adminUrl) {
      assertLocalDatabase(adminUrl);
    } else if (selected.has("integration") || selected.has("e2e")) {
      server = await startTestServer();
      adminUrl = server.url("postgres");
      log(`embedded test PostgreSQL on 127.0.0.1:${server.port}`);
    }
    await vitest(adminUrl ?? "");
    if (selected.has("e2e")) await e2e(adminUrl!);
  } finally {
    await stop();
  }
  console.log(`\n[test] finished in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`Total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  return totals.failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("[test] could not run the tests:", error instanceof Error ? error.message : error);
    console.log(`Total: ${totals.passed} passed, ${totals.failed + 1} failed`);
    process.exit(1);
  },
);
