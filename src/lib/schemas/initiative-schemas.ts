import { z } from "zod";
import { HEALTHS, INITIATIVE_STATUSES, LEVERS, RISK_LEVELS } from "../initiative-enums";
import { calendarDate } from "./dates";
import { optionalText, textField } from "./text";

// Messages are catalogue keys; the action wrapper translates them. Text is normalised in ./text.
const text = (max: number) => optionalText(max);
const optionalDate = z
  .union([z.literal("").transform(() => null), calendarDate()])
  .optional()
  .transform((value) => value ?? null);
const ownerId = (requiredKey: string) =>
  z.string({ error: requiredKey }).trim().min(1, requiredKey).pipe(z.uuid(requiredKey));
// A value neither blank nor in the list fails both options: the union says `key` too.
const blankToNull = <T extends readonly [string, ...string[]]>(values: T, key: string) =>
  z
    .union([z.literal("").transform(() => null), z.enum(values, key)], key)
    .optional()
    .transform((value) => value ?? null);

export const proposeInitiativeSchema = z.object({
  title: textField(200, { required: "validation.required", singleLine: true }),
  description: text(20_000),
  lever: z.enum(LEVERS, "validation.lever"),
  marketingOwnerId: ownerId("validation.marketingOwnerRequired"),
  itOwnerId: ownerId("validation.itOwnerRequired"),
  targetDate: optionalDate,
  customerExperienceOutcome: text(2000),
  businessOutcome: text(2000),
});

export const editInitiativeSchema = proposeInitiativeSchema.extend({
  id: z.uuid("validation.invalid"),
  version: z.coerce.number({ error: "validation.invalid" }).int("validation.invalid").min(1, "validation.invalid"),
  requirementsDetail: text(10_000),
  successMeasure: text(2000),
  riskLevel: blankToNull(RISK_LEVELS, "validation.invalid"),
  riskNote: text(2000),
  /** "true" once the editor has confirmed that saving withdraws both sign-offs of an agreed initiative. */
  confirmWithdraw: z
    .enum(["true", "false", ""], "validation.invalid")
    .optional()
    .transform((value) => value === "true"),
  /** The KPIs it means to move, comma-separated (repeated form fields are joined by the action wrapper). */
  kpiIds: z
    .string()
    .default("")
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.uuid("validation.invalid")).max(20, "validation.tooLong")),
});

export const boardFilterSchema = z.object({
  lever: z.enum(LEVERS).optional().catch(undefined),
  status: z.enum(INITIATIVE_STATUSES).optional().catch(undefined),
  health: z.enum(HEALTHS).optional().catch(undefined),
  owner: z.uuid().optional().catch(undefined),
  q: textField(200)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
});

export type ProposeInitiativeInput = z.output<typeof proposeInitiativeSchema>;
export type EditInitiativeInput = z.output<typeof editInitiativeSchema>;
export type BoardFilter = Partial<z.output<typeof boardFilterSchema>>;
