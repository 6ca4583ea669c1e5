import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import pg from "pg";
import { boardChanges } from "@/server/live/board-changes";
import { ctxFor, makeInitiative, makeUser } from "../support/factories";
import { postComment } from "@/server/domain/initiatives/post-update";

interface Payload {
  t: string;
  ids: string[] | "*";
}

/** Every notification the client hears from now on (other tests write meanwhile: look for yours). */
function collect(client: pg.Client): Payload[] {
  const heard: Payload[] = [];
  client.on("notification", (message) => heard.push(JSON.parse(message.payload ?? "{}") as Payload));
  return heard;
}
const naming = (heard: Payload[], id: string) =>
  heard.filter((payload) => Array.isArray(payload.ids) && payload.ids.includes(id));

describe("the live board", () => {
  it("is told by Postgres itself, at commit, which initiative changed (itself or its discussion)", async () => {
    const listener = new pg.Client({ connectionString: inject("databaseUrl") });
    await listener.connect();
    try {
      await listener.query("LISTEN levers_board");
      const heard = collect(listener);
      const [cmo, m, i] = await Promise.all([makeUser("CMO"), makeUser("MARKETING"), makeUser("IT")]);
      const initiative = await makeInitiative({ marketingOwnerId: m.id, itOwnerId: i.id, createdById: cmo.id });
      await expect
        .poll(() => naming(heard, initiative.id), { timeout: 5000 })
        .toContainEqual({ t: "Initiative", ids: [initiative.id] });
      heard.length = 0;
      await postComment(ctxFor(m), { initiativeId: initiative.id, body: "Ready for the CIO" });
      await expect
        .poll(() => naming(heard, initiative.id).map((payload) => payload.t), { timeout: 5000 })
        .toContain("Comment");
    } finally {
      await listener.end();
    }
  });

  it("fans one LISTEN connection out to every subscriber of this app instance", async () => {
    const received: string[][] = [[], []];
    const named: string[] = [];
    const first = boardChanges().subscribe((event) => {
      if (event.type !== "change") return;
      received[0]!.push(event.table);
      if (Array.isArray(event.ids)) named.push(...event.ids);
    });
    const second = boardChanges().subscribe((event) => event.type === "change" && received[1]!.push(event.table));
    try {
      await expect.poll(() => boardChanges().status(), { timeout: 5000 }).toBe("live"); // LISTEN is set up on first subscribe
      const [cmo, m, i] = await Promise.all([makeUser("CMO"), makeUser("MARKETING"), makeUser("IT")]);
      const initiative = await makeInitiative({ marketingOwnerId: m.id, itOwnerId: i.id, createdById: cmo.id });
      await expect
        .poll(() => received.map((list) => list.includes("Initiative")), { timeout: 5000 })
        .toEqual([true, true]);
      expect(named).toContain(initiative.id);
    } finally {
      first();
      second();
    }
  });

  it("names every initiative a statement changed, and says 'any' when a statement changes more than 100", async () => {
    const listener = new pg.Client({ connectionString: inject("databaseUrl") });
    await listener.connect();
    try {
      const [cmo, m, i] = await Promise.all([makeUser("CMO"), makeUser("MARKETING"), makeUser("IT")]);
      const [a, b] = await Promise.all(
        [0, 1].map(() => makeInitiative({ marketingOwnerId: m.id, itOwnerId: i.id, createdById: cmo.id })),
      );
      await listener.query("LISTEN levers_board");
      const heard = collect(listener);
      await listener.query(`UPDATE "Initiative" SET progress = progress WHERE id = ANY($1::uuid[])`, [[a!.id, b!.id]]);
      await expect
        .poll(() => naming(heard, a!.id).map((payload) => [...payload.ids].sort()), { timeout: 5000 })
        .toContainEqual([a!.id, b!.id].sort());
      heard.length = 0;
      await listener.query(
        `INSERT INTO "Initiative" (id, title, lever, "marketingOwnerId", "itOwnerId", "createdById", "rankKey", status, "dropReason", "updatedAt")
         SELECT gen_random_uuid(), 'Bulk ' || n, 'METRICS', $1, $2, $3, 'a0' || replace(gen_random_uuid()::text, '-', '') || 'V', 'DROPPED', 'Bulk load', now()
           FROM generate_series(1, 101) n`,
        [m.id, i.id, cmo.id],
      );
      await expect.poll(() => heard, { timeout: 5000 }).toContainEqual({ t: "Initiative", ids: "*" });
    } finally {
      await listener.end();
    }
  });
});
