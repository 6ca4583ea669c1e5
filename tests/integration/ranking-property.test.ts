// Property: whatever sequence of inserts, moves and drops (some of them at the same moment), the
// live list keeps strictly increasing, unique keys under COLLATE "C", loses no item, keeps keys no
// longer than MAX_KEY_LENGTH, and (when steps run one after another) matches a model list exactly.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { evenKeys, isStrictlyIncreasing, MAX_KEY_LENGTH } from "@/lib/ranking";
import { DomainError } from "@/server/domain/errors";
import { reorderInitiative } from "@/server/domain/initiatives/reorder-initiative";
import { ctxFor, makeUser } from "../support/factories";
import { useOwnDatabase } from "../support/raw-sql";
import {
  clearLiveList,
  dropInitiative,
  insertAtBottom,
  liveList,
  makeList,
  moveInModel,
  type Owners,
} from "../support/ranking";

type Op = { kind: "insert" } | { kind: "move"; pick: number; position: number } | { kind: "drop"; pick: number };
type Step = Op | { kind: "together"; ops: Op[] };

const position = fc.integer({ min: 0, max: 12 }); // 0 and past-the-end positions test the clamping
const pick = fc.nat({ max: 1000 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.constant({ kind: "insert" as const }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("move" as const), pick, position }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant("drop" as const), pick }), weight: 1 },
);
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: op, weight: 4 },
  {
    arbitrary: fc.record({ kind: fc.constant("together" as const), ops: fc.array(op, { minLength: 2, maxLength: 5 }) }),
    weight: 1,
  },
);
/** Either a fresh list, or one whose keys are already MAX_KEY_LENGTH long (any move between them rebalances). */
const start = fc.oneof(
  fc.integer({ min: 0, max: 6 }).map((n) => evenKeys(n)),
  fc
    .integer({ min: 2, max: 8 })
    .map((n) => Array.from({ length: n }, (_, i) => `a0${"0".repeat(MAX_KEY_LENGTH - 3)}${i + 1}`)),
);

let owners: Owners;
let actors: { id: string; role: Role }[];

beforeAll(async () => {
  await useOwnDatabase("ranking_property");
  const [cmo, cio] = await Promise.all([makeUser("CMO"), makeUser("CIO")]);
  owners = { marketingOwnerId: cmo.id, itOwnerId: cio.id, createdById: cmo.id };
  actors = [cmo, cio];
});

/** Runs one operation against the database; returns the model after it (as if it ran alone). */
async function run(operation: Op, model: string[], index: number): Promise<string[]> {
  const target = model.length ? model[(operation.kind === "insert" ? 0 : operation.pick) % model.length]! : null;
  if (operation.kind === "insert") return [...model, await insertAtBottom(owners, `Step ${index}`)];
  if (!target) return model;
  if (operation.kind === "drop") {
    await dropInitiative(target);
    return model.filter((id) => id !== target);
  }
  await reorderInitiative(ctxFor(actors[index % 2]!), { initiativeId: target, position: operation.position });
  return moveInModel(model, target, operation.position);
}

/** The invariants of the live list; returns its ids in order. */
async function checkList(): Promise<string[]> {
  const rows = await liveList(); // ORDER BY "rankKey" under COLLATE "C"
  const keys = rows.map((row) => row.rankKey);
  expect(isStrictlyIncreasing(keys)).toBe(true); // same order as plain JS `<`, and no tie
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys.every((key) => key.length <= MAX_KEY_LENGTH)).toBe(true);
  return rows.map((row) => row.id);
}

/** The property: the list's invariants after every step of `steps`, starting from `keys`. */
const listKeepsItsInvariants = fc.asyncProperty(start, fc.array(step, { maxLength: 30 }), async (keys, steps) => {
  await clearLiveList();
  let model = await makeList(owners, keys);
  for (const [index, current] of steps.entries()) {
    if (current.kind !== "together") {
      model = await run(current, model, index);
      expect(await checkList()).toEqual(model);
      continue;
    }
    // Concurrent: each op picks its target from the same list; the outcome's order depends on
    // who got the lock first, so compare as a set: inserted ones in, dropped ones out, no other change.
    const settled = await Promise.allSettled(current.ops.map((operation, i) => run(operation, model, index + i)));
    for (const result of settled) {
      // A move of an item a concurrent drop just took off the list is refused; nothing else may fail.
      if (result.status === "rejected")
        expect(result.reason instanceof DomainError && result.reason.messageKey).toBe("reorder.notLive");
    }
    const dropped = new Set(
      current.ops.flatMap((o) => (o.kind === "drop" && model.length ? [model[o.pick % model.length]!] : [])),
    );
    const inserted = settled.flatMap((result) =>
      result.status === "fulfilled" ? result.value.filter((id) => !model.includes(id)) : [],
    );
    const actual = await checkList();
    expect(new Set(actual)).toEqual(new Set([...model.filter((id) => !dropped.has(id)), ...inserted]));
    model = actual;
  }
});

describe("the ranked list", () => {
  it("keeps a move to the bottom off the top key when a concurrent drop shortens the list meanwhile", async () => {
    // A case a run found (fast-check's seed and path replay it): a drop outside the ranking lock took
    // the last item away between a move's count of the list and its read of the new neighbours; the
    // move found no neighbour and took the top key, "a0", which the first item holds. It now goes to
    // the bottom. (Changing the generators above changes what this path replays; it runs first, on a
    // fresh database, as when it was found.)
    await fc.assert(listKeepsItsInvariants, {
      seed: -503347089,
      path: "41:1:47:1:25:8:12:12:6:5:15:9:12:13:15:24:12:7:17:8:15:12:13:36:20",
      endOnFailure: true,
    });
  });

  it("keeps its invariants under any sequence of inserts, moves and drops, sequential or concurrent", async () => {
    await fc.assert(listKeepsItsInvariants, { numRuns: 50 });
  });
});
