// schema.prisma and the migrated database must agree. The schema engine writes the SQL for
// schema.prisma into an empty database; its catalogue must match the migrated one's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { diffSchemas } from "../../scripts/lib/schema-engine.ts";
import { emptyDatabase, scratchDatabase } from "../support/raw-sql";

async function catalogue(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
         FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY table_name, column_name`,
    );
    const enums = await client.query(
      `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
         JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
        GROUP BY t.typname ORDER BY t.typname`,
    );
    const foreignKeys = await client.query(
      `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace
        ORDER BY 1, 2`,
    );
    return { columns: columns.rows, enums: enums.rows, foreignKeys: foreignKeys.rows };
  } finally {
    await client.end();
  }
}

describe("schema.prisma", () => {
  it("matches the migrated database: tables, columns, types, nullability, defaults, enums, foreign keys", async () => {
    const schema = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
    const fromSchemaUrl = await emptyDatabase("drift_from_schema");
    const sql = await diffSchemas(null, schema, fromSchemaUrl);
    const client = new pg.Client({ connectionString: fromSchemaUrl });
    await client.connect();
    await client.query(sql);
    await client.end();

    const migratedUrl = await scratchDatabase("drift_migrated");
    const [expected, actual] = await Promise.all([catalogue(fromSchemaUrl), catalogue(migratedUrl)]);
    expect(actual.enums).toEqual(expected.enums);
    expect(actual.columns).toEqual(expected.columns);
    expect(actual.foreignKeys).toEqual(expected.foreignKeys);
  });
});
