import { describe, expect, it } from "vitest";
import { can, PERMISSIONS } from "@/lib/permissions";
import { sideOf } from "@/lib/roles";

const actor = (role: "CMO" | "CIO" | "MARKETING" | "IT" | "BOARD" | "ADMIN", id = "u1") => ({ id, role });

// The whole role × permission map, written out by hand: a change to the map must change this table too.
//                                   CMO  CIO  MKT  IT   BRD  ADM
// prettier-ignore
const EXPECTED: Record<string, string> = {
  "initiative.propose":             "x    x    x    x    .    .",
  "initiative.edit":                "x    x    .    .    .    .",
  "initiative.reorder":             "x    x    .    .    .    .",
  "initiative.signOffMarketing":    "x    .    .    .    .    .",
  "initiative.signOffIt":           ".    x    .    .    .    .",
  "initiative.drop":                "x    x    .    .    .    .",
  "initiative.reopen":              "x    x    .    .    .    .",
  "initiative.reviewStandards":     ".    x    .    x    .    .",
  "initiative.postUpdate":          "x    x    x    x    .    .",
  "kpi.manage":                     "x    x    .    .    .    .",
  "kpi.recordMeasurement":          "x    x    x    x    .    .",
  "activity.view":                  "x    x    .    .    x    x",
  "users.manage":                   ".    .    .    .    .    x",
  "board.view":                     "x    x    x    x    x    x",
  "triage.model":                   "x    x    .    .    .    .",
  "triage.score":                   "x    x    .    .    .    .",
  "triage.plan":                    "x    x    .    .    .    .",
  "triage.session":                 "x    x    .    .    .    .",
  "triage.capacityMarketing":       "x    .    .    .    .    .",
  "triage.capacityIt":              ".    x    .    .    .    .",
  "triage.viewInputs":              "x    x    x    x    .    .",
  "triage.view":                    "x    x    x    x    x    x",
};
const ROLE_COLUMNS = ["CMO", "CIO", "MARKETING", "IT", "BOARD", "ADMIN"] as const;

describe("the permission map", () => {
  it("is exactly the written-out role × permission table (no record given)", () => {
    const actual = Object.fromEntries(
      (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).map((permission) => [
        permission,
        ROLE_COLUMNS.map((role) => (can(actor(role), permission) ? "x" : ".")).join("    "),
      ]),
    );
    expect(actual).toEqual(EXPECTED);
  });

  it("gives a board member no write permission at all", () => {
    const writes = (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter(
      (p) => !["board.view", "activity.view", "triage.view"].includes(p),
    );
    for (const permission of writes) expect(can(actor("BOARD"), permission), permission).toBe(false);
    expect(can(actor("BOARD"), "board.view")).toBe(true);
  });

  it("lets only the CMO sign off for marketing and only the CIO for IT", () => {
    expect(can(actor("CMO"), "initiative.signOffMarketing")).toBe(true);
    expect(can(actor("CIO"), "initiative.signOffMarketing")).toBe(false);
    expect(can(actor("CIO"), "initiative.signOffIt")).toBe(true);
    expect(can(actor("MARKETING"), "initiative.signOffMarketing")).toBe(false);
  });

  it("lets an owner edit their own initiative but not someone else's", () => {
    const record = { marketingOwnerId: "m1", itOwnerId: "i1" };
    expect(can(actor("MARKETING", "m1"), "initiative.edit", record)).toBe(true);
    expect(can(actor("IT", "i1"), "initiative.edit", record)).toBe(true);
    expect(can(actor("MARKETING", "m2"), "initiative.edit", record)).toBe(false);
    expect(can(actor("BOARD", "m1"), "initiative.reorder", record)).toBe(false);
  });

  it("keeps each side's scores from board members and administrators, who see agreed scores and the matrix", () => {
    for (const role of ["BOARD", "ADMIN"] as const) {
      expect(can(actor(role), "triage.viewInputs")).toBe(false);
      expect(can(actor(role), "triage.view")).toBe(true);
    }
    expect(can(actor("CMO"), "triage.capacityIt")).toBe(false);
    expect(can(actor("CIO"), "triage.capacityMarketing")).toBe(false);
  });

  it("refuses everything to an anonymous caller", () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can(null, permission)).toBe(false);
    }
  });
});

describe("sides", () => {
  it("puts CMO and marketing staff on the marketing side, CIO and IT staff on the IT side", () => {
    expect([sideOf("CMO"), sideOf("MARKETING"), sideOf("CIO"), sideOf("IT")]).toEqual([
      "MARKETING",
      "MARKETING",
      "IT",
      "IT",
    ]);
    expect([sideOf("BOARD"), sideOf("ADMIN")]).toEqual([null, null]);
  });
});
