import { describe, expect, it } from "vitest";
import { targetPosition } from "@/lib/list-moves";

describe("where a move goes on the board before the server answers", () => {
  it("a position is clamped to the list", () => {
    expect(targetPosition({ position: 3 }, 5, 10)).toBe(3);
    expect(targetPosition({ position: 99 }, 5, 10)).toBe(10);
    expect(targetPosition({ position: 0 }, 5, 10)).toBe(1);
  });

  it("a number of places counts from the row's place, and stops at either end", () => {
    expect(targetPosition({ by: -1 }, 5, 10)).toBe(4);
    expect(targetPosition({ by: 1 }, 5, 10)).toBe(6);
    expect(targetPosition({ by: -1 }, 1, 10)).toBe(1);
    expect(targetPosition({ by: 1 }, 10, 10)).toBe(10);
  });
});
