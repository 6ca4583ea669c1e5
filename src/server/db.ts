import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { markDatabaseUnavailable } from "./db-errors";
import { serverEnv } from "./env";

// The one Prisma client. Kept on globalThis so `next dev` hot reloads reuse its pool.
const globalForPrisma = globalThis as unknown as { leversPrisma?: PrismaClient };

export interface DatabaseTimeouts {
  /** Opening a connection, and waiting for a free one from the pool (ms). */
  connectMs: number;
  /** Postgres `statement_timeout` of every session (ms). */
  statementMs: number;
  /** Postgres `lock_timeout` of every session (ms). */
  lockMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = { connectMs: 5_000, statementMs: 10_000, lockMs: 5_000 };

/** node-postgres pool settings that bound every wait: no request ever hangs on the database. */
export function poolConfig(connectionString: string, max: number, timeouts: DatabaseTimeouts) {
  return {
    connectionString,
    max,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    // A silent network (no answer at all) is cut client-side too, a little after the server's own limit.
    query_timeout: timeouts.statementMs + timeouts.connectMs,
    // A transaction left open by a crashed request never holds its locks for long.
    idle_in_transaction_session_timeout: Math.max(timeouts.statementMs, 10_000) * 3,
    keepAlive: true,
    application_name: "levers",
  };
}

export function createPrismaClient(
  connectionString: string,
  max = 10,
  timeouts: DatabaseTimeouts = DEFAULT_TIMEOUTS,
): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg(poolConfig(connectionString, max, timeouts)) });
  // A busy or unreachable database gets a digest of ours, so error pages say "try again".
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw markDatabaseUnavailable(error);
        }
      },
    },
  }) as unknown as PrismaClient;
}

export function db(): PrismaClient {
  if (!globalForPrisma.leversPrisma) {
    const env = serverEnv();
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start Levers with `npm start`, or set it.");
    globalForPrisma.leversPrisma = createPrismaClient(env.DATABASE_URL, env.LEVERS_DB_POOL_SIZE, {
      connectMs: env.LEVERS_DB_CONNECT_TIMEOUT_MS,
      statementMs: env.LEVERS_DB_STATEMENT_TIMEOUT_MS,
      lockMs: env.LEVERS_DB_LOCK_TIMEOUT_MS,
    });
  }
  return globalForPrisma.leversPrisma;
}
