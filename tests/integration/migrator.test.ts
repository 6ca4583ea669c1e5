import { describe, expect, it } from "vitest";
import pg from "pg";
import { checksumOf, migrate, readMigrations } from "../../scripts/lib/migrator.ts";
import { emptyDatabase } from "../support/raw-sql";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the migrator", () => {
  const migrations = readMigrations();

  it("finds the committed migrations in Prisma's folder format", () => {
    expect(migrations.length).toBeGreaterThanOrEqual(2);
    expect(migrations.map((m) => m.name)).toEqual([...migrations.map((m) => m.name)].sort());
  });

  it("applies every migration once, and a second run is a no-op", async () => {
    const url = await emptyDatabase("migrate_twice");
    const first = await migrate(url);
    expect(first.applied).toEqual(migrations.map((m) => m.name));
    const second = await migrate(url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(migrations.length);
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    // Rows as `prisma migrate deploy` writes them: sha256 of the file, finished, one step.
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(checksumOf(migrations[index]!.sql));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies each migration exactly once when two app instances start together", async () => {
    const url = await emptyDatabase("migrate_race");
    const [a, b, c] = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const appliedCounts = [a, b, c].map((r) => r.applied.length).sort();
    expect(appliedCounts).toEqual([0, 0, migrations.length]);
    const rows = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "_prisma_migrations"`);
    expect(Number(rows[0]!.n)).toBe(migrations.length);
  });

  it("refuses to start when an applied migration was edited afterwards, and says how to fix it", async () => {
    const url = await emptyDatabase("migrate_edited");
    await migrate(url);
    const edited = migrations.map((m, i) =>
      i === 0 ? { ...m, sql: `${m.sql}\n-- edited`, checksum: checksumOf(`${m.sql}\n-- edited`) } : m,
    );
    await expect(migrate(url, { migrations: edited })).rejects.toThrow(
      /was changed after it was applied.*new migration/,
    );
  });

  it("rolls back a failing migration completely and names it", async () => {
    const url = await emptyDatabase("migrate_failing");
    const broken = [
      ...migrations,
      { name: "99999999999999_broken", sql: "CREATE TABLE half_done (id int); SELECT 1/0;", checksum: "x" },
    ];
    await expect(migrate(url, { migrations: broken })).rejects.toThrow(
      /99999999999999_broken failed and was rolled back/,
    );
    const tables = await query<{ n: string }>(
      url,
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'half_done'`,
    );
    expect(Number(tables[0]!.n)).toBe(0);
    const recorded = await query<{ n: string }>(
      url,
      `SELECT count(*) AS n FROM "_prisma_migrations" WHERE migration_name = '99999999999999_broken'`,
    );
    expect(Number(recorded[0]!.n)).toBe(0);
  });
});
