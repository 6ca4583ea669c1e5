import { describe, expect, it } from "vitest";
import {
  defaultSince,
  firstParam,
  isoDay,
  parseSince,
  periodSchema,
  periodStart,
  startOfDay,
} from "@/lib/dashboard-period";

const now = new Date("2026-05-31T15:30:00Z");

describe("the dashboard's period", () => {
  it("is quarter, year or all from the URL, and the past 12 months otherwise", () => {
    expect(periodSchema.parse("quarter")).toBe("quarter");
    expect(periodSchema.parse("all")).toBe("all");
    expect(periodSchema.parse(undefined)).toBe("year");
    expect(periodSchema.parse("decade")).toBe("year");
  });

  it("starts 3 or 12 calendar months before today (UTC midnight), or never for all time", () => {
    expect(periodStart("quarter", now)?.toISOString()).toBe("2026-02-28T00:00:00.000Z"); // no 31 February
    expect(periodStart("quarter", new Date("2026-05-15T08:00:00Z"))?.toISOString()).toBe("2026-02-15T00:00:00.000Z");
    expect(periodStart("year", now)?.toISOString()).toBe("2025-05-31T00:00:00.000Z");
    expect(periodStart("all", now)).toBeNull();
  });
});

describe("the report's last-meeting date", () => {
  it("defaults to 30 days ago", () => {
    expect(defaultSince(now)).toBe("2026-05-01");
    expect(parseSince(undefined, now)).toBe("2026-05-01");
  });

  it("takes a real calendar day from the URL, never one after today", () => {
    expect(parseSince("2026-02-14", now)).toBe("2026-02-14");
    expect(parseSince("2026-02-30", now)).toBe("2026-05-01");
    expect(parseSince("14/02/2026", now)).toBe("2026-05-01");
    expect(parseSince("2027-01-01", now)).toBe("2026-05-31");
  });
});

describe("days and periods, in UTC", () => {
  it("start at UTC midnight of the day the moment falls on", () => {
    expect(startOfDay(new Date("2026-05-31T23:59:59.999Z")).toISOString()).toBe("2026-05-31T00:00:00.000Z");
    expect(startOfDay(new Date("2026-06-01T00:00:00.000+02:00")).toISOString()).toBe("2026-05-31T00:00:00.000Z");
    expect(isoDay(new Date("2026-05-31T23:59:59Z"))).toBe("2026-05-31");
  });

  it("go back across a year's end and land on the last day of a shorter month", () => {
    expect(periodStart("quarter", new Date("2027-01-15T10:00:00Z"))?.toISOString()).toBe("2026-10-15T00:00:00.000Z");
    expect(periodStart("year", new Date("2028-02-29T10:00:00Z"))?.toISOString()).toBe("2027-02-28T00:00:00.000Z");
    expect(periodStart("quarter", new Date("2026-06-30T10:00:00Z"))?.toISOString()).toBe("2026-03-30T00:00:00.000Z");
  });

  it("count the default 30 days from today's midnight, whatever the hour", () => {
    expect(defaultSince(new Date("2026-05-31T00:00:00Z"))).toBe("2026-05-01");
    expect(defaultSince(new Date("2026-03-01T23:59:00Z"))).toBe("2026-01-30");
    expect(parseSince("2026-05-31", now)).toBe("2026-05-31");
  });

  it("read the first value of a repeated query-string parameter", () => {
    expect(firstParam(["quarter", "year"])).toBe("quarter");
    expect(firstParam("all")).toBe("all");
    expect(firstParam(undefined)).toBeUndefined();
  });
});
