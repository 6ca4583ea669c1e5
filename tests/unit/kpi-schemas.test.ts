import { afterEach, describe, expect, it, vi } from "vitest";
import { isFutureDate, KPI_UNITS, parseDecimal, unitValueIssue } from "@/lib/kpi-units";
import {
  correctMeasurementSchema,
  createKpiSchema,
  editKpiSchema,
  recordMeasurementSchema,
} from "@/lib/schemas/kpi-schemas";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
const KPI_ID = "6f1c2a9e-3b7d-4c1e-9a2b-5d8e7f6a1b2c";
const nps = { name: "Net Promoter Score", unit: "points", direction: "HIGHER_IS_BETTER", baseline: "18", target: "35" };

afterEach(() => vi.useRealTimers());

describe("numbers as people type them", () => {
  it("accept a comma or a point as decimal separator, a sign, and spaces around", () => {
    expect(parseDecimal("12,5")).toBe(12.5);
    expect(parseDecimal("12.5")).toBe(12.5);
    expect(parseDecimal(" -3 ")).toBe(-3);
    expect(parseDecimal("+4")).toBe(4);
    expect(parseDecimal("0,75")).toBe(0.75);
    expect(parseDecimal(",5")).toBe(0.5);
    expect(parseDecimal("−7")).toBe(-7); // the minus sign, as some keyboards and copy-pastes give it
  });

  it("refuse anything else: words, thousands separators, exponents, two signs, blanks", () => {
    for (const text of ["abc", "12abc", "1.234,5", "1,234.5", "1e3", "--1", "", " ", "12,5,1", "Infinity", "0x10"])
      expect(parseDecimal(text), text).toBeNull();
  });
});

describe("the units and their ranges", () => {
  it("are points −100..100, % 0..100, days, EUR k and count from 0, count whole", () => {
    expect(KPI_UNITS.map((unit) => unit.code)).toEqual(["points", "%", "days", "EUR k", "count"]);
    expect(unitValueIssue("points", -100)).toBeNull();
    expect(unitValueIssue("points", 100)).toBeNull();
    expect(unitValueIssue("points", 100.5)).toBe("kpiValidation.range.points");
    expect(unitValueIssue("points", -101)).toBe("kpiValidation.range.points");
    expect(unitValueIssue("%", 0)).toBeNull();
    expect(unitValueIssue("%", 100.01)).toBe("kpiValidation.range.percent");
    expect(unitValueIssue("days", -1)).toBe("kpiValidation.range.days");
    expect(unitValueIssue("days", 12.5)).toBeNull();
    expect(unitValueIssue("EUR k", 1_000_000)).toBeNull();
    expect(unitValueIssue("EUR k", -0.5)).toBe("kpiValidation.range.eurK");
    expect(unitValueIssue("count", 3)).toBeNull();
    expect(unitValueIssue("count", 2.5)).toBe("kpiValidation.range.count");
    expect(unitValueIssue("count", Number.NaN)).toBe("kpiValidation.notANumber");
  });
});

describe("a KPI", () => {
  it("is accepted with a name, unit, direction, optional baseline and a target; commas are decimals", () => {
    const result = createKpiSchema.safeParse({ ...nps, baseline: "", target: "35,5", description: " The one KPI " });
    expect(result.success && result.data).toEqual({
      name: "Net Promoter Score",
      unit: "points",
      direction: "HIGHER_IS_BETTER",
      baseline: null,
      target: 35.5,
      description: "The one KPI",
    });
  });

  it("names each bad field with its message", () => {
    expect(
      messages(
        createKpiSchema.safeParse({ name: " ", unit: "furlongs", direction: "SIDEWAYS", baseline: "abc", target: "" }),
      ),
    ).toEqual({
      name: "validation.required",
      unit: "kpiValidation.unit",
      direction: "kpiValidation.direction",
      baseline: "kpiValidation.notANumber",
      target: "validation.required",
    });
  });

  it("needs a baseline and a target in the unit's range", () => {
    expect(messages(createKpiSchema.safeParse({ ...nps, unit: "%", baseline: "-5", target: "120" }))).toEqual({
      baseline: "kpiValidation.range.percent",
      target: "kpiValidation.range.percent",
    });
    expect(messages(createKpiSchema.safeParse({ ...nps, baseline: "-40" }))).toEqual({});
    expect(messages(createKpiSchema.safeParse({ ...nps, unit: "count", target: "2,5" }))).toEqual({
      target: "kpiValidation.range.count",
    });
  });

  it("is edited on a version", () => {
    expect(messages(editKpiSchema.safeParse({ ...nps, id: KPI_ID, version: "" }))).toEqual({
      version: "validation.invalid",
    });
    expect(editKpiSchema.safeParse({ ...nps, id: KPI_ID, version: "3" }).success).toBe(true);
  });
});

