import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { db } from "./db";
import { isDatabaseUnavailable } from "./db-errors";
import { logger } from "./log";

// Readiness for load balancers: the database answers (within the bounded waits of db()) and every
// migration this build ships with has been applied.

export interface Readiness {
  ready: boolean;
  database: "reachable" | "unreachable";
  migrations: "applied" | "pending" | "unknown";
  pending?: string[];
}

/** Migration folder names shipped with this build (prisma/migrations beside the app), read once. */
let shipped: string[] | null = null;
function shippedMigrations(): string[] {
  if (shipped) return shipped;
  const dir = path.join(process.cwd(), "prisma", "migrations");
  shipped = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
        .map((entry) => entry.name)
        .sort()
    : [];
  return shipped;
}

export async function checkReadiness(): Promise<Readiness> {
  let applied: Set<string>;
  try {
    const rows = await db().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    // No migrations table at all: reachable, but nothing applied yet.
    const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } })
      .meta?.driverAdapterError?.cause;
    if (cause?.originalCode === "42P01" || cause?.kind === "TableDoesNotExist") {
      return { ready: false, database: "reachable", migrations: "pending", pending: shippedMigrations() };
    }
    if (!isDatabaseUnavailable(error)) logger().error({ err: error }, "readiness check failed");
    return { ready: false, database: "unreachable", migrations: "unknown" };
  }
  const pending = shippedMigrations().filter((name) => !applied.has(name));
  return pending.length
    ? { ready: false, database: "reachable", migrations: "pending", pending }
    : { ready: true, database: "reachable", migrations: "applied" };
}
