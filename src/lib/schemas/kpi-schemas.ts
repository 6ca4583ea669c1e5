import { z } from "zod";
import { calendarDate } from "./dates";
import { optionalText, textField } from "./text";
import { isFutureDate, KPI_DIRECTIONS, KPI_UNIT_CODES, parseDecimal, unitValueIssue } from "../kpi-units";

// Messages are catalogue keys; the action wrapper translates them. Numbers arrive as text from the
// form, so they are parsed here (a comma is a decimal separator too); the range depends on the unit.
const id = z.uuid("validation.invalid");
const version = z.coerce.number({ error: "validation.invalid" }).int("validation.invalid").min(1, "validation.invalid");

/** A decimal number typed as text ("12,5" or "12.5"); blank is null. */
const decimalOrBlank = z
  .string({ error: "validation.required" })
  .trim()
  .transform((text, ctx) => {
    if (text === "") return null;
    const value = parseDecimal(text);
    if (value === null) {
      ctx.addIssue({ code: "custom", message: "kpiValidation.notANumber" });
      return z.NEVER;
    }
    return value;
  });

/** A required decimal number typed as text. Blank is only "required": the unit's range check never sees it. */
export const decimal = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { message: "validation.required", abort: true })
  .pipe(decimalOrBlank)
  .pipe(z.number());

/** The same, or null when left blank (or left out). */
const optionalDecimal = decimalOrBlank.optional().transform((value) => value ?? null);

/** A YYYY-MM-DD date that has already begun somewhere (see isFutureDate). */
const pastDate = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .pipe(calendarDate())
  .refine((date) => !isFutureDate(date), "kpiValidation.futureDate");

const kpiFields = z.object({
  name: textField(120, { required: "validation.required", singleLine: true }),
  description: optionalText(2000),
  unit: z.enum(KPI_UNIT_CODES, "kpiValidation.unit"),
  direction: z.enum(KPI_DIRECTIONS, "kpiValidation.direction"),
  baseline: optionalDecimal,
  target: decimal,
});

/** Baseline and target must fit the unit's range (a percentage from 0 to 100, …). */
function inUnitRange(input: { unit: string; baseline: number | null; target: number }, ctx: z.RefinementCtx) {
  for (const field of ["baseline", "target"] as const) {
    const value = input[field];
    const issue = value === null ? null : unitValueIssue(input.unit, value);
    if (issue) ctx.addIssue({ code: "custom", path: [field], message: issue });
  }
}

export const createKpiSchema = kpiFields.superRefine(inUnitRange);
export const editKpiSchema = kpiFields.extend({ id, version }).superRefine(inUnitRange);

export const recordMeasurementSchema = z.object({
  kpiId: id,
  /** Its range depends on the KPI's unit: the domain checks it against the stored KPI. */
  value: decimal,
  measuredOn: pastDate,
  note: optionalText(1000),
});

/** Replaces the value (and, when given, the note) of an existing measurement. */
export const correctMeasurementSchema = z.object({
  kpiId: id,
  measurementId: id,
  value: decimal,
  /** The value the person saw; a measurement changed meanwhile is not overwritten. */
  expectedValue: decimal,
  note: optionalText(1000),
});

export type CreateKpiInput = z.output<typeof createKpiSchema>;
export type EditKpiInput = z.output<typeof editKpiSchema>;
export type RecordMeasurementInput = z.output<typeof recordMeasurementSchema>;
export type CorrectMeasurementInput = z.output<typeof correctMeasurementSchema>;
