// Applies prisma/migrations the way `prisma migrate deploy` does, with node-postgres only:
// same folder format, same `_prisma_migrations` rows (sha256 checksums), so either tool can take
// over from the other. A session-level advisory lock makes concurrent starts apply each
// migration exactly once; each migration runs in its own transaction.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { StartupError } from "./embedded-postgres.ts";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
/** Any constant works; this one spells "levers" and stays the same across versions. */
const ADVISORY_LOCK_KEY = 0x6c65766572;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

/** Applies every pending migration; throws a StartupError with the fix when history disagrees. */
export async function migrate(
  connectionString: string,
  options: { migrations?: Migration[]; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
  const migrations = options.migrations ?? readMigrations();
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_TABLE);
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
      );
      const recorded = new Map(rows.map((row) => [row.migration_name, row]));
      for (const row of rows) {
        if (row.finished_at === null) {
          throw new StartupError(
            `Migration ${row.migration_name} started earlier but did not finish. Inspect the database, then mark it rolled back ` +
              `(prisma migrate resolve --rolled-back ${row.migration_name}) and start again.`,
          );
        }
      }
      const applied: string[] = [];
      for (const migration of migrations) {
        const previous = recorded.get(migration.name);
        if (previous) {
          if (previous.checksum !== migration.checksum) {
            throw new StartupError(
              `Migration ${migration.name} was changed after it was applied to this database (checksum differs). ` +
                `Restore prisma/migrations/${migration.name}/migration.sql from git and put the change in a new migration (npm run db:migration).`,
            );
          }
          continue;
        }
        await applyOne(client, migration);
        applied.push(migration.name);
        options.log?.(`applied migration ${migration.name}`);
      }
      return { applied, alreadyApplied: migrations.length - applied.length };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: Migration): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [
      id,
    ]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
  }
}
