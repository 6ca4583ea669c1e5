import { generateKeyBetween } from "fractional-indexing";
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

/**
 * Writes an initiative straight into the e2e database (for titles no form can type, such as one
 * with a line break). Owners and creator by email; returns its id. Use a non-live status
 * (DROPPED, with a reason) unless the test means to change the board's order.
 */
export async function insertE2eInitiative(row: {
  title: string;
  marketingEmail: string;
  itEmail: string;
  status?: "PROPOSED" | "DROPPED";
  dropReason?: string;
}): Promise<string> {
  const [inserted] = await queryE2eDatabase<{ id: string }>(
    `INSERT INTO "Initiative" (id, title, lever, "marketingOwnerId", "itOwnerId", "createdById", "rankKey", status, "dropReason", "updatedAt")
     SELECT gen_random_uuid(), $1, 'METRICS', m.id, i.id, m.id, 'a0' || replace(gen_random_uuid()::text, '-', '') || 'V', $2::"InitiativeStatus", $3, now()
       FROM "User" m, "User" i WHERE m.email = $4 AND i.email = $5
     RETURNING id`,
    [
      row.title,
      row.status ?? "DROPPED",
      row.status === "PROPOSED" ? null : (row.dropReason ?? "Inserted by an e2e test"),
      row.marketingEmail,
      row.itEmail,
    ],
  );
  if (!inserted) throw new Error(`No users ${row.marketingEmail} / ${row.itEmail} in the e2e database`);
  return inserted.id;
}

/**
 * An AGREED initiative, ready and signed by the demo CMO and CIO, at the bottom of the ranked list,
 * with a multi-line description. Returns its id. The random middle of its rank key keeps two
 * workers inserting at the same moment from choosing the same key.
 */
export async function insertAgreedE2eInitiative(title: string): Promise<string> {
  const [inserted] = await queryE2eDatabase<{ id: string }>(
    `INSERT INTO "Initiative" (id, title, description, lever, "marketingOwnerId", "itOwnerId", "createdById", "rankKey", status,
                               "requirementsDetail", "successMeasure", "riskLevel", "riskNote", "standardsReview", "standardsReviewedById", "standardsReviewedAt",
                               "marketingApprovedById", "marketingApprovedAt", "itApprovedById", "itApprovedAt", "targetDate", "updatedAt")
     SELECT gen_random_uuid(), $1, E'First line.\\n\\n- a point\\n- another point', 'PROCESSES', m.id, i.id, m.id,
            (SELECT max("rankKey") FROM "Initiative") || 'V' || replace(gen_random_uuid()::text, '-', '') || 'V', 'AGREED',
            'Order events from the shop system', 'NPS +5', 'LOW', 'Known vendor', 'PASSED', i.id, now(),
            cmo.id, now(), cio.id, now(), DATE '2027-05-01', now()
       FROM "User" m, "User" i, "User" cmo, "User" cio
      WHERE m.email = 'marketing1@levers.example' AND i.email = 'it1@levers.example' AND cmo.email = 'cmo@levers.example' AND cio.email = 'cio@levers.example'
     RETURNING id`,
    [title],
  );
  if (!inserted) throw new Error("No demo users in the e2e database");
  return inserted.id;
}

/**
 * Inserts a live proposal (unscored, so a move of it needs no reason) at position 2 of the ranked
 * list, between the first two live keys; returns its title. Every row below moves down one place, as
 * with any move to the top: only for reorder.spec.ts, whose tests run one after another, and for
 * tests elsewhere that compare ranks rather than expect a number.
 */
export async function insertLiveSecond(title: string, owners: { marketing: string; it: string }): Promise<string> {
  const keys = await queryE2eDatabase<{ key: string }>(
    `SELECT "rankKey" AS key FROM "Initiative" WHERE status IN ('PROPOSED', 'AGREED', 'IN_PROGRESS')
      ORDER BY "rankKey" COLLATE "C" LIMIT 2`,
  );
  await queryE2eDatabase(
    `INSERT INTO "Initiative" (id, title, lever, "marketingOwnerId", "itOwnerId", "createdById", "rankKey", status, "updatedAt")
     SELECT gen_random_uuid(), $1, 'METRICS', m.id, i.id, m.id, $2, 'PROPOSED', now() FROM "User" m, "User" i WHERE m.email = $3 AND i.email = $4`,
    [title, generateKeyBetween(keys[0]?.key ?? null, keys[1]?.key ?? null), owners.marketing, owners.it],
  );
  return title;
}

/**
 * New live initiatives at the very bottom of the ranked list, in the order given (owned by the demo
 * marketing and IT people), so that no other test's ranks move. Returns their titles.
 */
export async function insertLiveAtTheBottom(
  titles: string[],
  owners: { marketing: string; it: string },
): Promise<string[]> {
  for (const title of titles) {
    // A parallel test may take the same next key at the same moment: the unique index refuses one
    // of the two, which then reads the last key again.
    for (let attempt = 1; ; attempt += 1) {
      const [last] = await queryE2eDatabase<{ key: string | null }>(
        `SELECT max("rankKey" COLLATE "C") AS key FROM "Initiative" WHERE status IN ('PROPOSED', 'AGREED', 'IN_PROGRESS')`,
      );
      try {
        await queryE2eDatabase(
          `INSERT INTO "Initiative" (id, title, lever, "marketingOwnerId", "itOwnerId", "createdById", "rankKey", status, "updatedAt")
           SELECT gen_random_uuid(), $1, 'METRICS', m.id, i.id, m.id, $2, 'PROPOSED', now() FROM "User" m, "User" i WHERE m.email = $3 AND i.email = $4`,
          [title, generateKeyBetween(last?.key ?? null, null), owners.marketing, owners.it],
        );
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== "23505" || attempt >= 5) throw error;
      }
    }
  }
  return titles;
}
