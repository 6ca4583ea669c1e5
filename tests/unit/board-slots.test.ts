import { describe, expect, it } from "vitest";
import { patchSlots, placed, type Slots } from "@/components/board/board-slots";
import type { BoardRow } from "@/server/queries/board";

const row = (id: string, position: number): BoardRow => ({
  id,
  rank: position + 1,
  position,
  title: `Initiative ${id}`,
  lever: "PROCESSES",
  status: "PROPOSED",
  health: "ON_TRACK",
  progress: 0,
  targetDate: null,
  marketingOwner: { id: "m", name: "Giulia" },
  itOwner: { id: "i", name: "Ivan" },
  silentSides: [],
  overdue: false,
  signedBy: null,
});
const ids = (slots: Slots) => slots.map((slot) => slot?.id ?? null);
const list = (...names: string[]) => names.map((name, index) => row(name, index));

describe("the board's list in the browser", () => {
  it("keeps the rows on screen while the list's size changes, until their window is read again", () => {
    // Another change made the list longer: nothing goes blank (a blank row would take the focus of
    // a button in it); the stale rows are replaced when their window comes back.
    const before = list("a", "b", "c");
    const waiting = placed(4, { rows: [], offset: 0, total: 4 }, before);
    expect(ids(waiting)).toEqual(["a", "b", "c", null]);
    expect(ids(placed(4, { rows: list("x", "a", "b", "c"), offset: 0, total: 4 }, waiting))).toEqual([
      "x",
      "a",
      "b",
      "c",
    ]);
    expect(ids(placed(2, { rows: [], offset: 0, total: 2 }, before))).toEqual(["a", "b"]);
  });

  it("never shows a row twice: a row read into its window leaves the place it held before", () => {
    const before = list("a", "b", "c", "d");
    expect(ids(placed(4, { rows: [row("c", 0), row("a", 1)], offset: 0, total: 4 }, before))).toEqual([
      "c",
      "a",
      null,
      "d",
    ]);
  });

  it("starts from the server's window alone when there is no list yet", () => {
    expect(ids(placed(3, { rows: list("a"), offset: 0, total: 3 }))).toEqual(["a", null, null]);
  });

  it("puts a changed row in its new place and shifts the others' ranks", () => {
    const before = list("a", "b", "c");
    const patched = patchSlots(before, ["c"], [{ ...row("c", 0), rank: 1 }], 3)!;
    expect(ids(patched)).toEqual(["c", "a", "b"]);
    expect(patched.map((slot) => slot?.rank)).toEqual([1, 2, 3]);
  });
});
