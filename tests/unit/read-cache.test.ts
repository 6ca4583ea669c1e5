import { describe, expect, it } from "vitest";
import { parseServerEnv } from "@/server/env";
import { Lru } from "@/server/cache/lru";

describe("the read cache's memory", () => {
  it("holds at most its number of entries, forgetting the least recently used first", () => {
    const lru = new Lru<number>(2);
    lru.set("dashboard year", 1);
    lru.set("dashboard quarter", 2);
    expect(lru.get("dashboard year")).toBe(1);
    lru.set("report 2026-11-01", 3);
    expect(lru.size).toBe(2);
    expect(lru.get("dashboard quarter")).toBeUndefined();
    expect(lru.get("dashboard year")).toBe(1);
    expect(lru.get("report 2026-11-01")).toBe(3);
  });

  it("forgets a failed entry only if it was not replaced meanwhile", () => {
    const lru = new Lru<{ n: number }>(5);
    const failed = { n: 1 };
    const newer = { n: 2 };
    lru.set("kpis", failed);
    lru.set("kpis", newer);
    lru.drop("kpis", failed);
    expect(lru.get("kpis")).toBe(newer);
    lru.drop("kpis", newer);
    expect(lru.get("kpis")).toBeUndefined();
  });
});

describe("the read cache's settings", () => {
  it("are on, with 500 entries, unless set", () => {
    const env = parseServerEnv({});
    expect([env.LEVERS_READ_CACHE, env.LEVERS_READ_CACHE_ENTRIES]).toEqual(["on", 500]);
    expect(parseServerEnv({ LEVERS_READ_CACHE: "off", LEVERS_READ_CACHE_ENTRIES: "50" })).toMatchObject({
      LEVERS_READ_CACHE: "off",
      LEVERS_READ_CACHE_ENTRIES: 50,
    });
  });

  it("refuse anything but on or off, and a size that is not a whole number from 1 to 100000", () => {
    expect(() => parseServerEnv({ LEVERS_READ_CACHE: "false" })).toThrow(/LEVERS_READ_CACHE must be on or off/);
    expect(() => parseServerEnv({ LEVERS_READ_CACHE_ENTRIES: "0" })).toThrow(/at least 1/);
    expect(() => parseServerEnv({ LEVERS_READ_CACHE_ENTRIES: "1e6" })).toThrow(/at most 100000/);
    expect(() => parseServerEnv({ LEVERS_READ_CACHE_ENTRIES: "many" })).toThrow(/LEVERS_READ_CACHE_ENTRIES/);
  });
});
