import { describe, expect, it } from "vitest";
import {
  changedMaterialFields,
  isMaterial,
  MATERIAL_FIELDS,
  materialFields,
  NON_MATERIAL_FIELDS,
} from "@/lib/agreement";

// What withdraws the CMO's and the CIO's sign-offs: a change to what was agreed (scope, lever,
// owners) or to its readiness. The edit form warns with the same rule before saving.

const WITHDRAWING = [
  "title",
  "description",
  "lever",
  "marketingOwnerId",
  "itOwnerId",
  "requirementsDetail",
  "successMeasure",
  "kpis",
  "riskLevel",
  "riskNote",
  "standardsReview",
  "standardsReviewNote",
];
const KEEPING = ["targetDate", "customerExperienceOutcome", "businessOutcome", "progress", "health"];

describe("the changes that withdraw an agreement", () => {
  it("are the scope, the lever, the owners and everything the readiness checklist reads", () => {
    for (const field of WITHDRAWING) expect(isMaterial(field), field).toBe(true);
    expect(MATERIAL_FIELDS).toEqual(WITHDRAWING);
  });

  it("leave out the target date, the outcomes, progress and health (the README's table lists them)", () => {
    expect(NON_MATERIAL_FIELDS).toEqual(KEEPING);
    for (const field of KEEPING) expect(isMaterial(field), field).toBe(false);
    expect(isMaterial("version")).toBe(false);
  });

  it("are picked out of a change, in the checklist's order, whatever order they came in", () => {
    expect(materialFields(["kpis", "progress", "title", "targetDate", "lever"])).toEqual(["title", "lever", "kpis"]);
    expect(materialFields(new Set(["health"]))).toEqual([]);
  });
});

describe("the edit form's warning", () => {
  const before = { title: "Loyalty app", description: "Points for visits", kpis: "k1,k2", riskLevel: "LOW" };

  it("names the material fields whose value differs", () => {
    expect(changedMaterialFields(before, { ...before, title: "Loyalty programme", riskLevel: "HIGH" })).toEqual([
      "title",
      "riskLevel",
    ]);
  });

  it("ignores what only looks different: line ends, trailing spaces, a decomposed accent", () => {
    expect(
      changedMaterialFields(
        { ...before, description: "Caff\u00e9 points\nfor visits" },
        { ...before, description: "Caffe\u0301 points  \r\nfor visits\r\n" },
      ),
    ).toEqual([]);
  });

  it("compares the linked KPIs as a set: order, repeats and blanks do not count", () => {
    expect(changedMaterialFields(before, { ...before, kpis: "k2,k1" })).toEqual([]);
    expect(changedMaterialFields(before, { ...before, kpis: "k1,,k2,k1" })).toEqual([]);
    expect(changedMaterialFields(before, { ...before, kpis: "k1" })).toEqual(["kpis"]);
    expect(changedMaterialFields(before, { ...before, kpis: "k1,k3" })).toEqual(["kpis"]);
    expect(changedMaterialFields({ title: "A" }, { title: "A", kpis: "k1" })).toEqual(["kpis"]);
    expect(changedMaterialFields({ title: "A" }, { title: "A", kpis: "" })).toEqual([]);
  });

  it("reads a field the record did not have as empty, and ignores fields the form did not send", () => {
    expect(changedMaterialFields({}, { riskNote: "" })).toEqual([]);
    expect(changedMaterialFields({}, { riskNote: "Vendor lock-in" })).toEqual(["riskNote"]);
    expect(changedMaterialFields(before, { title: "Loyalty app" })).toEqual([]);
    expect(changedMaterialFields(before, {})).toEqual([]);
  });

  it("never warns about a change that keeps the agreement", () => {
    expect(
      changedMaterialFields({ targetDate: "2027-01-31" }, { targetDate: "2027-06-30", health: "AT_RISK" }),
    ).toEqual([]);
  });
});
