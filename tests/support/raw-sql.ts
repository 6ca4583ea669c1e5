import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import pg from "pg";
import { createDatabase } from "../../scripts/lib/test-database.ts";

/** A raw node-postgres pool on the shared test database: bypasses the app entirely. */
export function rawPool(connectionString = inject("databaseUrl")): pg.Pool {
  return new pg.Pool({ connectionString, max: 4 });
}

/** A database of its own, copied from the migrated template; for tests that need isolation. */
export async function scratchDatabase(label: string): Promise<string> {
  const name = `levers_it_${label}_${randomUUID().slice(0, 8)}`;
  return createDatabase(inject("adminDatabaseUrl"), name, inject("templateDatabase"));
}

/** An empty database (no migrations), for migrator tests. */
export async function emptyDatabase(label: string): Promise<string> {
  const name = `levers_it_${label}_${randomUUID().slice(0, 8)}`;
  return createDatabase(inject("adminDatabaseUrl"), name);
}

type Role = "CMO" | "CIO" | "MARKETING" | "IT" | "BOARD" | "ADMIN";

/** Inserts a user with raw SQL and a unique email; returns its id. */
export async function insertUser(pool: pg.Pool, role: Role, name = `${role} person`): Promise<string> {
  const id = randomUUID();
  await pool.query(`INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
    id,
    `${role.toLowerCase()}-${id}@test.example`,
    name,
    role,
  ]);
  return id;
}

/** A valid fractional-index rank key that no other test uses ("a0" + random digits, never ending in 0). */
export const uniqueRankKey = () => `a0${randomUUID().replace(/-/g, "")}V`;

export interface RawInitiative {
  marketingOwnerId: string | null;
  itOwnerId: string | null;
  createdById: string;
  rankKey?: string;
  progress?: number;
  status?: string;
}

export async function insertInitiative(pool: pg.Pool, row: RawInitiative): Promise<string> {
  const id = randomUUID();
  await pool.query(
    `INSERT INTO "Initiative" (id, title, lever, "marketingOwnerId", "itOwnerId", "rankKey", progress, status, "createdById", "updatedAt")
     VALUES ($1, $2, 'METRICS', $3, $4, $5, $6, $7, $8, now())`,
    [
      id,
      `Raw initiative ${id}`,
      row.marketingOwnerId,
      row.itOwnerId,
      row.rankKey ?? uniqueRankKey(),
      row.progress ?? 0,
      row.status ?? "PROPOSED",
      row.createdById,
    ],
  );
  return id;
}

/** The Postgres error code a query fails with (or "no error"). */
export async function errorCodeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "no error";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

/**
 * Points this test file's app code (db()) at a database of its own, for tests that need to know
 * every row (e.g. "the last administrator"). Call in beforeAll, before any db() use.
 */
export async function useOwnDatabase(label: string): Promise<string> {
  const url = await scratchDatabase(label);
  const { createPrismaClient } = await import("@/server/db");
  (globalThis as { leversPrisma?: unknown }).leversPrisma = createPrismaClient(url, 4);
  return url;
}
