import { describe, expect, it } from "vitest";
import { missingReadiness, readiness, type ReadinessInput } from "@/lib/readiness";

// The sign-off checklist: requirements detail, a linked KPI or a success measure, a risk level with a
// note, and an IT-standards verdict that clears it (passed, passed with conditions, not needed).
const READY: ReadinessInput = {
  requirementsDetail: "Journeys and data fields listed",
  successMeasure: "",
  kpiCount: 1,
  riskLevel: "MEDIUM",
  riskNote: "Consent data crosses two systems",
  standardsReview: "PASSED",
};

describe("readiness for sign-off", () => {
  it("is complete when every item is there", () => {
    expect(readiness(READY)).toEqual({ requirements: true, measure: true, risk: true, standardsReview: true });
    expect(missingReadiness(READY)).toEqual([]);
  });

  it("names what is missing, in checklist order; blank text counts as missing", () => {
    const empty: ReadinessInput = {
      requirementsDetail: "  ",
      successMeasure: " ",
      kpiCount: 0,
      riskLevel: null,
      riskNote: "",
      standardsReview: null,
    };
    expect(missingReadiness(empty)).toEqual(["requirements", "measure", "risk", "standardsReview"]);
  });

  it("takes a success measure instead of a linked KPI, and either alone is enough", () => {
    expect(readiness({ ...READY, kpiCount: 0, successMeasure: "NPS +5" }).measure).toBe(true);
    expect(readiness({ ...READY, kpiCount: 0, successMeasure: "" }).measure).toBe(false);
    expect(readiness({ ...READY, kpiCount: 2, successMeasure: "" }).measure).toBe(true);
  });

  it("needs both a risk level and a note", () => {
    expect(readiness({ ...READY, riskNote: "  " }).risk).toBe(false);
    expect(readiness({ ...READY, riskLevel: null }).risk).toBe(false);
  });

  it.each([
    ["PASSED", true],
    ["PASSED_WITH_CONDITIONS", true],
    ["NOT_NEEDED", true],
    ["PENDING", false],
    ["FAILED", false],
  ] as const)("counts the IT-standards verdict %s as %s", (verdict, clears) => {
    expect(readiness({ ...READY, standardsReview: verdict }).standardsReview).toBe(clears);
  });
});
