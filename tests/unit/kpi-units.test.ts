import { describe, expect, it } from "vitest";
import {
  gapToTarget,
  isFutureDate,
  kpiUnit,
  latestTodayIso,
  parseDecimal,
  unitLabelKey,
  unitValueIssue,
} from "@/lib/kpi-units";

// A shared KPI's unit decides which values it takes and how it is labelled; numbers are typed the
// way people type them; a measurement date may be "today" anywhere on Earth.

describe("a unit's range, at its edges", () => {
  it("takes points from −100 to 100 and no further", () => {
    expect(unitValueIssue("points", -100)).toBeNull();
    expect(unitValueIssue("points", 100)).toBeNull();
    expect(unitValueIssue("points", -100.01)).toBe("kpiValidation.range.points");
    expect(unitValueIssue("points", 100.01)).toBe("kpiValidation.range.points");
    expect(unitValueIssue("points", 12.5)).toBeNull();
  });

  it("takes a percentage from 0 to 100", () => {
    expect(unitValueIssue("%", 0)).toBeNull();
    expect(unitValueIssue("%", 100)).toBeNull();
    expect(unitValueIssue("%", -0.01)).toBe("kpiValidation.range.percent");
  });

  it("takes days and thousands of euros from 0 with no upper limit, and a count in whole numbers from 0", () => {
    expect(unitValueIssue("days", 0)).toBeNull();
    expect(unitValueIssue("days", 100_000)).toBeNull();
    expect(unitValueIssue("EUR k", 0)).toBeNull();
    expect(unitValueIssue("EUR k", 2.75)).toBeNull();
    expect(unitValueIssue("count", 0)).toBeNull();
    expect(unitValueIssue("count", 1_000_000)).toBeNull();
    expect(unitValueIssue("count", -1)).toBe("kpiValidation.range.count");
    expect(unitValueIssue("count", 0.5)).toBe("kpiValidation.range.count");
  });

  it("takes any finite number in a unit from before this list, and never infinity", () => {
    expect(unitValueIssue("NPS", -1e9)).toBeNull();
    expect(unitValueIssue("NPS", Number.POSITIVE_INFINITY)).toBe("kpiValidation.notANumber");
    expect(unitValueIssue("days", Number.NEGATIVE_INFINITY)).toBe("kpiValidation.notANumber");
  });

  it("is looked up by the code the database stores", () => {
    expect(kpiUnit("EUR k")).toMatchObject({ key: "eurK", min: 0, max: null, whole: false });
    expect(kpiUnit("count")).toMatchObject({ key: "count", whole: true });
    expect(kpiUnit("eur k")).toBeUndefined();
  });
});

describe("a unit's label", () => {
  it("comes from the catalogue for a known unit, and is shown as stored for an older one", () => {
    expect(unitLabelKey("%")).toBe("kpiUnits.percent");
    expect(unitLabelKey("EUR k")).toBe("kpiUnits.eurK");
    expect(unitLabelKey("points")).toBe("kpiUnits.points");
    expect(unitLabelKey("NPS")).toBeNull();
  });
});

describe("numbers as people type them", () => {
  it("ignore spaces inside the number too", () => {
    expect(parseDecimal("1 000")).toBe(1000);
    expect(parseDecimal("\t- 2,5 ")).toBe(-2.5);
  });

  it("take any number of decimals, a trailing separator, or none before it", () => {
    expect(parseDecimal("12.50")).toBe(12.5);
    expect(parseDecimal("0,125")).toBe(0.125);
    expect(parseDecimal("12.")).toBe(12);
    expect(parseDecimal(".25")).toBe(0.25);
    expect(parseDecimal("+,5")).toBe(0.5);
    expect(parseDecimal("1234567")).toBe(1234567);
  });

  it("refuse a sign or a separator alone, and a number too long to hold", () => {
    for (const text of ["-", "+", ".", ",", "-.", "9".repeat(400)]) expect(parseDecimal(text), text).toBeNull();
  });
});

describe("the latest day on Earth", () => {
  it("begins at 10:00 UTC (midnight at UTC+14)", () => {
    expect(latestTodayIso(new Date("2026-11-01T09:59:59Z"))).toBe("2026-11-01");
    expect(latestTodayIso(new Date("2026-11-01T10:00:00Z"))).toBe("2026-11-02");
    expect(latestTodayIso(new Date("2026-12-31T10:00:00Z"))).toBe("2027-01-01");
  });

  it("is today for the current clock when no time is given", () => {
    const now = Date.now();
    const latest = latestTodayIso();
    expect([latestTodayIso(new Date(now)), latestTodayIso(new Date(now + 1000))]).toContain(latest);
    expect(isFutureDate(latest)).toBe(false);
    expect(isFutureDate("2100-01-01")).toBe(true);
  });
});

describe("the gap to a KPI's target", () => {
  it("is what is still missing in the KPI's good direction; 0 or less means reached", () => {
    expect(gapToTarget("HIGHER_IS_BETTER", 30, 35)).toBe(5);
    expect(gapToTarget("HIGHER_IS_BETTER", 40, 35)).toBe(-5);
    expect(gapToTarget("LOWER_IS_BETTER", 12, 10)).toBe(2);
    expect(gapToTarget("LOWER_IS_BETTER", 8, 10)).toBe(-2);
  });
});
