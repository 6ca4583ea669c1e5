import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { reorderSchema } from "@/lib/schemas/reorder-schema";

const id = randomUUID();
const errorsOf = (input: Record<string, string>) => {
  const result = reorderSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
};

describe("the reorder form", () => {
  it("turns the position into a number and an empty reason into none", () => {
    expect(reorderSchema.parse({ initiativeId: id, position: "3", reason: "   " })).toEqual({
      initiativeId: id,
      position: 3,
      reason: undefined,
    });
    expect(reorderSchema.parse({ initiativeId: id, position: "1" })).toEqual({
      initiativeId: id,
      position: 1,
      reason: undefined,
    });
  });

  it("keeps a trimmed reason", () => {
    expect(reorderSchema.parse({ initiativeId: id, position: "1", reason: "  Board asked for it  " }).reason).toBe(
      "Board asked for it",
    );
  });

  it("refuses a position that is not a whole number of 1 or more, with a catalogue key", () => {
    for (const position of ["", "0", "-2", "1.5", "abc", "1e12"]) {
      expect(errorsOf({ initiativeId: id, position }), position).toEqual({ position: "validation.position" });
    }
  });

  it("refuses a reason over 280 characters and an id that is not a uuid", () => {
    expect(errorsOf({ initiativeId: id, position: "1", reason: "x".repeat(281) })).toEqual({
      reason: "validation.reasonTooLong",
    });
    expect(reorderSchema.safeParse({ initiativeId: id, position: "1", reason: "x".repeat(280) }).success).toBe(true);
    expect(errorsOf({ initiativeId: "nope", position: "1" })).toEqual({ initiativeId: "validation.invalid" });
  });
});

describe("the position asked for", () => {
  it("may be anything from 1 to a million (past the end means the bottom), and nothing beyond", () => {
    expect(reorderSchema.parse({ initiativeId: id, position: "1000000" }).position).toBe(1_000_000);
    expect(errorsOf({ initiativeId: id, position: "1000001" })).toEqual({ position: "validation.position" });
    expect(reorderSchema.parse({ initiativeId: id, position: " 7 " }).position).toBe(7);
  });
});

describe("a number of places instead of a position ('Move up' and 'Move down')", () => {
  it("takes a whole number of places other than 0, up or down", () => {
    expect(reorderSchema.parse({ initiativeId: id, by: "-1" })).toEqual({
      initiativeId: id,
      by: -1,
      reason: undefined,
    });
    expect(reorderSchema.parse({ initiativeId: id, by: "1" }).by).toBe(1);
    for (const by of ["", "0", "1.5", "abc", "1000001"]) {
      expect(errorsOf({ initiativeId: id, by }), by).toEqual({ by: "validation.step" });
    }
  });

  it("needs exactly one of the two", () => {
    expect(errorsOf({ initiativeId: id })).toEqual({ position: "validation.position" });
    expect(errorsOf({ initiativeId: id, position: "2", by: "1" })).toEqual({ by: "validation.step" });
  });
});

describe("the row a drop lands on, instead of a position", () => {
  it("takes an initiative's id, and only one of a position, a number of places and a row", () => {
    const other = randomUUID();
    expect(reorderSchema.parse({ initiativeId: id, at: other })).toEqual({
      initiativeId: id,
      at: other,
      reason: undefined,
    });
    expect(errorsOf({ initiativeId: id, at: "row 3" })).toEqual({ at: "validation.invalid" });
    expect(errorsOf({ initiativeId: id, at: other, position: "3" })).toEqual({ at: "validation.invalid" });
    expect(errorsOf({ initiativeId: id, at: other, by: "1" })).toEqual({ at: "validation.invalid" });
  });
});
