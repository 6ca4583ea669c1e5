import { describe, expect, it } from "vitest";
import { monthAxis, niceTicks } from "@/components/charts/scale";

describe("a chart's value axis", () => {
  it("has round ticks covering every value", () => {
    expect(niceTicks([12, 47], 4)).toEqual([10, 20, 30, 40, 50]);
    expect(niceTicks([0.12, 0.31], 4)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
    expect(niceTicks([-5, 5], 2)).toEqual([-5, 0, 5]);
  });

  it("puts a single value in the middle of a band around it", () => {
    const ticks = niceTicks([40], 4);
    expect(ticks[0]).toBeLessThan(40);
    expect(ticks.at(-1)).toBeGreaterThan(40);
  });
});

describe("a chart's month axis", () => {
  it("runs from the first point's month to the end of the last point's month", () => {
    const axis = monthAxis(["2026-01-31", "2026-03-31"]);
    expect(axis.x("2026-01-01")).toBe(0);
    expect(axis.x("2026-04-01")).toBe(100);
    expect(axis.months.map((m) => m.start)).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
  });

  it("thins the month labels out on a narrow chart, always keeping the latest month", () => {
    const dates = Array.from({ length: 13 }, (_, i) => new Date(Date.UTC(2025, 10 + i, 28)).toISOString().slice(0, 10));
    const { months } = monthAxis(dates);
    const at = (level: number) => months.filter((m) => m.level <= level).map((m) => m.start.slice(0, 7));
    expect(at(0)).toEqual(["2025-11", "2026-11"]);
    expect(at(1)).toEqual(["2025-11", "2026-05", "2026-11"]);
    expect(at(2)).toEqual(["2025-11", "2026-02", "2026-05", "2026-08", "2026-11"]);
    // Labels of one level are evenly spaced: each level's gaps are whole multiples of the finest gap.
    const middles = months.map((m) => m.middle);
    expect(middles).toEqual([...middles].sort((a, b) => a - b));
  });
});
