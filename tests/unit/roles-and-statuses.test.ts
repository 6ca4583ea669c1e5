import { describe, expect, it } from "vitest";
import { DB_UNAVAILABLE_DIGEST, isDbUnavailableDigest } from "@/lib/error-digest";
import {
  CLEARING_VERDICTS,
  HEALTHS,
  INITIATIVE_STATUSES,
  isLive,
  LEVERS,
  LIVE_STATUSES,
  ONE_SIDED_DAYS,
  REVIEW_VERDICTS,
  RISK_LEVELS,
} from "@/lib/initiative-enums";
import { ARGON2_PARAMS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/password-policy";
import { isRole, ROLES, sideOf } from "@/lib/roles";

// The vocabulary every layer shares: the six roles and their sides, the statuses and which are live,
// and the few fixed numbers the README states.

describe("roles", () => {
  it("are the CMO, the CIO, their staff, board members and administrators", () => {
    expect(ROLES).toEqual(["CMO", "CIO", "MARKETING", "IT", "BOARD", "ADMIN"]);
    for (const role of ROLES) expect(isRole(role), role).toBe(true);
  });

  it("are recognised exactly as stored: nothing else is a role", () => {
    for (const value of ["cmo", "OWNER", "", " CMO", undefined, null, 1, ["CMO"]])
      expect(isRole(value), String(value)).toBe(false);
  });

  it("put the CMO and marketing staff on the marketing side, the CIO and IT staff on the IT side, others on none", () => {
    expect(ROLES.map((role) => [role, sideOf(role)])).toEqual([
      ["CMO", "MARKETING"],
      ["CIO", "IT"],
      ["MARKETING", "MARKETING"],
      ["IT", "IT"],
      ["BOARD", null],
      ["ADMIN", null],
    ]);
  });
});

describe("an initiative's status", () => {
  it("is live while proposed, agreed or in progress, and closed when done or dropped", () => {
    expect(INITIATIVE_STATUSES).toEqual(["PROPOSED", "AGREED", "IN_PROGRESS", "DONE", "DROPPED"]);
    expect(LIVE_STATUSES).toEqual(["PROPOSED", "AGREED", "IN_PROGRESS"]);
    expect(INITIATIVE_STATUSES.filter(isLive)).toEqual(["PROPOSED", "AGREED", "IN_PROGRESS"]);
  });

  it("comes with the four levers, three healths and three risk levels, in the order people read them", () => {
    expect(LEVERS).toEqual(["TALENTS", "PROCESSES", "TECHNOLOGIES", "METRICS"]);
    expect(HEALTHS).toEqual(["ON_TRACK", "AT_RISK", "OFF_TRACK"]);
    expect(RISK_LEVELS).toEqual(["LOW", "MEDIUM", "HIGH"]);
  });

  it("has an IT-standards verdict that clears the checklist unless it failed", () => {
    expect(REVIEW_VERDICTS).toEqual(["PASSED", "PASSED_WITH_CONDITIONS", "FAILED", "NOT_NEEDED"]);
    expect(REVIEW_VERDICTS.filter((verdict) => CLEARING_VERDICTS.includes(verdict))).toEqual([
      "PASSED",
      "PASSED_WITH_CONDITIONS",
      "NOT_NEEDED",
    ]);
  });

  it("is flagged one-sided after 14 days without a word from one side", () => {
    expect(ONE_SIDED_DAYS).toBe(14);
  });
});

describe("passwords", () => {
  it("are 12 to 128 characters, hashed with argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane)", () => {
    expect([PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH]).toEqual([12, 128]);
    expect(ARGON2_PARAMS).toEqual({ algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  });
});

describe("the error page's digest", () => {
  it("says the database was unavailable only for the digest the server gave such an error", () => {
    expect(isDbUnavailableDigest(`${DB_UNAVAILABLE_DIGEST}-1a2b3c4d5e6f`)).toBe(true);
    expect(isDbUnavailableDigest("levers-db-unavailable-0f")).toBe(true);
    expect(isDbUnavailableDigest("levers-db-unavailable")).toBe(false);
    expect(isDbUnavailableDigest("2712345678")).toBe(false);
    expect(isDbUnavailableDigest("x-levers-db-unavailable-0f")).toBe(false);
    expect(isDbUnavailableDigest(undefined)).toBe(false);
  });
});
