// Every wait on the database is bounded: a held lock, a slow statement, a full pool or a server that
// is not there end in an error the app recognises as "busy or unreachable" (so the user is told to
// try again and nothing is half-saved), never in a request that hangs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { isDbUnavailableDigest } from "@/lib/error-digest";
import { createPrismaClient, DEFAULT_TIMEOUTS, poolConfig } from "@/server/db";
import { isDatabaseUnavailable } from "@/server/db-errors";
import { scratchDatabase } from "../support/raw-sql";

const TIMEOUTS = { connectMs: 500, statementMs: 1_000, lockMs: 500 };

async function failureOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe("bounded waits on the database", () => {
  let url: string;
  let client: ReturnType<typeof createPrismaClient>;
  beforeAll(async () => {
    url = await scratchDatabase("waits");
    client = createPrismaClient(url, 2, TIMEOUTS);
  });
  afterAll(async () => {
    await client.$disconnect();
  });

  it("are 5 s to connect, 10 s per statement and 5 s per lock unless configured", () => {
    expect(DEFAULT_TIMEOUTS).toEqual({ connectMs: 5_000, statementMs: 10_000, lockMs: 5_000 });
    expect(poolConfig("postgresql://x@localhost/db", 10, DEFAULT_TIMEOUTS)).toMatchObject({
      connectionTimeoutMillis: 5_000,
      statement_timeout: 10_000,
      lock_timeout: 5_000,
    });
  });

  it("end a read that waits on a table another session has locked, with a 'try again' digest", async () => {
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query('LOCK TABLE "Initiative" IN ACCESS EXCLUSIVE MODE');
      const error = await failureOf(client.initiative.findMany({ take: 1 }));
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(isDbUnavailableDigest((error as { digest?: string }).digest)).toBe(true);
      // Tables nobody locked still answer.
      await expect(client.user.count()).resolves.toBeTypeOf("number");
    } finally {
      await locker.query("ROLLBACK").catch(() => undefined);
      await locker.end();
    }
  });

  it("end a statement that runs too long", async () => {
    const error = await failureOf(client.$queryRaw`SELECT pg_sleep(5)::text`);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("end the wait for a pooled connection when every one is busy", async () => {
    const results = await Promise.allSettled([1, 2, 3].map(() => client.$queryRaw`SELECT pg_sleep(0.9)::text`));
    const refused = results
      .filter((result) => result.status === "rejected")
      .map((result) => (result as PromiseRejectedResult).reason);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((error) => isDatabaseUnavailable(error))).toBe(true);
  });

  it("end a call to a database server that is not running", async () => {
    const nowhere = createPrismaClient(url.replace(/:\d+\//, ":9/"), 1, TIMEOUTS);
    try {
      const error = await failureOf(nowhere.user.count());
      expect(isDatabaseUnavailable(error)).toBe(true);
      const inTransaction = await failureOf(nowhere.$transaction(async (tx) => tx.user.count()));
      expect(isDatabaseUnavailable(inTransaction)).toBe(true);
    } finally {
      await nowhere.$disconnect();
    }
  });

  it("are not confused with a broken rule, which is the user's to fix", async () => {
    const error = await failureOf(
      client.$executeRaw`INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ('x', NULL, 'n', 'CMO', now())`,
    );
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect((error as { digest?: string }).digest).toBeUndefined();
  });
});
