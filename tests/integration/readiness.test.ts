// GET /api/ready's answer: ready only when the database answers and every migration of this build is applied.
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/server/db";
import { checkReadiness } from "@/server/health";
import { emptyDatabase, scratchDatabase } from "../support/raw-sql";

const globalForPrisma = globalThis as { leversPrisma?: ReturnType<typeof createPrismaClient> };
const TIMEOUTS = { connectMs: 500, statementMs: 2_000, lockMs: 500 };

describe("readiness for a load balancer", () => {
  const shared = globalForPrisma.leversPrisma;
  afterEach(async () => {
    const used = globalForPrisma.leversPrisma;
    globalForPrisma.leversPrisma = shared;
    if (used && used !== shared) await used.$disconnect();
  });

  it("is ready on a migrated database", async () => {
    globalForPrisma.leversPrisma = createPrismaClient(await scratchDatabase("ready"), 2, TIMEOUTS);
    expect(await checkReadiness()).toEqual({ ready: true, database: "reachable", migrations: "applied" });
  });

  it("is not ready while migrations are pending, and names them", async () => {
    globalForPrisma.leversPrisma = createPrismaClient(await emptyDatabase("unmigrated"), 2, TIMEOUTS);
    const readiness = await checkReadiness();
    expect(readiness).toMatchObject({ ready: false, database: "reachable", migrations: "pending" });
    expect(readiness.pending).toContain("20261123020000_board_change_notifications");
  });

  it("is not ready when the database cannot be reached", async () => {
    globalForPrisma.leversPrisma = createPrismaClient("postgresql://levers:x@127.0.0.1:9/levers", 1, TIMEOUTS);
    expect(await checkReadiness()).toEqual({ ready: false, database: "unreachable", migrations: "unknown" });
  });
});
