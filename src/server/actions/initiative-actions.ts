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

/**
 * Saves an edit. On success the form closes: the initiative's page opens with a confirmation of
 * what happened (saved, nothing changed, or saved with the sign-offs withdrawn by which fields).
 */
export async function updateInitiativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let saved: { id: string; changed: string[]; withdrawn: string[] } | undefined;
  const state = await runAction(formData, {
    schema: editInitiativeSchema,
    success: "initiative.saved",
    revalidate: (input) => ["/board", `/initiatives/${input.id}`],
    run: async (ctx, input) => {
      const result = await updateInitiative(ctx, input);
      saved = { id: input.id, changed: result.changed, withdrawn: result.withdrawn };
      return { data: { version: String(result.version) } };
    },
  });
  if (state.ok && saved) redirect(savedPath(saved));
  return state;
}

function savedPath({ id, changed, withdrawn }: { id: string; changed: string[]; withdrawn: string[] }): string {
  const query = new URLSearchParams({ saved: withdrawn.length ? "withdrawn" : changed.length ? "saved" : "unchanged" });
  if (withdrawn.length) query.set("fields", withdrawn.join(","));
  return `/initiatives/${id}?${query}`;
}
