import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { loadDashboard } from "@/server/queries/dashboard";
import { listKpiCards } from "@/server/queries/kpis";
import { makeUser } from "../support/factories";
import { scratchDatabase } from "../support/raw-sql";

// LEVERS_READ_CACHE=off: every read goes to the database, with the functions' own query count and
// no query for the data's stamp. (This file's modules read the variable at their first use.)
let queries = 0;
let client: PrismaClient | undefined;
const previous = process.env.LEVERS_READ_CACHE;

beforeAll(async () => {
  process.env.LEVERS_READ_CACHE = "off";
  const counting = new PrismaClient({
    adapter: new PrismaPg({ connectionString: await scratchDatabase("read_cache_off"), max: 4 }),
    log: [{ emit: "event", level: "query" }],
  });
  counting.$on("query", () => {
    queries += 1;
  });
  client = counting;
  (globalThis as { leversPrisma?: unknown }).leversPrisma = counting;
});

afterAll(async () => {
  if (previous === undefined) delete process.env.LEVERS_READ_CACHE;
  else process.env.LEVERS_READ_CACHE = previous;
  await client?.$disconnect();
});

describe("with the read cache off", () => {
  it("every read of the dashboard and the KPI list makes its full number of queries", async () => {
    const board = await makeUser("BOARD");
    const now = new Date();
    for (let run = 0; run < 2; run += 1) {
      queries = 0;
      await loadDashboard(board, "year", now);
      expect(queries).toBe(6);
      queries = 0;
      await listKpiCards(board);
      expect(queries).toBe(2);
    }
  });

  it("gives a result that no page can change, as with the cache on", async () => {
    const dashboard = (await loadDashboard(await makeUser("BOARD"), "year", new Date()))!;
    expect(() => (dashboard.figures.live = -1)).toThrow(TypeError);
    expect(() => dashboard.top.push(dashboard.top[0]!)).toThrow(TypeError);
  });
});
