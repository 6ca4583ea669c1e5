import { z } from "zod";
import { CRITERIA, QUARTER_PATTERN, SCORE_MAX, SCORE_MIN, type Criterion, type Weights } from "../triage";
import { optionalText } from "./text";

// The triage's forms. Messages are catalogue keys; the action wrapper translates them. Fields are
// flat (score_businessValue, note_businessValue, weight_urgency…) so each gets its own message.

const id = z.uuid("validation.invalid");
const NOTE_MAX = 200;

const score = z.coerce
  .number({ error: "triage.validation.scoreRange" })
  .int("triage.validation.scoreRange")
  .min(SCORE_MIN, "triage.validation.scoreRange")
  .max(SCORE_MAX, "triage.validation.scoreRange");

/** A number that may use a comma as decimal separator; blank is refused with `required`. */
const decimal = (message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : value.trim().replace(",", ".")) : value),
    z.coerce.number({ error: message }).refine((n) => Number.isFinite(n), message),
  );

const personWeeks = decimal("triage.validation.personWeeks")
  .refine((n) => n >= 0, "triage.validation.negative")
  .refine((n) => n <= 10_000, "triage.validation.personWeeks");

const quarter = z
  .string({ error: "triage.validation.quarter" })
  .transform((value) => value.trim().toUpperCase())
  .refine((value) => QUARTER_PATTERN.test(value), "triage.validation.quarter");

const weightShape = Object.fromEntries(
  CRITERIA.map((c) => [
    `weight_${c}`,
    z.coerce
      .number({ error: "triage.validation.weight" })
      .int("triage.validation.weight")
      .min(0, "triage.validation.weight")
      .max(100, "triage.validation.weight"),
  ]),
) as Record<`weight_${Criterion}`, z.ZodCoercedNumber>;

/** A proposed change of the scoring model: each weight 0–100, together exactly 100 %. */
export const proposeModelSchema = z
  .object({ ...weightShape, note: optionalText(500, { singleLine: true }) })
  .superRefine((value, context) => {
    const total = CRITERIA.reduce((sum, c) => sum + value[`weight_${c}`], 0);
    if (total !== 100) context.addIssue({ code: "custom", path: ["weights"], message: "triage.validation.weightsSum" });
  })
  .transform((value) => ({
    weights: Object.fromEntries(CRITERIA.map((c) => [c, value[`weight_${c}`]])) as Weights,
    note: value.note,
  }));

export const decideModelSchema = z.object({
  modelId: id,
  decision: z.enum(["APPROVE", "REJECT"], "validation.invalid"),
});

const scoreShape = Object.fromEntries(
  CRITERIA.flatMap((c) => [
    [`score_${c}`, score],
    [`note_${c}`, optionalText(NOTE_MAX, { singleLine: true })],
  ]),
) as Record<`score_${Criterion}`, typeof score> & Record<`note_${Criterion}`, ReturnType<typeof optionalText>>;

/** One side's scores of an initiative: every criterion 1–5, each with an optional one-line note. */
export const scoreInitiativeSchema = z.object({ initiativeId: id, ...scoreShape }).transform((value) => ({
  initiativeId: value.initiativeId,
  scores: Object.fromEntries(
    CRITERIA.map((c) => [c, { value: value[`score_${c}`], note: value[`note_${c}`] }]),
  ) as Record<Criterion, { value: number; note: string }>,
}));

export const agreedScoreSchema = z.object({
  initiativeId: id,
  criterion: z.enum(CRITERIA, "validation.invalid"),
  value: score,
  note: optionalText(NOTE_MAX, { singleLine: true }),
});

/** Effort per side and the target quarter of an initiative. */
export const planSchema = z.object({
  initiativeId: id,
  marketingEffort: personWeeks,
  itEffort: personWeeks,
  targetQuarter: z
    .string()
    .optional()
    .transform((value) => value?.trim().toUpperCase() ?? "")
    .refine((value) => value === "" || QUARTER_PATTERN.test(value), "triage.validation.quarter")
    .transform((value) => (value === "" ? null : value)),
});

export const capacitySchema = z.object({
  side: z.enum(["MARKETING", "IT"], "validation.invalid"),
  quarter,
  personWeeks,
});

export const startSessionSchema = z.object({});
export const endSessionSchema = z.object({ sessionId: id });

/** A session's decision on a proposal: what PARK, SEND_BACK and DROP need is checked again in the domain. */
export const decisionSchema = z
  .object({
    sessionId: id,
    initiativeId: id,
    kind: z.enum(["AGREE", "PARK", "SEND_BACK", "DROP"], "validation.invalid"),
    parkUntil: z
      .string()
      .optional()
      .transform((value) => value?.trim() ?? "")
      .refine((value) => value === "" || /^\d{4}-\d{2}-\d{2}$/.test(value), "validation.date"),
    reason: optionalText(2000),
  })
  .superRefine((value, context) => {
    if (value.kind === "PARK" && !value.parkUntil)
      context.addIssue({ code: "custom", path: ["parkUntil"], message: "triage.validation.parkUntil" });
    if (value.kind === "SEND_BACK" && !value.reason)
      context.addIssue({ code: "custom", path: ["reason"], message: "triage.validation.missingDetail" });
    if (value.kind === "DROP" && !value.reason)
      context.addIssue({ code: "custom", path: ["reason"], message: "validation.dropReasonRequired" });
  })
  .transform((value) => ({ ...value, parkUntil: value.parkUntil || null }));

export type DecisionInput = z.output<typeof decisionSchema>;
