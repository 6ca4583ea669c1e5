// Each rule proven at the database alone: raw SQL, no app code in the way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { errorCodeOf, insertInitiative, insertUser, rawPool, uniqueRankKey } from "../support/raw-sql";

let pool: pg.Pool;
let marketing: string;
let it_: string;
let cmo: string;
let board: string;

beforeAll(async () => {
  pool = rawPool();
  [marketing, it_, cmo, board] = await Promise.all([
    insertUser(pool, "MARKETING"),
    insertUser(pool, "IT"),
    insertUser(pool, "CMO"),
    insertUser(pool, "BOARD"),
  ]);
});
afterAll(() => pool.end());

const NOT_NULL = "23502";
const CHECK = "23514";
const UNIQUE = "23505";

describe("an initiative's two owners", () => {
  it("is accepted with a marketing owner and an IT owner", async () => {
    const id = await insertInitiative(pool, { marketingOwnerId: marketing, itOwnerId: it_, createdById: cmo });
    const { rows } = await pool.query(`SELECT status FROM "Initiative" WHERE id = $1`, [id]);
    expect(rows[0].status).toBe("PROPOSED");
  });

  it("is refused without a marketing owner", async () => {
    expect(
      await errorCodeOf(insertInitiative(pool, { marketingOwnerId: null, itOwnerId: it_, createdById: cmo })),
    ).toBe(NOT_NULL);
  });

  it("is refused without an IT owner", async () => {
    expect(
      await errorCodeOf(insertInitiative(pool, { marketingOwnerId: marketing, itOwnerId: null, createdById: cmo })),
    ).toBe(NOT_NULL);
  });

  it("refuses a marketing staff member as IT owner", async () => {
    expect(
      await errorCodeOf(
        insertInitiative(pool, { marketingOwnerId: marketing, itOwnerId: marketing, createdById: cmo }),
      ),
    ).toBe("LV002");
  });

  it("refuses an IT staff member as marketing owner", async () => {
    expect(await errorCodeOf(insertInitiative(pool, { marketingOwnerId: it_, itOwnerId: it_, createdById: cmo }))).toBe(
      "LV001",
    );
  });

  it("refuses a board member as either owner", async () => {
    expect(
      await errorCodeOf(insertInitiative(pool, { marketingOwnerId: board, itOwnerId: it_, createdById: cmo })),
    ).toBe("LV001");
    expect(
      await errorCodeOf(insertInitiative(pool, { marketingOwnerId: marketing, itOwnerId: board, createdById: cmo })),
    ).toBe("LV002");
  });

  it("refuses an update that moves the IT owner to someone from marketing", async () => {
    const id = await insertInitiative(pool, { marketingOwnerId: marketing, itOwnerId: it_, createdById: cmo });
    expect(await errorCodeOf(pool.query(`UPDATE "Initiative" SET "itOwnerId" = $1 WHERE id = $2`, [cmo, id]))).toBe(
      "LV002",
    );
  });
});

describe("a role change", () => {
  it("is refused when it would leave an initiative with an owner on the wrong side", async () => {
    const owner = await insertUser(pool, "IT");
    await insertInitiative(pool, { marketingOwnerId: marketing, itOwnerId: owner, createdById: cmo });
    expect(await errorCodeOf(pool.query(`UPDATE "User" SET role = 'MARKETING' WHERE id = $1`, [owner]))).toBe("LV003");
    expect(await errorCodeOf(pool.query(`UPDATE "User" SET role = 'BOARD' WHERE id = $1`, [owner]))).toBe("LV003");
    const { rows } = await pool.query(`SELECT role FROM "User" WHERE id = $1`, [owner]);
    expect(rows[0].role).toBe("IT");
  });

  it("is allowed within the same side, and for people who own nothing", async () => {
    const owner = await insertUser(pool, "MARKETING");
    await insertInitiative(pool, { marketingOwnerId: owner, itOwnerId: it_, createdById: cmo });
    expect(await errorCodeOf(pool.query(`UPDATE "User" SET role = 'CMO' WHERE id = $1`, [owner]))).toBe("no error");
    const bystander = await insertUser(pool, "IT");
    expect(await errorCodeOf(pool.query(`UPDATE "User" SET role = 'BOARD' WHERE id = $1`, [bystander]))).toBe(
      "no error",
    );
  });
});

describe("ranking", () => {
  it("refuses two live initiatives with the same rank key", async () => {
    const key = uniqueRankKey();
    await insertInitiative(pool, { marketingOwnerId: marketing, itOwnerId: it_, createdById: cmo, rankKey: key });
    expect(
      await errorCodeOf(
        insertInitiative(pool, { marketingOwnerId: marketing, itOwnerId: it_, createdById: cmo, rankKey: key }),
      ),
    ).toBe(UNIQUE);
  });

  it("lets a done initiative keep a key that a live one now uses", async () => {
    const key = uniqueRankKey();
    const first = await insertInitiative(pool, {
      marketingOwnerId: marketing,
      itOwnerId: it_,
      createdById: cmo,
      rankKey: key,
    });
    await pool.query(`UPDATE "Initiative" SET status = 'DROPPED', "dropReason" = 'superseded' WHERE id = $1`, [first]);
    expect(
      await errorCodeOf(
        insertInitiative(pool, { marketingOwnerId: marketing, itOwnerId: it_, createdById: cmo, rankKey: key }),
      ),
    ).toBe("no error");
  });

  it('orders keys byte by byte (COLLATE "C"), as fractional indexing needs', async () => {
    const { rows } = await pool.query(
      `SELECT collation_name FROM information_schema.columns WHERE table_name = 'Initiative' AND column_name = 'rankKey'`,
    );
    expect(rows[0].collation_name).toBe("C");
  });
});

