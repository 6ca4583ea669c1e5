import { normaliseText } from "./text";

// What withdraws an agreement. Once the CMO and the CIO have signed an initiative off, it holds until
// one of these changes; then both sign-offs are withdrawn and it is proposed again. The form warns
// with the same list before saving (the UI mirrors this rule; the domain enforces it).

/** Fields whose change withdraws the sign-offs: what is agreed (scope, lever, owners) and its readiness. */
export const MATERIAL_FIELDS = [
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
] as const;
export type MaterialField = (typeof MATERIAL_FIELDS)[number];

/** Changes that never withdraw an agreement (listed for the README's table and the tests). */
export const NON_MATERIAL_FIELDS = [
  "targetDate",
  "customerExperienceOutcome",
  "businessOutcome",
  "progress",
  "health",
] as const;

export function isMaterial(field: string): field is MaterialField {
  return (MATERIAL_FIELDS as readonly string[]).includes(field);
}

/** The material fields among `changed`, in the order of MATERIAL_FIELDS. */
export function materialFields(changed: Iterable<string>): MaterialField[] {
  const set = new Set(changed);
  return MATERIAL_FIELDS.filter((field) => set.has(field));
}

/**
 * The material fields whose value differs between `before` and `after` as people read them (text
 * normalised, a set of KPI ids compared as a set). Used by the edit form to warn before saving.
 */
export function changedMaterialFields(before: Record<string, string>, after: Record<string, string>): MaterialField[] {
  return MATERIAL_FIELDS.filter((field) => {
    if (!(field in after)) return false;
    if (field === "kpis") return sortedIds(before.kpis) !== sortedIds(after.kpis);
    return normaliseText(before[field] ?? "") !== normaliseText(after[field] ?? "");
  });
}

const sortedIds = (value: string | undefined) =>
  [...new Set((value ?? "").split(",").filter(Boolean))].sort().join(",");
