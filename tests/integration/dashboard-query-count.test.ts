import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { defaultSince, PERIODS } from "@/lib/dashboard-period";
import { loadDashboard } from "@/server/queries/dashboard";
import { loadReport } from "@/server/queries/report";
import { seedBenchData } from "../../scripts/lib/bench-data.ts";
import { scratchDatabase } from "../support/raw-sql";

// The dashboard and the report read their data in a fixed number of SQL statements whatever the
// data size: counted as Prisma query events, on a small and on a large database of their own
// (the same generator as `npm run bench`, with events, updates, comments and measurements). The
// first read of each makes one more (the read cache's data stamp); a second, from the cache, one.

let queries = 0;

async function openCountingDatabase(label: string, scale: Parameters<typeof seedBenchData>[1]) {
  const url = await scratchDatabase(label);
  await seedBenchData(url, scale, label);
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 4 }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", () => {
    queries += 1;
  });
  (globalThis as { leversPrisma?: unknown }).leversPrisma = client;
  const board = await client.user.findFirstOrThrow({ where: { role: "BOARD" }, select: { id: true, role: true } });
  return { board, close: () => client.$disconnect() };
}

async function countQueries(work: () => Promise<unknown>): Promise<number> {
  queries = 0;
  await work();
  return queries;
}

async function countsAt(scale: Parameters<typeof seedBenchData>[1], label: string) {
  const { board, close } = await openCountingDatabase(label, scale);
  try {
    const counts: Record<string, number> = {};
    const now = new Date();
    for (const period of PERIODS)
      counts[`dashboard ${period}`] = await countQueries(() => loadDashboard(board, period, now));
    counts.report = await countQueries(() => loadReport(board, defaultSince(now), now));
    counts["dashboard all, cached"] = await countQueries(() => loadDashboard(board, "all", now));
    counts["report, cached"] = await countQueries(() => loadReport(board, defaultSince(now), now));
    const dashboard = await loadDashboard(board, "all", now);
    const report = await loadReport(board, defaultSince(now), now);
    return { counts, dashboard, report };
  } finally {
    await close();
  }
}

describe("the dashboard's and the report's data", () => {
  it("load with the same number of SQL queries for 20 and for 2,000 initiatives (and 100 vs 20,000 measurements)", async () => {
    const small = await countsAt({ initiatives: 20, measurements: 100, kpis: 2 }, "dash_small");
    const large = await countsAt({ initiatives: 2000, measurements: 20_000, kpis: 5 }, "dash_large");

    expect(small.dashboard?.top).toHaveLength(10);
    expect(large.dashboard?.top).toHaveLength(10);
    expect(large.dashboard?.figures.live).toBe(1300);
    expect(large.dashboard?.kpis).toHaveLength(5);
    expect(large.report?.ranked).toHaveLength(50);
    expect(large.dashboard?.decisions.total).toBeGreaterThan(small.dashboard?.decisions.total ?? 0);

    expect(large.counts).toEqual(small.counts);
    expect(small.counts).toEqual({
      "dashboard quarter": 1 + 6,
      "dashboard year": 1 + 6,
      "dashboard all": 1 + 6,
      report: 1 + 8,
      "dashboard all, cached": 1,
      "report, cached": 1,
    });
  }, 180_000);
});
