import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { scratchDatabase } from "./raw-sql";

/** How many SQL statements db() has sent since the last reset(). */
export interface QueryCounter {
  readonly count: number;
  reset(): void;
}

/**
 * Points db() at a migrated database of the calling test file's own (its lists are then exactly what
 * the file made), through a client that counts the SQL statements it sends. Call in beforeAll.
 */
export async function useCountingScratchDatabase(label: string): Promise<QueryCounter> {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: await scratchDatabase(label), max: 4 }),
    log: [{ emit: "event", level: "query" }],
  });
  let count = 0;
  client.$on("query", () => {
    count += 1;
  });
  (globalThis as { leversPrisma?: unknown }).leversPrisma = client;
  return {
    get count() {
      return count;
    },
    reset() {
      count = 0;
    },
  };
}
