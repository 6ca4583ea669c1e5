import pg from "pg";

/** A read of the e2e database, to check what a request did or did not write. */
export async function queryE2eDatabase<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const connectionString = process.env.E2E_DATABASE_URL;
  if (!connectionString) throw new Error("E2E_DATABASE_URL is not set: run the e2e tests through `npm test`.");
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function userExists(email: string): Promise<boolean> {
  return (await queryE2eDatabase(`SELECT 1 FROM "User" WHERE email = $1`, [email.toLowerCase()])).length > 0;
}