describe("a measurement", () => {
  it("takes a number (comma or point), a date and an optional note", () => {
    const result = recordMeasurementSchema.safeParse({
      kpiId: KPI_ID,
      value: "41,5",
      measuredOn: "2026-01-01",
      note: "",
    });
    expect(result.success && result.data).toEqual({ kpiId: KPI_ID, value: 41.5, measuredOn: "2026-01-01", note: "" });
  });

  it("refuses a non-number, a missing or malformed date", () => {
    expect(messages(recordMeasurementSchema.safeParse({ kpiId: KPI_ID, value: "abc", measuredOn: "" }))).toEqual({
      value: "kpiValidation.notANumber",
      measuredOn: "validation.required",
    });
    expect(
      messages(recordMeasurementSchema.safeParse({ kpiId: KPI_ID, value: "1", measuredOn: "01/11/2026" })),
    ).toEqual({ measuredOn: "validation.date" });
  });

  it("refuses a date that has not begun anywhere yet, and accepts today wherever the person is", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-01T23:30:00Z")); // already 2 Nov in Italy and east of it
    expect(
      messages(recordMeasurementSchema.safeParse({ kpiId: KPI_ID, value: "1", measuredOn: "2026-11-02" })),
    ).toEqual({});
    expect(
      messages(recordMeasurementSchema.safeParse({ kpiId: KPI_ID, value: "1", measuredOn: "2026-11-03" })),
    ).toEqual({ measuredOn: "kpiValidation.futureDate" });
    expect(
      messages(recordMeasurementSchema.safeParse({ kpiId: KPI_ID, value: "1", measuredOn: "2027-01-01" })),
    ).toEqual({ measuredOn: "kpiValidation.futureDate" });
    expect(isFutureDate("2026-11-01", new Date("2026-11-01T00:00:00Z"))).toBe(false);
    expect(isFutureDate("2026-11-02", new Date("2026-11-01T09:59:00Z"))).toBe(true); // still 1 Nov 23:59 in Kiribati (UTC+14)
    expect(isFutureDate("2026-11-02", new Date("2026-11-01T10:00:00Z"))).toBe(false); // 2 Nov has begun there
  });

  it("is corrected to a number, naming the value the person saw", () => {
    const input = { kpiId: KPI_ID, measurementId: KPI_ID, value: "43", expectedValue: "41", note: "" };
    expect(correctMeasurementSchema.safeParse(input).success).toBe(true);
    expect(messages(correctMeasurementSchema.safeParse({ ...input, value: "forty" }))).toEqual({
      value: "kpiValidation.notANumber",
    });
  });
});

describe("a KPI's fields at their edges", () => {
  it("keeps the numbers typed, reads a blank or missing baseline as none, and needs a target", () => {
    expect(createKpiSchema.parse({ ...nps, baseline: " 18,5 ", target: "-35" })).toMatchObject({
      baseline: 18.5,
      target: -35,
    });
    expect(createKpiSchema.parse({ ...nps, baseline: "   " }).baseline).toBeNull();
    const { baseline: _omitted, ...withoutBaseline } = nps;
    expect(createKpiSchema.parse(withoutBaseline).baseline).toBeNull();
  });

  it("says a blank target is required, and only that (not also that it is not a number)", () => {
    const all = (input: Record<string, unknown>) =>
      createKpiSchema.safeParse(input).error?.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    expect(all({ ...nps, target: "   " })).toEqual(["target: validation.required"]);
    expect(all({ ...nps, target: "" })).toEqual(["target: validation.required"]);
    expect(all({ ...nps, target: undefined })).toEqual(["target: validation.required"]);
  });

  it("takes a one-line name of up to 120 characters and a description of up to 2,000", () => {
    expect(
      messages(createKpiSchema.safeParse({ ...nps, name: "n".repeat(120), description: "d".repeat(2000) })),
    ).toEqual({});
    expect(
      messages(createKpiSchema.safeParse({ ...nps, name: "n".repeat(121), description: "d".repeat(2001) })),
    ).toEqual({
      name: "validation.tooLong",
      description: "validation.tooLong",
    });
    expect(messages(createKpiSchema.safeParse({ ...nps, name: "Net\nPromoter" }))).toEqual({
      name: "validation.singleLine",
    });
  });

  it("checks the unit's range on an edit too, with no baseline at all", () => {
    expect(
      messages(editKpiSchema.safeParse({ ...nps, id: KPI_ID, version: "2", baseline: "", target: "101" })),
    ).toEqual({
      target: "kpiValidation.range.points",
    });
    expect(messages(editKpiSchema.safeParse({ ...nps, id: "nps", version: "1.5" }))).toEqual({
      id: "validation.invalid",
      version: "validation.invalid",
    });
    expect(editKpiSchema.parse({ ...nps, id: KPI_ID, version: "1" })).toMatchObject({ id: KPI_ID, version: 1 });
  });
});

describe("a measurement's fields at their edges", () => {
  it("is recorded on a KPI by its id, with a date as typed around spaces and a note of up to 1,000 characters", () => {
    const measurement = { kpiId: KPI_ID, value: "1", measuredOn: " 2026-01-01 " };
    expect(recordMeasurementSchema.parse({ ...measurement, note: "n".repeat(1000) }).measuredOn).toBe("2026-01-01");
    expect(recordMeasurementSchema.parse(measurement).note).toBe("");
    expect(
      messages(recordMeasurementSchema.safeParse({ ...measurement, kpiId: "nps", note: "n".repeat(1001) })),
    ).toEqual({
      kpiId: "validation.invalid",
      note: "validation.tooLong",
    });
    expect(messages(recordMeasurementSchema.safeParse({ kpiId: KPI_ID, value: " " }))).toEqual({
      value: "validation.required",
      measuredOn: "validation.required",
    });
  });

  it("is corrected with the value seen before, both numbers, and a note of up to 1,000 characters", () => {
    const input = { kpiId: KPI_ID, measurementId: KPI_ID, value: "43,5", expectedValue: " 41 ", note: " typo " };
    expect(correctMeasurementSchema.parse(input)).toEqual({ ...input, value: 43.5, expectedValue: 41, note: "typo" });
    expect(
      messages(
        correctMeasurementSchema.safeParse({
          ...input,
          measurementId: "m1",
          expectedValue: "",
          note: "n".repeat(1001),
        }),
      ),
    ).toEqual({
      measurementId: "validation.invalid",
      expectedValue: "validation.required",
      note: "validation.tooLong",
    });
  });
});
