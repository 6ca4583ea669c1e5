import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clampPosition,
  evenKeys,
  isStrictlyIncreasing,
  keyForPosition,
  MAX_KEY_LENGTH,
  moveToPosition,
  needsRebalance,
} from "@/lib/ranking";

const keys = evenKeys(4); // a0 a1 a2 a3

describe("keyForPosition", () => {
  it("puts an item first, between two items, or last", () => {
    expect(keyForPosition(keys, 1) < keys[0]!).toBe(true);
    const second = keyForPosition(keys, 2);
    expect(keys[0]! < second && second < keys[1]!).toBe(true);
    expect(keyForPosition(keys, 5) > keys[3]!).toBe(true);
  });

  it("clamps a position outside 1..n+1 to the nearest end", () => {
    expect(keyForPosition(keys, 0)).toBe(keyForPosition(keys, 1));
    expect(keyForPosition(keys, -7)).toBe(keyForPosition(keys, 1));
    expect(keyForPosition(keys, 99)).toBe(keyForPosition(keys, 5));
  });

  it("gives a key for an empty list", () => {
    expect(keyForPosition([], 1)).toBe("a0");
    expect(keyForPosition([], 3)).toBe("a0");
  });

  it("always lands the item exactly at the position asked, whatever the list (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: -3, max: 40 }), (n, position) => {
        const list = evenKeys(n);
        const key = keyForPosition(list, position);
        const sorted = [...list, key].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(sorted.indexOf(key) + 1).toBe(clampPosition(position, n + 1));
        expect(new Set(sorted).size).toBe(n + 1);
      }),
    );
  });
});

describe("clampPosition", () => {
  it("keeps whole positions inside 1..max", () => {
    expect(clampPosition(3, 5)).toBe(3);
    expect(clampPosition(0, 5)).toBe(1);
    expect(clampPosition(8, 5)).toBe(5);
    expect(clampPosition(2.9, 5)).toBe(2);
    expect(clampPosition(Number.NaN, 5)).toBe(1);
    expect(clampPosition(4, 0)).toBe(1);
  });
});

describe("rebalancing", () => {
  it("is needed only past MAX_KEY_LENGTH characters", () => {
    expect(needsRebalance("a0")).toBe(false);
    expect(needsRebalance("a".padEnd(MAX_KEY_LENGTH, "1"))).toBe(false);
    expect(needsRebalance("a".padEnd(MAX_KEY_LENGTH + 1, "1"))).toBe(true);
  });

  it("is reached by repeated moves into the same gap, which lengthen keys", () => {
    const list = evenKeys(3);
    let moves = 0;
    let key = keyForPosition(list, 2);
    while (!needsRebalance(key) && moves < 500) {
      list.splice(1, 0, key); // the new item sits between the first and the previous newcomer
      key = keyForPosition(list, 2);
      moves += 1;
    }
    expect(needsRebalance(key)).toBe(true);
    expect(moves).toBeGreaterThan(50); // a rebalance is rare: dozens of moves into one gap first
    expect(isStrictlyIncreasing(list)).toBe(true);
  });

  it("evenKeys gives n short, distinct, increasing keys", () => {
    const fresh = evenKeys(500);
    expect(fresh).toHaveLength(500);
    expect(isStrictlyIncreasing(fresh)).toBe(true);
    expect(Math.max(...fresh.map((k) => k.length))).toBeLessThanOrEqual(3);
    expect(evenKeys(0)).toEqual([]);
  });
});

describe("isStrictlyIncreasing", () => {
  it('compares byte by byte, as COLLATE "C" does (upper case before lower case)', () => {
    expect(isStrictlyIncreasing(["Zz", "a0", "a0V", "a1"])).toBe(true);
    expect(isStrictlyIncreasing(["a0", "a0"])).toBe(false);
    expect(isStrictlyIncreasing(["a1", "a0"])).toBe(false);
    expect(isStrictlyIncreasing(["a0", "A0"])).toBe(false);
  });
});

describe("moveToPosition (the optimistic board)", () => {
  const list = ["A", "B", "C", "D", "E"];

  it("moves an item up, down, to the top, to the bottom, and clamps", () => {
    expect(moveToPosition(list, 3, 1)).toEqual(["D", "A", "B", "C", "E"]);
    expect(moveToPosition(list, 0, 3)).toEqual(["B", "C", "A", "D", "E"]);
    expect(moveToPosition(list, 4, 4)).toEqual(["A", "B", "C", "E", "D"]);
    expect(moveToPosition(list, 1, 99)).toEqual(["A", "C", "D", "E", "B"]);
    expect(moveToPosition(list, 2, 0)).toEqual(["C", "A", "B", "D", "E"]);
    expect(moveToPosition(list, 2, 3)).toEqual(list);
  });

  it("leaves the list alone for an index that is not in it, and never mutates it", () => {
    expect(moveToPosition(list, 9, 1)).toEqual(list);
    moveToPosition(list, 0, 5);
    expect(list).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("agrees with where keyForPosition puts the item (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(), fc.integer({ min: -2, max: 25 }), (n, pick, position) => {
        const keys = evenKeys(n);
        const index = pick % n;
        const others = keys.filter((_, i) => i !== index);
        const moved = [...others, keyForPosition(others, position)].sort((a, b) => (a < b ? -1 : 1));
        const ids = keys.map((_, i) => i);
        const expected = moveToPosition(ids, index, position);
        const movedKey = moved.indexOf(keyForPosition(others, position));
        expect(expected.indexOf(index)).toBe(movedKey);
      }),
    );
  });
});
