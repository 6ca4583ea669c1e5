import type { RiskLevel, StandardsReview } from "@/generated/prisma/enums";
import { CLEARING_VERDICTS } from "./initiative-enums";

// What an initiative needs before the CMO and CIO can sign it off: requirements detail, a linked
// KPI or a success measure, a risk level with a note, and the IT side's IT-standards verdict
// (passed, passed with conditions, or not needed).
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
    standardsReview: i.standardsReview !== null && CLEARING_VERDICTS.includes(i.standardsReview),
  };
}

export function missingReadiness(i: ReadinessInput): ReadinessItem[] {
  const state = readiness(i);
  return READINESS_ITEMS.filter((item) => !state[item]);
}

/** The edit-form field that fills each checklist item (the IT-standards verdict has a form of its own). */
export const READINESS_FIELD: Record<ReadinessItem, string> = {
  requirements: "requirementsDetail",
  measure: "successMeasure",
  risk: "riskLevel",
  standardsReview: "standardsReview",
};
