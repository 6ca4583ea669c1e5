// The e2e fault tests stop "the database" by stopping the process that runs it
// (tests/support/run-postgres.ts, started by tests/e2e/support/processes.ts). On a busy machine
// that process may answer its stop signal late; postgres must still be gone once stop() returns,
// or the "database down" tests run against a database that is up (a form that saves, a board
// that stays Live). Its own embedded PostgreSQL (LEVERS_DATA_DIR/stop-test-postgres, port
// LEVERS_TEST_STOP_PG_PORT or 54386).
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DATA_DIR, processTree, startPostgres, type Running } from "../e2e/support/processes.ts";

const dataDir = path.join(DATA_DIR, "stop-test-postgres");
const port = Number(process.env.LEVERS_TEST_STOP_PG_PORT ?? 54386);

function accepts(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => resolve(socket.end() && true));
    socket.once("error", () => resolve(false));
  });
}

/** The process running run-postgres.ts (under whatever launcher started it). */
function scriptProcess(running: Running): number {
  const scripts = processTree(running.child.pid!).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("run-postgres.ts");
    } catch {
      return false;
    }
  });
  return scripts.at(-1)!;
}

describe("a fault test's database", () => {
  let database: Running | null = null;
  afterAll(async () => {
    await database?.stop();
  });

  it("is down once stop() returns, even when its process answers the stop signal late", async () => {
    database = await startPostgres(dataDir, port);
    expect(await accepts()).toBe(true);
    // A busy machine, made certain: the script is paused when the signal arrives, and goes on 200 ms later.
    const script = scriptProcess(database);
    process.kill(script, "SIGSTOP");
    const resumed = new Promise<void>((resolve) =>
      setTimeout(() => {
        try {
          process.kill(script, "SIGCONT");
        } catch {
          // already gone (killed while paused)
        }
        resolve();
      }, 200),
    );
    await database.stop();
    await resumed;
    database = null;
    expect(await accepts()).toBe(false);
  }, 120_000);
});
