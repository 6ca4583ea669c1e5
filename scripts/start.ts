// `npm start` (production build + next start) and `npm run dev` (next dev).
// Without DATABASE_URL: embedded Postgres in .data/postgres, demo data on first run.
// With DATABASE_URL: that database; migrations applied unless LEVERS_MIGRATE_ON_START=false.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo-accounts.ts";
import { ensureBuilt } from "./lib/build.ts";
import { assertReachable, describeUrl, PROJECT_ROOT } from "./lib/database.ts";
import { grantAppPrivileges, provisionRoles } from "./lib/database-roles.ts";
import { assertPortFree, StartupError } from "./lib/embedded-postgres.ts";
import { migrate } from "./lib/migrator.ts";
import { SupervisedPostgres } from "./lib/postgres-supervisor.ts";
import { seedIfEmpty } from "./lib/seed-if-empty.ts";
import { readStartConfig, serverNodeOptions } from "./lib/start-config.ts";

// Lifecycle lines as JSON, like the app's own logs (pino, src/server/log.ts), one object a line.
const log = (msg: string, level: "info" | "warn" | "error" = "info", extra: Record<string, unknown> = {}) =>
  console.log(
    JSON.stringify({
      level,
      time: new Date().toISOString(),
      app: "levers",
      component: "start",
      pid: process.pid,
      ...extra,
      msg,
    }),
  );

let postgres: SupervisedPostgres | null = null;
let next: ChildProcess | null = null;
let shuttingDown = false;

// embedded-postgres installs exit hooks that stop every server at SIGINT/SIGTERM, i.e. before the
// app has finished its requests; this script decides the order itself (see shutDown). (tsx's own
// signal relay is hidden from process.listeners() and stays.)
for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "uncaughtException", "unhandledRejection"] as const) {
  for (const listener of process.listeners(event as NodeJS.Signals)) process.removeListener(event, listener);
}

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const config = readStartConfig();
  process.on("SIGINT", () => void shutDown("SIGINT", 0, config.shutdownTimeoutMs));
  process.on("SIGTERM", () => void shutDown("SIGTERM", 0, config.shutdownTimeoutMs));
  await assertPortFree(config.port, "the web app", "PORT");

  let databaseUrl: string;
  const external = process.env.DATABASE_URL?.trim();
  if (external) {
    await assertReachable(external);
    log(`using the database at ${describeUrl(external)}`);
    databaseUrl = external;
  } else {
    const started = Date.now();
    postgres = new SupervisedPostgres({
      dataDir: path.join(config.dataDir, "postgres"),
      port: config.pgPort,
      log: (line) => log(line, /giving up|unexpectedly|did not/.test(line) ? "error" : "info"),
      maxRestarts: config.pgMaxRestarts,
      onGiveUp: () => void shutDown("database gave up", 1, config.shutdownTimeoutMs),
    });
    await postgres.start();
    await postgres.createDatabase("levers");
    databaseUrl = postgres.url("levers");
    log(
      `embedded PostgreSQL on 127.0.0.1:${postgres.port} (pid ${postgres.pid}, data in ${postgres.dataDir}, ${Date.now() - started} ms); restarted if it stops`,
    );
  }
  if (shuttingDown) return;
  const demoMode = config.demoData ?? postgres !== null;

  // Least privilege on the embedded database: migrations run as the owner role, the app as a role
  // that can only read and write rows. With DATABASE_URL, the URL's user does both.
  const roles = postgres ? await provisionRoles(databaseUrl) : { ownerUrl: databaseUrl, appUrl: databaseUrl };
  if (config.migrateOnStart) {
    const result = await migrate(roles.ownerUrl, { log });
    log(`migrations: ${result.applied.length} applied, ${result.alreadyApplied} already in place`);
  }
  if (postgres) await grantAppPrivileges(roles.ownerUrl);
  if (demoMode && (await seedIfEmpty(roles.ownerUrl))) log("demo data loaded (first run)");

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: roles.appUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentSecret(config.dataDir),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${config.port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev) await ensureBuilt(env, log);
  if (shuttingDown) return;

  next = spawn(
    path.join(PROJECT_ROOT, "node_modules", ".bin", "next"),
    [dev ? "dev" : "start", "--port", String(config.port), "--hostname", config.host],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...env,
        NODE_ENV: dev ? "development" : "production",
        ...(dev ? {} : { NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS) }),
      },
      stdio: "inherit",
    },
  );
  next.on("exit", (code, signal) => {
    if (shuttingDown) return;
    log(`Next.js stopped (${signal ? `signal ${signal}` : `exit code ${code}`}); stopping.`, "error");
    void shutDown("Next.js stopped", code ?? 1, config.shutdownTimeoutMs);
  });

  if (demoMode) printDemoAccounts(config.port);
  log(
    `Levers is starting on http://localhost:${config.port} (Ctrl-C stops the app${postgres ? " and its database" : ""})`,
  );
}

/**
 * The order that loses nothing: Next stops accepting connections, ends the board's event streams and
 * finishes the requests in flight (at most `timeoutMs`, then it is stopped); then PostgreSQL stops
 * (fast shutdown: every committed write is kept); then this process exits. Nothing is left running.
 */
async function shutDown(reason: string, code: number, timeoutMs = 10_000): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  log(`stopping (${reason}): the app first, up to ${timeoutMs / 1000} s for requests in flight, then the database`);
  const child = next;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const inTime = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
    ]);
    if (!inTime) {
      log(`the app did not finish within ${timeoutMs / 1000} s; stopping it now`, "warn");
      child.kill("SIGKILL");
      await exited;
    }
    log("the app has stopped");
  }
  if (postgres) {
    await postgres.stop().catch((error: unknown) => log(`stopping PostgreSQL failed: ${String(error)}`, "error"));
    log("the database has stopped");
  }
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
  void shutDown("start-up failed", 1);
});
