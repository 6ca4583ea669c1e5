// The embedded database's roles (`npm start`): migrations as an owner role, the app as a role that
// can read and write rows and nothing more.
import { describe, expect, it } from "vitest";
import pg from "pg";
import { APP_ROLE, grantAppPrivileges, OWNER_ROLE, provisionRoles } from "../../scripts/lib/database-roles.ts";
import { migrate } from "../../scripts/lib/migrator.ts";
import { emptyDatabase, errorCodeOf, scratchDatabase } from "../support/raw-sql";

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function expectLeastPrivilege(appUrl: string) {
  await withClient(appUrl, async (app) => {
    const { rows } = await app.query<{ rolsuper: boolean; user: string; owner: string }>(
      `SELECT r.rolsuper, current_user AS user, pg_get_userbyid(d.datdba) AS owner
         FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, user: APP_ROLE, owner: OWNER_ROLE });
    // Rows: yes.
    const inserted = await app.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES (gen_random_uuid(), 'least-' || gen_random_uuid() || '@test.example', 'Least', 'BOARD', now()) RETURNING id`,
    );
    await app.query(`UPDATE "User" SET name = 'Least Privilege' WHERE id = $1`, [inserted.rows[0]!.id]);
    await app.query(`INSERT INTO "ActivityEvent" (action, "entityType") VALUES ('test.event', 'test')`);
    // Structure, the audit trail and the migration bookkeeping: no.
    expect(await errorCodeOf(app.query(`DROP TABLE "Comment"`))).toBe("42501");
    expect(await errorCodeOf(app.query(`ALTER TABLE "User" ADD COLUMN sneaky text`))).toBe("42501");
    expect(await errorCodeOf(app.query(`CREATE TABLE sneaky (id int)`))).toBe("42501");
    expect(await errorCodeOf(app.query(`DELETE FROM "ActivityEvent"`))).toBe("42501");
    // The migration bookkeeping is read-only (GET /api/ready reads it), never written.
    expect(await errorCodeOf(app.query(`SELECT migration_name FROM "_prisma_migrations" LIMIT 1`))).toBe("no error");
    expect(await errorCodeOf(app.query(`DELETE FROM "_prisma_migrations"`))).toBe("42501");
    expect(await errorCodeOf(app.query(`CREATE ROLE sneaky SUPERUSER`))).toBe("42501");
  });
}

describe("the embedded database's roles", () => {
  it("migrate a new database as the owner and give the app a non-superuser role that can only read and write rows", async () => {
    const { ownerUrl, appUrl } = await provisionRoles(await emptyDatabase("roles_new"));
    const result = await migrate(ownerUrl);
    expect(result.applied.length).toBeGreaterThan(0);
    await grantAppPrivileges(ownerUrl);
    await withClient(ownerUrl, async (owner) => {
      const { rows } = await owner.query<{ owner: string }>(
        `SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relnamespace = 'public'::regnamespace`,
      );
      expect(rows.map((row) => row.owner)).toEqual([OWNER_ROLE]);
    });
    await expectLeastPrivilege(appUrl);
  });

  it("take over a database that a superuser migrated before the roles existed", async () => {
    const { ownerUrl, appUrl } = await provisionRoles(await scratchDatabase("roles_old"));
    expect((await migrate(ownerUrl)).applied).toEqual([]);
    await grantAppPrivileges(ownerUrl);
    await expectLeastPrivilege(appUrl);
  });
});
