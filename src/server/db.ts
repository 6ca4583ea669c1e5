import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { serverEnv } from "./env";

// The one Prisma client. Kept on globalThis so `next dev` hot reloads reuse its pool.
const globalForPrisma = globalThis as unknown as { leversPrisma?: PrismaClient };

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

export function db(): PrismaClient {
  if (!globalForPrisma.leversPrisma) {
    const env = serverEnv();
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start Levers with `npm start`, or set it.");
    globalForPrisma.leversPrisma = createPrismaClient(env.DATABASE_URL, env.LEVERS_DB_POOL_SIZE);
  }
  return globalForPrisma.leversPrisma;
}
