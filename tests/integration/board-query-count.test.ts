import { beforeAll, describe, expect, it } from "vitest";
import { BOARD_WINDOW, loadBoard } from "@/server/queries/board";
import { makeUser, makeInitiative } from "../support/factories";
import { useCountingScratchDatabase, type QueryCounter } from "../support/counting-database";

let queries: QueryCounter;
beforeAll(async () => {
  queries = await useCountingScratchDatabase("board_queries");
});

async function countQueries(work: () => Promise<unknown>): Promise<number> {
  queries.reset();
  await work();
  return queries.count;
}

describe("the board's data", () => {
  it("loads with the same number of SQL queries for 10 and for 1,000 initiatives", async () => {
    const [cmo, m, i] = await Promise.all([makeUser("CMO"), makeUser("MARKETING"), makeUser("IT")]);
    const owners = { marketingOwnerId: m.id, itOwnerId: i.id, createdById: cmo.id };
    for (let n = 0; n < 10; n += 1) await makeInitiative(owners);
    const atTen = await countQueries(() => loadBoard(cmo, {}));
    const small = await loadBoard(cmo, {});
    expect(small.rows).toHaveLength(10);
    expect(small.total).toBe(10);

    const batch = 99;
    for (let n = 10; n < 1000; n += batch)
      await Promise.all(Array.from({ length: Math.min(batch, 1000 - n) }, () => makeInitiative(owners)));
    const atThousand = await countQueries(() => loadBoard(cmo, {}));
    const large = await loadBoard(cmo, {});
    // One window, never the whole list: the first BOARD_WINDOW (50) rows of 1,000.
    expect(large.total).toBe(1000);
    expect(BOARD_WINDOW).toBe(50);
    expect(large.rows.map((r) => r.rank)).toEqual(Array.from({ length: BOARD_WINDOW }, (_, k) => k + 1));
    const later = await loadBoard(cmo, {}, new Date(), { offset: 900, limit: 300 });
    expect(later.rows.map((r) => r.rank)).toEqual(Array.from({ length: 100 }, (_, k) => k + 901));
    const some = await loadBoard(cmo, {}, new Date(), { ids: [large.rows[5]!.id, later.rows[50]!.id] });
    expect(some.rows.map((r) => [r.rank, r.position])).toEqual([
      [6, 5],
      [951, 950],
    ]);
    // A live change reads the rows it names by id: each exactly as the list shows it, filtered or not
    // (rank on the whole list, position in the filtered one).
    for (const filter of [{}, { q: "0" }]) {
      const shown = await loadBoard(cmo, filter, new Date(), { offset: 30, limit: 40 });
      expect(shown.rows.length).toBeGreaterThan(10);
      const again = await loadBoard(cmo, filter, new Date(), { ids: shown.rows.map((row) => row.id) });
      expect(again.rows).toEqual(shown.rows);
    }
    expect(atThousand).toBe(atTen);
    expect(atTen).toBeLessThanOrEqual(8);
  }, 120_000);
});
