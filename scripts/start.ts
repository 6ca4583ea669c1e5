// `npm start` (production build + next start) and `npm run dev` (next dev).
// Without DATABASE_URL: embedded Postgres in .data/postgres, demo data on first run.
// With DATABASE_URL: that database; migrations applied unless LEVERS_MIGRATE_ON_START=false.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo-accounts.ts";
import { ensureBuilt } from "./lib/build.ts";
import { PROJECT_ROOT, resolveDatabase } from "./lib/database.ts";
import { grantAppPrivileges, provisionRoles } from "./lib/database-roles.ts";
import { assertPortFree, StartupError } from "./lib/embedded-postgres.ts";
import { migrate } from "./lib/migrator.ts";
import { seedIfEmpty } from "./lib/seed-if-empty.ts";
import { readStartConfig } from "./lib/start-config.ts";

const log = (line: string) => console.log(`[levers] ${line}`);
let embeddedServer: { stop(): Promise<void> } | null = null;
let shuttingDown = false;

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const config = readStartConfig();
  await assertPortFree(config.port, "the web app", "PORT");

  const database = await resolveDatabase({
    database: "levers",
    dataDir: path.join(config.dataDir, "postgres"),
    port: config.pgPort,
    log,
  });
  embeddedServer = database.embedded;
  const demoMode = config.demoData ?? database.embedded !== null;

  // Least privilege on the embedded database: migrations run as the owner role, the app as a role
  // that can only read and write rows. With DATABASE_URL, the URL's user does both.
  const roles = database.embedded ? await provisionRoles(database.url) : { ownerUrl: database.url, appUrl: database.url };
  if (config.migrateOnStart) {
    const result = await migrate(roles.ownerUrl, { log });
    log(`migrations: ${result.applied.length} applied, ${result.alreadyApplied} already in place`);
  }
  if (database.embedded) await grantAppPrivileges(roles.ownerUrl);
  if (demoMode && (await seedIfEmpty(roles.ownerUrl))) log("demo data loaded (first run)");

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: roles.appUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentSecret(config.dataDir),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${config.port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev) await ensureBuilt(env, log);

  const next = spawn(
    path.join(PROJECT_ROOT, "node_modules", ".bin", "next"),
    [dev ? "dev" : "start", "--port", String(config.port), "--hostname", config.host],
    { cwd: PROJECT_ROOT, env: { ...env, NODE_ENV: dev ? "development" : "production" }, stdio: "inherit" },
  );
  stopTogether(next);

  if (demoMode) printDemoAccounts(config.port);
  log(`Levers is starting on http://localhost:${config.port} (Ctrl-C stops the app${database.embedded ? " and its database" : ""})`);
}

/** Ctrl-C or SIGTERM ends Next; embedded-postgres' own exit hook then stops the database. */
function stopTogether(next: ChildProcess): void {
  const forward = (signal: NodeJS.Signals) => {
    shuttingDown = true;
    if (next.exitCode === null && next.signalCode === null) next.kill(signal);
  };
  process.on("SIGINT", () => forward("SIGINT"));
  process.on("SIGTERM", () => forward("SIGTERM"));
  next.on("exit", (code) => {
    if (shuttingDown) return;
    console.error(`[levers] Next.js stopped (exit code ${code}); stopping.`);
    void shutDown(code ?? 1);
  });
}

async function shutDown(code: number): Promise<never> {
  shuttingDown = true;
  await embeddedServer?.stop().catch(() => undefined);
  process.exit(code);
}

/** A NEXTAUTH_SECRET kept in the data folder, so sessions survive a restart. */
function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function printDemoAccounts(port: number): void {
  const width = Math.max(...DEMO_ACCOUNTS.map((account) => account.email.length));
  console.log(`\n  Demo accounts (password for all: ${DEMO_PASSWORD})`);
  for (const account of DEMO_ACCOUNTS) {
    console.log(`    ${account.email.padEnd(width)}  ${account.role.padEnd(9)}  ${account.name}`);
  }
  console.log(`  Open http://localhost:${port}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(`[levers] ${error.message}`);
  } else {
    console.error("[levers] Start-up failed:", error);
  }
  void shutDown(1);
});
