import { z } from "zod";
import { REORDER_REASON_MAX_LENGTH } from "../reorder-limits";
import { textField } from "./text";

// A move on the ranked list. Messages are catalogue keys; the action wrapper translates them.
export { REORDER_REASON_MAX_LENGTH };

export const reorderSchema = z.object({
  initiativeId: z.uuid("validation.invalid"),
  /** The 1-based position to move to; a number past the end means "to the bottom". */
  position: z.coerce
    .number("validation.position")
    .int("validation.position")
    .min(1, "validation.position")
    .max(1_000_000, "validation.position"),
  /** Why it moved, kept in the history; an empty field means no reason. */
  reason: textField(REORDER_REASON_MAX_LENGTH, { tooLong: "validation.reasonTooLong" })
    .optional()
    .transform((value) => (value ? value : undefined)),
});

export type ReorderInput = z.output<typeof reorderSchema>;
