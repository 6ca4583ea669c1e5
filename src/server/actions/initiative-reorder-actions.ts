"use server";

import type { ActionState } from "@/lib/action-state";
import { reorderSchema } from "@/lib/schemas/reorder-schema";
import { reorderInitiative } from "../domain/initiatives/reorder-initiative";
import { runAction } from "./run-action";

/**
 * Moves an initiative to a position of the ranked list (CMO and CIO). On success `data` carries
 * `from` and `to` (1-based positions): the board applies the move itself (it moved the row at once)
 * and announces it. Nothing is revalidated, so the answer carries no other row; other open boards
 * (and this one's neighbours) follow through the live board's change events.
 */
export async function reorderInitiativeAction(
  _previous: ActionState<{ from: number; to: number }>,
  formData: FormData,
): Promise<ActionState<{ from: number; to: number }>> {
  return runAction(formData, {
    permission: "initiative.reorder",
    schema: reorderSchema,
    success: "reorder.moved",
    run: async (ctx, input) => {
      const { from, to } = await reorderInitiative(ctx, input);
      return { data: { from, to } };
    },
  });
}
