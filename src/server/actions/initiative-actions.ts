"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { editInitiativeSchema, proposeInitiativeSchema } from "@/lib/schemas/initiative-schemas";
import { proposeInitiative } from "../domain/initiatives/propose-initiative";
import { updateInitiative } from "../domain/initiatives/update-initiative";
import { runAction } from "./run-action";

export async function proposeInitiativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let createdId: string | undefined;
  const state = await runAction(formData, {
    permission: "initiative.propose",
    schema: proposeInitiativeSchema,
    success: "initiative.proposed",
    revalidate: ["/board"],
    run: async (ctx, input) => {
      createdId = (await proposeInitiative(ctx, input)).id;
    },
  });
  if (state.ok && createdId) redirect(`/board?added=${createdId}`);
  return state;
}

export async function updateInitiativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    schema: editInitiativeSchema,
    success: "initiative.saved",
    revalidate: (input) => ["/board", `/initiatives/${input.id}`],
    run: async (ctx, input) => {
      const result = await updateInitiative(ctx, input);
      return { data: { version: String(result.version), ...(result.signOffsWithdrawn ? { signOffsWithdrawn: "true" } : {}) } };
    },
  });
}
