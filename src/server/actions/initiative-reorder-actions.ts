"use server";

import type { ActionState } from "@/lib/action-state";
import { reorderSchema } from "@/lib/schemas/reorder-schema";
import { reorderInitiative } from "../domain/initiatives/reorder-initiative";
import { runAction } from "./run-action";

/**
 * Moves an initiative to a position of the ranked list (CMO and CIO). On success `data` carries
 * `from` and `to` (1-based positions) so the board can announce the result in its own words.
 */
export async function reorderInitiativeAction(_previous: ActionState<{ from: number; to: number }>, formData: FormData): Promise<ActionState<{ from: number; to: number }>> {
  return runAction(formData, {
    permission: "initiative.reorder",
    schema: reorderSchema,
    success: "reorder.moved",
    revalidate: ["/board"],
    run: async (ctx, input) => {
      const { from, to } = await reorderInitiative(ctx, input);
      return { data: { from, to } };
    },
  });
}
