import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import pg from "pg";
import { boardChanges } from "@/server/live/board-changes";
import { ctxFor, makeInitiative, makeUser } from "../support/factories";
import { postComment } from "@/server/domain/initiatives/post-update";

function nextNotification(client: pg.Client, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no notification")), timeoutMs);
    client.once("notification", (message) => {
      clearTimeout(timer);
      resolve(message.payload ?? "");
    });
  });
}

describe("the live board", () => {
  it("is told by Postgres itself, at commit, when an initiative or its discussion changes", async () => {
    const listener = new pg.Client({ connectionString: inject("databaseUrl") });
    await listener.connect();
    try {
      await listener.query("LISTEN levers_board");
      const [cmo, m, i] = await Promise.all([makeUser("CMO"), makeUser("MARKETING"), makeUser("IT")]);
      const inserted = nextNotification(listener);
      const initiative = await makeInitiative({ marketingOwnerId: m.id, itOwnerId: i.id, createdById: cmo.id });
      expect(await inserted).toBe("Initiative");
      const commented = nextNotification(listener);
      await postComment(ctxFor(m), { initiativeId: initiative.id, body: "Ready for the CIO" });
      expect(["Comment", "Initiative"]).toContain(await commented);
    } finally {
      await listener.end();
    }
  });

  it("fans one LISTEN connection out to every subscriber of this app instance", async () => {
    const received: string[][] = [[], []];
    const first = boardChanges().subscribe((event) => event.type === "change" && received[0]!.push(event.table));
    const second = boardChanges().subscribe((event) => event.type === "change" && received[1]!.push(event.table));
    try {
      await expect.poll(() => boardChanges().status(), { timeout: 5000 }).toBe("live"); // LISTEN is set up on first subscribe
      const [cmo, m, i] = await Promise.all([makeUser("CMO"), makeUser("MARKETING"), makeUser("IT")]);
      await makeInitiative({ marketingOwnerId: m.id, itOwnerId: i.id, createdById: cmo.id });
      await expect.poll(() => received.map((list) => list.includes("Initiative")), { timeout: 5000 }).toEqual([true, true]);
    } finally {
      first();
      second();
    }
  });
});
