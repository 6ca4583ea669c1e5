// Where the app's database is: an external Postgres named by DATABASE_URL, or the embedded one.
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, StartupError, type EmbeddedServer } from "./embedded-postgres.ts";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

/** postgres://user:***@host:port/db — never prints a password. */
export function describeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(an unparsable DATABASE_URL)";
  }
}

export async function assertReachable(connectionString: string): Promise<void> {
  let host = "the database host";
  try {
    const url = new URL(connectionString);
    host = `${url.hostname}:${url.port || "5432"}`;
  } catch {
    throw new StartupError(
      "DATABASE_URL is not a valid connection string (expected postgresql://user:password@host:5432/database).",
    );
  }
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/password[^,;]*/gi, "password ***") : String(error);
    throw new StartupError(
      `Cannot reach the database at ${host} (${describeUrl(connectionString)}): ${reason}. ` +
        `Check that it is running and that DATABASE_URL is right, or unset DATABASE_URL to use the embedded database.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface ResolvedDatabase {
  url: string;
  embedded: EmbeddedServer | null;
}

/** Uses DATABASE_URL when set; otherwise starts embedded Postgres and creates `database` on it. */
export async function resolveDatabase(options: {
  database: string;
  dataDir: string;
  port: number;
  log: (line: string) => void;
}): Promise<ResolvedDatabase> {
  const external = process.env.DATABASE_URL?.trim();
  if (external) {
    await assertReachable(external);
    options.log(`using the database at ${describeUrl(external)}`);
    return { url: external, embedded: null };
  }
  const started = Date.now();
  const embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.port });
  await embedded.createDatabase(options.database);
  options.log(
    `embedded PostgreSQL on 127.0.0.1:${embedded.port} (data in ${embedded.dataDir}, ${Date.now() - started} ms)`,
  );
  return { url: embedded.url(options.database), embedded };
}
