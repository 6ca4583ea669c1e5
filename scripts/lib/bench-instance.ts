// One built Levers instance for the benchmarks (bench-live, bench-pages): `next start` on a port of
// its own, and the wait until it answers.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "./database.ts";
import { serverNodeOptions } from "./start-config.ts";

const SECRET = "bench-only-secret-bench-only-secret-bench";

/** Waits until the instance answers /api/health; fails when it exits or `timeoutMs` passes. */
export async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start on ${url} exited (${child.exitCode})`);
    if (
      await fetch(`${url}/api/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start on ${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Starts the built app (`next start`) on 127.0.0.1:`port` against `databaseUrl`, with the bench's own secret. */
export function spawnInstance(port: number, databaseUrl: string): { url: string; child: ChildProcess } {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    path.join(PROJECT_ROOT, "node_modules", ".bin", "next"),
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: SECRET,
        NEXTAUTH_URL: url,
        NODE_ENV: "production",
        NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS), // as `npm start` runs it
        NEXT_TELEMETRY_DISABLED: "1",
        LEVERS_LOG_LEVEL: "warn",
      },
      stdio: "ignore",
    },
  );
  return { url, child };
}
