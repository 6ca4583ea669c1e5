import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../../..");
export const DATA_DIR = process.env.LEVERS_DATA_DIR ?? path.join(PROJECT_ROOT, ".data");
export const NEXTAUTH_SECRET = process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-e2e-only-secret-e2e-only";

export interface Running {
  child: ChildProcess;
  /** Everything the process printed (stdout and stderr). */
  output: () => string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * Starts a command (npm from PATH, `node` as this very Node, anything else from the project's
 * node_modules/.bin), keeping its output.
 */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Running {
  const executable =
    command === "npm"
      ? "npm"
      : command === "node"
        ? process.execPath
        : path.join(PROJECT_ROOT, "node_modules", ".bin", command);
  const child = spawn(executable, args, { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    child.once("exit", () => resolve());
  });
  // A test worker that ends (a timeout, an interrupted run) takes its servers with it.
  const orphanGuard = () => child.kill("SIGKILL");
  process.once("exit", orphanGuard);
  void exited.then(() => process.off("exit", orphanGuard));
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const inTime = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000)),
    ]);
    if (!inTime) {
      child.kill("SIGKILL");
      await exited;
    }
  };
  return { child, output: () => output, exited, stop };
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** An embedded PostgreSQL of the test's own (tests/support/run-postgres.ts); stop() is a real shutdown. */
export async function startPostgres(
  dataDir: string,
  port: number,
  database?: string,
): Promise<Running & { url: string }> {
  // Node with tsx's loader, not the tsx command: that one relays a stop signal to the script and
  // SIGKILLs it when it has not answered within 30 ms (a busy machine), which leaves postgres running.
  const running = run(
    "node",
    ["--import", "tsx", "tests/support/run-postgres.ts", dataDir, String(port), ...(database ? [database] : [])],
    process.env,
  );
  const url = await waitFor(
    `PostgreSQL on port ${port}`,
    async () =>
      /ready (\S+)/.exec(running.output())?.[1] ??
      (running.child.exitCode !== null ? Promise.reject(new Error(running.output())) : undefined),
    120_000,
  );
  return { ...running, url };
}

/** Loads the demo data into a database (npm run db:seed). */
export async function seedDemoData(databaseUrl: string): Promise<void> {
  const seeding = run("tsx", ["prisma/seed.ts"], { ...process.env, DATABASE_URL: databaseUrl });
  await seeding.exited;
  if (seeding.child.exitCode !== 0) throw new Error(`seeding failed: ${seeding.output()}`);
}

/** `next start` of the current build on its own port, against `databaseUrl`; resolves when it answers. */
export async function startApp(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<Running & { url: string }> {
  const url = `http://127.0.0.1:${port}`;
  // Never mistake another server on the port for ours.
  if (
    await fetch(url).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`Port ${port} is already in use: stop that server or choose another port.`);
  const running = run("next", ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    ...process.env,
    ...env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET,
    NEXTAUTH_URL: url,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  await waitFor(`the app on port ${port}`, async () => {
    if (running.child.exitCode !== null) throw new Error(`next start exited: ${running.output()}`);
    return (await fetch(`${url}/api/health`)).ok;
  });
  return { ...running, url };
}

/** Every process whose parent chain leads to `pid` (Linux /proc), the process itself first. */
export function processTree(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // exited meanwhile
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i += 1) {
    for (const [child, parent] of parents) if (parent === tree[i] && !tree.includes(child)) tree.push(child);
  }
  return tree;
}

export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z"; // a zombie has finished
  } catch {
    return false;
  }
}

/** The postmaster's pid from its data folder (first line of postmaster.pid), if it runs. */
export function postmasterPid(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return undefined;
  }
}
