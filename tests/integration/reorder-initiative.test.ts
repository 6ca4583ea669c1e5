// Moving initiatives on the ranked list, on a database of its own (so every row is known).
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { evenKeys, isStrictlyIncreasing, MAX_KEY_LENGTH } from "@/lib/ranking";
import { db } from "@/server/db";
import { DomainError } from "@/server/domain/errors";
import { reorderInitiative } from "@/server/domain/initiatives/reorder-initiative";
import { ctxFor, makeUser } from "../support/factories";
import { useOwnDatabase, uniqueRankKey } from "../support/raw-sql";
import {
  changedRows,
  clearLiveList,
  dropInitiative,
  liveIds,
  liveList,
  makeList,
  moveInModel,
  snapshot,
  type Owners,
} from "../support/ranking";

let cmo: { id: string; role: Role };
let cio: { id: string; role: Role };
let owners: Owners;
let list: string[]; // A B C D E, fresh for every test

beforeAll(async () => {
  await useOwnDatabase("reorder");
  [cmo, cio] = await Promise.all([makeUser("CMO"), makeUser("CIO")]);
  owners = { marketingOwnerId: cmo.id, itOwnerId: cio.id, createdById: cmo.id };
});

beforeEach(async () => {
  await clearLiveList();
  list = await makeList(owners, evenKeys(5));
});

const moveEvents = (id: string) =>
  db().activityEvent.findMany({ where: { action: "initiative.moved", initiativeId: id }, orderBy: { id: "asc" } });
const outcome = (work: Promise<unknown>) =>
  work.then(
    () => "ok",
    (error: unknown) => (error instanceof DomainError ? `${error.code}: ${error.messageKey}` : String(error)),
  );

