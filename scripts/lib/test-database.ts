// Databases for tests: on TEST_DATABASE_URL's server, or on an embedded test server.
// Destructive setup (create/drop databases) is refused on anything but this machine.
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "./database.ts";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres.ts";
import { migrate } from "./migrator.ts";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function assertLocalDatabase(connectionString: string): void {
  const host = new URL(connectionString).hostname;
  if (!LOCAL_HOSTS.has(host) && process.env.LEVERS_ALLOW_REMOTE_TEST_DB !== "true") {
    throw new Error(
      `Refusing to create and drop test databases on ${host}: TEST_DATABASE_URL must point at this machine ` +
        `(set LEVERS_ALLOW_REMOTE_TEST_DB=true if that server is disposable).`,
    );
  }
}

/** The URL of another database on the same server. */
export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function startTestServer(): Promise<EmbeddedServer> {
  return startEmbeddedPostgres({
    dataDir: path.join(process.env.LEVERS_DATA_DIR ?? path.join(PROJECT_ROOT, ".data"), "test-postgres"),
    port: Number(process.env.LEVERS_TEST_PG_PORT ?? 54339),
    portEnvVar: "LEVERS_TEST_PG_PORT",
  });
}

async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  assertLocalDatabase(adminUrl);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const safeName = (name: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  return name;
};

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await admin(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${safeName(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${safeName(name)}${template ? ` TEMPLATE ${safeName(template)}` : ""}`);
  });
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${safeName(name)} WITH (FORCE)`));
}

/** Drops every database whose name starts with `prefix` (leftovers of interrupted runs included). */
export async function dropDatabasesLike(adminUrl: string, prefix: string): Promise<void> {
  await admin(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [safeName(prefix)],
    );
    for (const row of rows) await client.query(`DROP DATABASE IF EXISTS ${safeName(row.datname)} WITH (FORCE)`);
  });
}

/** A freshly migrated database. */
export async function createMigratedDatabase(adminUrl: string, name: string): Promise<string> {
  const url = await createDatabase(adminUrl, name);
  await migrate(url);
  return url;
}
