import type { RiskLevel, StandardsReview } from "@/generated/prisma/enums";

// What an initiative needs before the CMO and CIO can sign it off (DOMAIN.md: requirements detail,
// a linked KPI or success measure, a risk assessment and an IT-standards review).
export const READINESS_ITEMS = ["requirements", "measure", "risk", "standardsReview"] as const;
export type ReadinessItem = (typeof READINESS_ITEMS)[number];

export interface ReadinessInput {
  requirementsDetail: string;
  successMeasure: string;
  kpiCount: number;
  riskLevel: RiskLevel | null;
  riskNote: string;
  standardsReview: StandardsReview | null;
}

export function readiness(i: ReadinessInput): Record<ReadinessItem, boolean> {
  return {
    requirements: i.requirementsDetail.trim().length > 0,
    measure: i.kpiCount > 0 || i.successMeasure.trim().length > 0,
    risk: i.riskLevel !== null && i.riskNote.trim().length > 0,
    standardsReview: i.standardsReview === "PASSED" || i.standardsReview === "PASSED_WITH_CONDITIONS",
  };
}

export function missingReadiness(i: ReadinessInput): ReadinessItem[] {
  const state = readiness(i);
  return READINESS_ITEMS.filter((item) => !state[item]);
}
