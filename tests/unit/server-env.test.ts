import { describe, expect, it } from "vitest";
import { parseServerEnv } from "@/server/env";

describe("the database timeouts an operator sets", () => {
  it("default to 5 s to connect, 10 s per statement and 5 s per lock", () => {
    const env = parseServerEnv({});
    expect([
      env.LEVERS_DB_CONNECT_TIMEOUT_MS,
      env.LEVERS_DB_STATEMENT_TIMEOUT_MS,
      env.LEVERS_DB_LOCK_TIMEOUT_MS,
    ]).toEqual([5_000, 10_000, 5_000]);
  });

  it("are read in milliseconds", () => {
    const env = parseServerEnv({
      LEVERS_DB_CONNECT_TIMEOUT_MS: "2000",
      LEVERS_DB_STATEMENT_TIMEOUT_MS: "30000",
      LEVERS_DB_LOCK_TIMEOUT_MS: "1500",
    });
    expect([
      env.LEVERS_DB_CONNECT_TIMEOUT_MS,
      env.LEVERS_DB_STATEMENT_TIMEOUT_MS,
      env.LEVERS_DB_LOCK_TIMEOUT_MS,
    ]).toEqual([2_000, 30_000, 1_500]);
  });

  it("refuse a value that is not a whole number of milliseconds, naming the variable", () => {
    expect(() => parseServerEnv({ LEVERS_DB_LOCK_TIMEOUT_MS: "five seconds" })).toThrow(/LEVERS_DB_LOCK_TIMEOUT_MS/);
    expect(() => parseServerEnv({ LEVERS_DB_STATEMENT_TIMEOUT_MS: "2.5" })).toThrow(/whole number/);
  });

  it("refuse no limit at all, or one too long to be a bound", () => {
    expect(() => parseServerEnv({ LEVERS_DB_STATEMENT_TIMEOUT_MS: "0" })).toThrow(/at least 100 ms/);
    expect(() => parseServerEnv({ LEVERS_DB_CONNECT_TIMEOUT_MS: "3600000" })).toThrow(/at most 600000 ms/);
  });
});
