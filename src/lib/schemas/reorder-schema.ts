import { z } from "zod";
import { REORDER_REASON_MAX_LENGTH } from "../reorder-limits";
import { textField } from "./text";

// A move on the ranked list. Messages are catalogue keys; the action wrapper translates them.
export { REORDER_REASON_MAX_LENGTH };

/** Farthest a move may name: a position, or a number of places. */
export const MOST_PLACES = 1_000_000;

export const reorderSchema = z
  .object({
    initiativeId: z.uuid("validation.invalid"),
    /** The 1-based position to move to; a number past the end means "to the bottom". */
    position: z.coerce
      .number("validation.position")
      .int("validation.position")
      .min(1, "validation.position")
      .max(MOST_PLACES, "validation.position")
      .optional(),
    /**
     * Or: how many places to move from where the row is NOW on the server (-1 is "Move up", 1 "Move
     * down"), so that a board a change behind still moves the row one place from its real one.
     */
    by: z.coerce
      .number("validation.step")
      .int("validation.step")
      .min(-MOST_PLACES, "validation.step")
      .max(MOST_PLACES, "validation.step")
      .refine((places) => places !== 0, "validation.step")
      .optional(),
    /**
     * Or: the row it was dropped on, whose place it takes on the server (before that row when it
     * moves up, after it when it moves down), wherever that row is now.
     */
    at: z.uuid("validation.invalid").optional(),
    /** Why it moved, kept in the history; an empty field means no reason. */
    reason: textField(REORDER_REASON_MAX_LENGTH, { tooLong: "validation.reasonTooLong" })
      .optional()
      .transform((value) => (value ? value : undefined)),
  })
  .superRefine((input, ctx) => {
    // Exactly one of the three: a position, a number of places, or a row.
    const given = [input.position, input.by, input.at].filter((value) => value !== undefined).length;
    if (given === 0) ctx.addIssue({ code: "custom", path: ["position"], message: "validation.position" });
    if (given > 1)
      ctx.addIssue({
        code: "custom",
        path: [input.at === undefined ? "by" : "at"],
        message: input.at === undefined ? "validation.step" : "validation.invalid",
      });
  });

export type ReorderInput = z.output<typeof reorderSchema>;