describe("moving an initiative", () => {
  it("puts it at the top, at the bottom, or in the middle, and says where it came from", async () => {
    const [a, b, c, d, e] = list as [string, string, string, string, string];
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: d, position: 1 })).toEqual({ from: 4, to: 1 });
    expect(await liveIds()).toEqual([d, a, b, c, e]);
    expect(await reorderInitiative(ctxFor(cio), { initiativeId: a, position: 5 })).toEqual({ from: 2, to: 5 });
    expect(await liveIds()).toEqual([d, b, c, e, a]);
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: a, position: 3 })).toEqual({ from: 5, to: 3 });
    expect(await liveIds()).toEqual([d, b, a, c, e]);
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: d, position: 99 })).toEqual({ from: 1, to: 5 });
    expect(await liveIds()).toEqual([b, a, c, e, d]);
  });

  it("by a number of places from where it is now ('Move up' is -1), clamped to the list's ends", async () => {
    const [a, b, c, d, e] = list as [string, string, string, string, string];
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: c, by: -1 })).toEqual({ from: 3, to: 2 });
    expect(await liveIds()).toEqual([a, c, b, d, e]);
    expect(await reorderInitiative(ctxFor(cio), { initiativeId: c, by: 2 })).toEqual({ from: 2, to: 4 });
    expect(await liveIds()).toEqual([a, b, d, c, e]);
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: b, by: -10 })).toEqual({ from: 2, to: 1 });
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: d, by: 10 })).toEqual({ from: 3, to: 5 });
    expect(await liveIds()).toEqual([b, a, c, e, d]);
    // Already at the top: nothing to do.
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: b, by: -1 })).toEqual({ from: 1, to: 1 });
  });

  it("one place up from its real place when the mover's list was a change behind", async () => {
    const [a, b, c, d, e] = list as [string, string, string, string, string];
    // A board shows D at 4, under C. Someone else drops A: D is now at 3. "Move up" still puts D above C.
    await dropInitiative(a);
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: d, by: -1 })).toEqual({ from: 3, to: 2 });
    expect(await liveIds()).toEqual([b, d, c, e]);
  });

  it("dropped on a row, takes that row's place: before it moving up, after it moving down", async () => {
    const [a, b, c, d, e] = list as [string, string, string, string, string];
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: e, at: b })).toEqual({ from: 5, to: 2 });
    expect(await liveIds()).toEqual([a, e, b, c, d]);
    expect(await reorderInitiative(ctxFor(cio), { initiativeId: a, at: c })).toEqual({ from: 1, to: 4 });
    expect(await liveIds()).toEqual([e, b, c, a, d]);
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: c, at: c })).toEqual({ from: 3, to: 3 });
    // At either end of the list.
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: d, at: e })).toEqual({ from: 5, to: 1 });
    expect(await liveIds()).toEqual([d, e, b, c, a]);
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: e, at: a })).toEqual({ from: 2, to: 5 });
    expect(await liveIds()).toEqual([d, b, c, a, e]);
  });

  it("dropped on a row by a board a change behind, still lands next to that row", async () => {
    const [a, b, c, d, e] = list as [string, string, string, string, string];
    // The board shows E at 5 and drops it on C (at 3 on screen); someone else has dropped A meanwhile.
    await dropInitiative(a);
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: e, at: c })).toEqual({ from: 4, to: 2 });
    expect(await liveIds()).toEqual([b, e, c, d]);
    // Moving down, it goes just below the row it was dropped on.
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: b, at: d })).toEqual({ from: 1, to: 4 });
    expect(await liveIds()).toEqual([e, c, d, b]);
  });

  it("dropped on a row that has left the list, is refused as a conflict that tells the board it is behind", async () => {
    const [a, , , , e] = list as [string, string, string, string, string];
    await dropInitiative(a);
    const before = await snapshot();
    const error = await reorderInitiative(ctxFor(cmo), { initiativeId: e, at: a }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "conflict", messageKey: "reorder.neighbourGone", data: { listBehind: "yes" } });
    expect(changedRows(before, await snapshot())).toEqual([]);
  });

  it("needs exactly one of a position, a number of places and a row, and says which field is wrong", async () => {
    const before = await snapshot();
    const id = list[2]!;
    const refusal = (input: { position?: number; by?: number; at?: string }) =>
      reorderInitiative(ctxFor(cmo), { initiativeId: id, ...input }).then(
        () => "moved",
        (error: unknown) => (error instanceof DomainError ? [error.code, error.fieldErrors] : String(error)),
      );
    expect(await refusal({})).toEqual(["invalid", { position: "validation.position" }]);
    expect(await refusal({ position: 1.5 })).toEqual(["invalid", { position: "validation.position" }]);
    for (const by of [0, 0.5, 1e20]) expect(await refusal({ by })).toEqual(["invalid", { by: "validation.step" }]);
    expect(await refusal({ position: 1, by: -1 })).toEqual(["invalid", { by: "validation.step" }]);
    expect(await refusal({ by: -1, at: list[0]! })).toEqual(["invalid", { at: "validation.invalid" }]);
    expect(await refusal({ at: "row 3" })).toEqual(["invalid", { at: "validation.invalid" }]);
    expect(changedRows(before, await snapshot())).toEqual([]);
  });

  it("writes one row, the moved one (new key, same version: a move never makes an open edit stale), and no other", async () => {
    const before = await snapshot();
    await reorderInitiative(ctxFor(cmo), { initiativeId: list[4]!, position: 2 });
    expect(changedRows(before, await snapshot())).toEqual([list[4]]);
    const moved = await db().initiative.findUniqueOrThrow({ where: { id: list[4]! } });
    expect(moved.version).toBe(1);
    const keys = (await liveList()).map((row) => row.rankKey);
    expect(keys.slice(0, 1).concat(keys.slice(2))).toEqual(evenKeys(5).slice(0, 4)); // the others kept their keys
  });

  it("keeps the reason in the history with the positions before and after", async () => {
    await reorderInitiative(ctxFor(cio), {
      initiativeId: list[3]!,
      position: 1,
      reason: "  The board asked for it first  ",
    });
    const [event] = await moveEvents(list[3]!);
    expect(event).toMatchObject({
      actorId: cio.id,
      entityType: "initiative",
      entityId: list[3],
      changes: { rank: { before: 4, after: 1 }, reason: "The board asked for it first" },
      origin: { ip: "127.0.0.1", userAgent: "vitest" },
    });
    await reorderInitiative(ctxFor(cmo), { initiativeId: list[3]!, position: 2 });
    expect((await moveEvents(list[3]!))[1]?.changes).toEqual({ rank: { before: 1, after: 2 } });
  });

  it("to its own position changes nothing and records nothing", async () => {
    const before = await snapshot();
    expect(await reorderInitiative(ctxFor(cmo), { initiativeId: list[2]!, position: 3, reason: "no-op" })).toEqual({
      from: 3,
      to: 3,
    });
    expect(changedRows(before, await snapshot())).toEqual([]);
    expect(await moveEvents(list[2]!)).toEqual([]);
  });

  it("is refused to everyone but the CMO and the CIO, and then nothing changes", async () => {
    const before = await snapshot();
    const eventsBefore = await db().activityEvent.count();
    for (const role of ["BOARD", "MARKETING", "IT", "ADMIN"] as const) {
      const actor = await makeUser(role);
      expect(await outcome(reorderInitiative(ctxFor(actor), { initiativeId: list[4]!, position: 1 })), role).toBe(
        "forbidden: errors.forbidden",
      );
    }
    expect(await outcome(reorderInitiative(ctxFor(null), { initiativeId: list[4]!, position: 1 }))).toBe(
      "unauthenticated: errors.unauthenticated",
    );
    expect(changedRows(before, await snapshot())).toEqual([]);
    expect(await db().activityEvent.count()).toBe(eventsBefore);
  });

  it("refuses an initiative that is no longer live, or does not exist", async () => {
    await dropInitiative(list[1]!);
    expect(await outcome(reorderInitiative(ctxFor(cmo), { initiativeId: list[1]!, position: 1 }))).toBe(
      "conflict: reorder.notLive",
    );
    expect(await outcome(reorderInitiative(ctxFor(cmo), { initiativeId: randomUUID(), position: 1 }))).toBe(
      "not_found: errors.notFound",
    );
  });

  it("refuses a reason longer than 280 characters on the reason field, and takes one of exactly 280", async () => {
    const refused = await reorderInitiative(ctxFor(cmo), {
      initiativeId: list[1]!,
      position: 1,
      reason: "x".repeat(281),
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({
      code: "invalid",
      messageKey: "errors.checkFields",
      fieldErrors: { reason: "validation.reasonTooLong" },
    });
    expect(await liveIds()).toEqual(list);
    expect(
      await reorderInitiative(ctxFor(cmo), { initiativeId: list[1]!, position: 1, reason: "x".repeat(280) }),
    ).toEqual({ from: 2, to: 1 });
  });
});

