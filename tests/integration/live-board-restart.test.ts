// The live board's LISTEN connection heals: while a database restart keeps it down for longer than
// one retry, listeners hear "reconnecting"; once the database is back they hear "live" and "resync"
// (changes made during the gap were missed), and changes flow again, without anyone reloading.
// The test runs its own embedded PostgreSQL (LEVERS_DATA_DIR/fault-postgres, port
// LEVERS_TEST_FAULT_PG_PORT or 54381) so stopping it disturbs no other test.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PROJECT_ROOT } from "../../scripts/lib/database.ts";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../scripts/lib/embedded-postgres.ts";
import { migrate } from "../../scripts/lib/migrator.ts";
import { createDatabase } from "../../scripts/lib/test-database.ts";
import { BoardChanges, type LiveEvent } from "@/server/live/board-changes";

const dataDir = path.join(process.env.LEVERS_DATA_DIR ?? path.join(PROJECT_ROOT, ".data"), "fault-postgres");
const port = Number(process.env.LEVERS_TEST_FAULT_PG_PORT ?? 54381);
const start = () => startEmbeddedPostgres({ dataDir, port, portEnvVar: "LEVERS_TEST_FAULT_PG_PORT" });

async function notify(url: string, payload: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_notify('levers_board', $1)", [payload]);
  } finally {
    await client.end();
  }
}

describe("the live board after a database restart", () => {
  let server: EmbeddedServer | null = null;
  let url: string;
  beforeAll(async () => {
    server = await start();
    url = await createDatabase(server.url("postgres"), "levers_fault");
    await migrate(url);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("reconnects by itself, tells listeners to resynchronise, and delivers changes again", async () => {
    const live = new BoardChanges({
      connectionString: url,
      minBackoffMs: 100,
      maxBackoffMs: 400,
      pingMs: 500,
      connectTimeoutMs: 1_000,
    });
    const events: LiveEvent[] = [];
    const unsubscribe = live.subscribe((event) => events.push(event));
    try {
      await expect.poll(() => live.status(), { timeout: 10_000 }).toBe("live");
      await notify(url, "Initiative");
      await expect.poll(() => events.some((event) => event.type === "change"), { timeout: 5_000 }).toBe(true);

      await server!.stop();
      server = null;
      await expect.poll(() => live.status(), { timeout: 10_000 }).toBe("reconnecting");
      // Down for several retry intervals, as in a real restart.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(live.status()).toBe("reconnecting");
      events.length = 0;

      server = await start();
      await expect.poll(() => live.status(), { timeout: 15_000 }).toBe("live");
      expect(events).toContainEqual({ type: "status", status: "live" });
      expect(events).toContainEqual({ type: "resync" });

      await notify(url, "Comment");
      await expect
        .poll(() => events.some((event) => event.type === "change" && event.table === "Comment"), { timeout: 5_000 })
        .toBe(true);
    } finally {
      unsubscribe();
      await live.shutdown();
    }
  });

  it("ends every stream when the app shuts down", async () => {
    const live = new BoardChanges({ connectionString: url });
    const events: LiveEvent[] = [];
    live.subscribe((event) => events.push(event));
    await expect.poll(() => live.status(), { timeout: 10_000 }).toBe("live");
    await live.shutdown();
    expect(events.at(-1)).toEqual({ type: "shutdown" });
    expect(live.listenerCount()).toBe(0);
  });
});
