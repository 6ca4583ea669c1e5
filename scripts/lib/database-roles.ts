// Least privilege for the embedded database: an owner role that runs the migrations and owns every
// object, and a login role for the app that may only read and write rows (no DDL, no superuser,
// no rewriting of the audit trail). `npm start` provisions them on its embedded PostgreSQL; with
// DATABASE_URL, the roles are the administrator's business (README, "Least privilege").
import pg from "pg";

export const OWNER_ROLE = "levers_owner";
export const APP_ROLE = "levers_app";
// The embedded server listens on 127.0.0.1 only; these never leave the machine.
const OWNER_PASSWORD = "levers-owner-local-only";
const APP_PASSWORD = "levers-app-local-only";

function withCredentials(connectionString: string, user: string, password: string): string {
  const url = new URL(connectionString);
  url.username = user;
  url.password = password;
  return url.toString();
}

async function onDatabase<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Before migrations, as a superuser connected to the app's database: creates both roles (once),
 * makes the owner role own the database, its `public` schema and every object already in it
 * (databases migrated before the roles existed), and takes CREATE on `public` from everyone else.
 * Returns the owner's and the app's connection strings for the same database.
 */
export async function provisionRoles(superuserUrl: string): Promise<{ ownerUrl: string; appUrl: string }> {
  await onDatabase(superuserUrl, async (client) => {
    // Serialised: several starts (or tests) may provision the same cluster at once.
    await client.query("SELECT pg_advisory_lock(7236478)");
    try {
      for (const [role, password] of [
        [OWNER_ROLE, OWNER_PASSWORD],
        [APP_ROLE, APP_PASSWORD],
      ] as const) {
        const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
        const verb = exists.rowCount ? "ALTER" : "CREATE";
        await client.query(
          `${verb} ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${password}'`,
        );
      }
      const { rows } = await client.query<{ db: string }>("SELECT current_database() AS db");
      const database = rows[0]!.db;
      if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Unsafe database name: ${database}`);
      await client.query(`ALTER DATABASE ${database} OWNER TO ${OWNER_ROLE}`);
      await client.query(`ALTER SCHEMA public OWNER TO ${OWNER_ROLE}`);
      await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
      await client.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
      // Objects created earlier by the superuser (tables first: their sequences follow them).
      await client.query(`
        DO $$
        DECLARE item record;
        BEGIN
          FOR item IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                         AND pg_get_userbyid(c.relowner) <> '${OWNER_ROLE}' LOOP
            EXECUTE format('ALTER %s %s OWNER TO ${OWNER_ROLE}', CASE WHEN item.relkind IN ('v') THEN 'VIEW' WHEN item.relkind = 'm' THEN 'MATERIALIZED VIEW' WHEN item.relkind = 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, item.name);
          END LOOP;
          FOR item IN SELECT c.oid::regclass AS name FROM pg_class c
                       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
                         AND pg_get_userbyid(c.relowner) <> '${OWNER_ROLE}'
                         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')) LOOP
            EXECUTE format('ALTER SEQUENCE %s OWNER TO ${OWNER_ROLE}', item.name);
          END LOOP;
          FOR item IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                       WHERE p.pronamespace = 'public'::regnamespace AND pg_get_userbyid(p.proowner) <> '${OWNER_ROLE}' LOOP
            EXECUTE format('ALTER FUNCTION %s OWNER TO ${OWNER_ROLE}', item.name);
          END LOOP;
          FOR item IN SELECT t.oid::regtype AS name FROM pg_type t
                       WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd')
                         AND pg_get_userbyid(t.typowner) <> '${OWNER_ROLE}' LOOP
            EXECUTE format('ALTER TYPE %s OWNER TO ${OWNER_ROLE}', item.name);
          END LOOP;
        END $$`);
    } finally {
      await client.query("SELECT pg_advisory_unlock(7236478)");
    }
  });
  return {
    ownerUrl: withCredentials(superuserUrl, OWNER_ROLE, OWNER_PASSWORD),
    appUrl: withCredentials(superuserUrl, APP_ROLE, APP_PASSWORD),
  };
}

/**
 * After migrations, as the owner: the app may read and write rows of every table (and use their
 * sequences), append to the audit trail but never change it, and touch nothing of the migration
 * bookkeeping. Default privileges give the same to tables later migrations create.
 */
export async function grantAppPrivileges(ownerUrl: string): Promise<void> {
  await onDatabase(ownerUrl, async (client) => {
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    await client.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
    );
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`);
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "ActivityEvent" FROM ${APP_ROLE}`);
    await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${APP_ROLE}`);
    // Read-only, for GET /api/ready ("every migration of this build applied?").
    await client.query(`GRANT SELECT ON "_prisma_migrations" TO ${APP_ROLE}`);
  });
}