describe("rebalancing", () => {
  it("rewrites every key evenly, in the same order, before keys grow past MAX_KEY_LENGTH", async () => {
    let model = [...list];
    let rebalances = 0;
    for (let move = 0; move < 100; move += 1) {
      const before = await snapshot();
      const last = model.at(-1)!;
      await reorderInitiative(ctxFor(cmo), { initiativeId: last, position: 2 }); // always into the same gap
      model = moveInModel(model, last, 2);
      const changed = changedRows(before, await snapshot());
      if (changed.length > 1) rebalances += 1;
      else expect(changed).toEqual([last]);
      const rows = await liveList();
      expect(rows.map((row) => row.id)).toEqual(model);
      expect(rows.every((row) => row.rankKey.length <= MAX_KEY_LENGTH)).toBe(true);
    }
    expect(rebalances).toBeGreaterThanOrEqual(1);
    // Right after a rebalance keys are as short as fresh ones; each one wrote one event.
    expect(await db().activityEvent.count({ where: { action: "initiative.moved", initiativeId: { in: list } } })).toBe(
      100,
    );
  });

  it("also repairs keys that were written too long by hand, keeping the order", async () => {
    await clearLiveList();
    const keys = Array.from({ length: 4 }, () => uniqueRankKey()).sort();
    const ids = await makeList(owners, keys);
    await reorderInitiative(ctxFor(cmo), { initiativeId: ids[3]!, position: 2 });
    const rows = await liveList();
    expect(rows.map((row) => row.id)).toEqual([ids[0], ids[3], ids[1], ids[2]]);
    expect(rows.map((row) => row.rankKey)).toEqual(evenKeys(4));
  });
});

describe("concurrent moves", () => {
  it("by the CMO and the CIO at once, all to the top, never tie and never lose an item", async () => {
    // Without the ranking lock these would all compute the same key before the first item.
    const movers = list.slice(1);
    const results = await Promise.all(
      movers.map((id, index) => reorderInitiative(ctxFor(index % 2 ? cio : cmo), { initiativeId: id, position: 1 })),
    );
    expect(results.every((result) => result.to === 1)).toBe(true);
    const rows = await liveList();
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(list));
    expect(rows.at(-1)?.id).toBe(list[0]); // everyone else went above it
    expect(isStrictlyIncreasing(rows.map((row) => row.rankKey))).toBe(true);
    expect(
      await db().activityEvent.count({ where: { action: "initiative.moved", initiativeId: { in: movers } } }),
    ).toBe(4);
  });
});
