import type { Health, InitiativeStatus, Lever, RiskLevel, StandardsReview } from "@/generated/prisma/enums";

// The enums as value lists, for zod and for UI pickers (kept in the order people read them).
export const LEVERS = ["TALENTS", "PROCESSES", "TECHNOLOGIES", "METRICS"] as const satisfies readonly Lever[];
export const INITIATIVE_STATUSES = [
  "PROPOSED",
  "AGREED",
  "IN_PROGRESS",
  "DONE",
  "DROPPED",
] as const satisfies readonly InitiativeStatus[];
export const LIVE_STATUSES = ["PROPOSED", "AGREED", "IN_PROGRESS"] as const satisfies readonly InitiativeStatus[];
export const HEALTHS = ["ON_TRACK", "AT_RISK", "OFF_TRACK"] as const satisfies readonly Health[];
export const RISK_LEVELS = ["LOW", "MEDIUM", "HIGH"] as const satisfies readonly RiskLevel[];
export const STANDARDS_REVIEWS = [
  "PENDING",
  "PASSED",
  "PASSED_WITH_CONDITIONS",
  "FAILED",
  "NOT_NEEDED",
] as const satisfies readonly StandardsReview[];
/** The verdicts the IT side can give on the IT-standards review (PENDING is "not reviewed yet"). */
export const REVIEW_VERDICTS = [
  "PASSED",
  "PASSED_WITH_CONDITIONS",
  "FAILED",
  "NOT_NEEDED",
] as const satisfies readonly StandardsReview[];
/** Verdicts that clear the readiness checklist's IT-standards item. */
export const CLEARING_VERDICTS: readonly StandardsReview[] = ["PASSED", "PASSED_WITH_CONDITIONS", "NOT_NEEDED"];

/** Days without an update, comment or edit from one side before the board calls an item one-sided. */
export const ONE_SIDED_DAYS = 14;

/** Live (on the ranked list: proposed, agreed or in progress), as opposed to closed (done or dropped). */
export function isLive(status: InitiativeStatus): boolean {
  return (LIVE_STATUSES as readonly InitiativeStatus[]).includes(status);
}
