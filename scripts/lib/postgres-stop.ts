// Stopping a postgres server process without waiting for ever, and without leaving it running: a
// fast shutdown (SIGINT: clients are disconnected, a checkpoint is written), then, if that has not
// ended, an immediate one (SIGQUIT: no checkpoint; the next start replays the WAL, so no committed
// write is lost), then SIGKILL. Its own server processes notice the postmaster's death and exit by
// themselves within moments. tests/unit/postgres-stop.test.ts.
import type { ChildProcess } from "node:child_process";

export interface StopSteps {
  /** How long the fast shutdown may take before the immediate one. */
  fast: number;
  /** How long the immediate shutdown may take before SIGKILL. */
  immediate: number;
  /** How long to wait for the process after SIGKILL. */
  kill: number;
}

/**
 * Sends the fast shutdown itself unless `alreadySignalled` (the caller sent it), escalates as
 * needed, and resolves true once the process has exited (false: it was still there after SIGKILL).
 */
export async function stopPostgresProcess(
  child: ChildProcess,
  steps: StopSteps,
  log: (line: string) => void = () => {},
  alreadySignalled = false,
): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  const exited = new Promise<true>((resolve) => child.once("exit", () => resolve(true)));
  const within = (ms: number) =>
    Promise.race([exited, new Promise<false>((resolve) => setTimeout(() => resolve(false), ms).unref())]);
  if (!alreadySignalled) child.kill("SIGINT");
  if (await within(steps.fast)) return true;
  log(
    `PostgreSQL did not stop within ${steps.fast / 1000} s; stopping it immediately (the next start replays the WAL)`,
  );
  child.kill("SIGQUIT");
  if (await within(steps.immediate)) return true;
  log(`PostgreSQL did not stop within ${steps.immediate / 1000} s more; killing it`);
  child.kill("SIGKILL");
  const gone = await within(steps.kill);
  if (!gone) log(`PostgreSQL (pid ${child.pid}) is still running after SIGKILL`);
  return gone;
}