describe("progress", () => {
  it.each([-1, 101])("refuses %i on an initiative", async (progress) => {
    expect(
      await errorCodeOf(
        insertInitiative(pool, { marketingOwnerId: marketing, itOwnerId: it_, createdById: cmo, progress }),
      ),
    ).toBe(CHECK);
  });

  it("accepts 0 and 100", async () => {
    for (const progress of [0, 100]) {
      expect(
        await errorCodeOf(
          insertInitiative(pool, { marketingOwnerId: marketing, itOwnerId: it_, createdById: cmo, progress }),
        ),
      ).toBe("no error");
    }
  });

  it("refuses 101 on a status update", async () => {
    const id = await insertInitiative(pool, { marketingOwnerId: marketing, itOwnerId: it_, createdById: cmo });
    const insert = pool.query(
      `INSERT INTO "StatusUpdate" (id, "initiativeId", "authorId", health, progress, body) VALUES (gen_random_uuid(), $1, $2, 'ON_TRACK', 101, 'x')`,
      [id, marketing],
    );
    expect(await errorCodeOf(insert)).toBe(CHECK);
  });
});

describe("closing and agreeing an initiative", () => {
  const initiative = () => insertInitiative(pool, { marketingOwnerId: marketing, itOwnerId: it_, createdById: cmo });
  const set = (id: string, assignments: string, values: unknown[] = []) =>
    errorCodeOf(pool.query(`UPDATE "Initiative" SET ${assignments} WHERE id = $1`, [id, ...values]));

  it("refuses DONE without an outcome note, or with a blank one, and accepts it with one", async () => {
    // The way there the workflow allows (the status trigger refuses a jump): signed, agreed, in progress.
    const id = await initiative();
    const cio = await insertUser(pool, "CIO");
    await pool.query(
      `UPDATE "Initiative" SET status = 'AGREED', "marketingApprovedAt" = now(), "marketingApprovedById" = $2, "itApprovedAt" = now(), "itApprovedById" = $3 WHERE id = $1`,
      [id, cmo, cio],
    );
    await pool.query(`UPDATE "Initiative" SET status = 'IN_PROGRESS' WHERE id = $1`, [id]);
    expect(await set(id, `status = 'DONE'`)).toBe(CHECK);
    expect(await set(id, `status = 'DONE', "outcomeNote" = '  '`)).toBe(CHECK);
    expect(await set(id, `status = 'DONE', "outcomeNote" = $2`, ["NPS +3"])).toBe("no error");
  });

  it("refuses DROPPED without a reason, or with a blank one, and accepts it with one", async () => {
    const id = await initiative();
    expect(await set(id, `status = 'DROPPED'`)).toBe(CHECK);
    expect(await set(id, `status = 'DROPPED', "dropReason" = ' '`)).toBe(CHECK);
    expect(await set(id, `status = 'DROPPED', "dropReason" = $2`, ["Superseded"])).toBe("no error");
  });

  it("refuses AGREED without both sign-offs, and accepts it with both", async () => {
    const id = await initiative();
    expect(await set(id, `status = 'AGREED'`)).toBe(CHECK);
    expect(await set(id, `status = 'AGREED', "marketingApprovedAt" = now(), "marketingApprovedById" = $2`, [cmo])).toBe(
      CHECK,
    );
    expect(await set(id, `status = 'AGREED', "itApprovedAt" = now()`)).toBe(CHECK);
    expect(await set(id, `status = 'AGREED', "marketingApprovedAt" = now(), "itApprovedAt" = now()`)).toBe("no error");
  });
});

describe("the activity log", () => {
  async function insertEvent(): Promise<string> {
    const { rows } = await pool.query(
      `INSERT INTO "ActivityEvent" ("actorId", action, "entityType") VALUES ($1, 'test.event', 'test') RETURNING id`,
      [cmo],
    );
    return String(rows[0].id);
  }

  it("accepts new events", async () => {
    expect(await insertEvent()).toMatch(/^\d+$/);
  });

  it("refuses UPDATE of an event", async () => {
    const id = await insertEvent();
    expect(await errorCodeOf(pool.query(`UPDATE "ActivityEvent" SET action = 'forged' WHERE id = $1`, [id]))).toBe(
      "LV004",
    );
  });

  it("refuses DELETE of an event", async () => {
    const id = await insertEvent();
    expect(await errorCodeOf(pool.query(`DELETE FROM "ActivityEvent" WHERE id = $1`, [id]))).toBe("LV004");
    const { rowCount } = await pool.query(`SELECT 1 FROM "ActivityEvent" WHERE id = $1`, [id]);
    expect(rowCount).toBe(1);
  });

  it("refuses TRUNCATE", async () => {
    expect(await errorCodeOf(pool.query(`TRUNCATE "ActivityEvent"`))).toBe("LV004");
  });
});

describe("accounts", () => {
  it("refuses a second account whose email differs only in case", async () => {
    const insert = pool.query(
      `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES (gen_random_uuid(), 'Mixed@Case.example', 'x', 'IT', now())`,
    );
    expect(await errorCodeOf(insert)).toBe(CHECK);
  });
});
