"use server";

import type { ActionState } from "@/lib/action-state";
import { commentSchema, completeSchema, dropSchema, signOffSchema, startSchema, statusUpdateSchema } from "@/lib/schemas/workflow-schemas";
import { postComment, postStatusUpdate } from "../domain/initiatives/post-update";
import { completeInitiative, dropInitiative, signOff, startInitiative } from "../domain/initiatives/workflow";
import { runAction } from "./run-action";

const paths = (input: { initiativeId: string }) => ["/board", `/initiatives/${input.initiativeId}`];

export async function signOffAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, { schema: signOffSchema, success: "workflow.signedOff", revalidate: paths, run: (ctx, input) => signOff(ctx, input).then(() => undefined) });
}

export async function startInitiativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, { schema: startSchema, success: "workflow.started", revalidate: paths, run: (ctx, input) => startInitiative(ctx, input).then(() => undefined) });
}

export async function completeInitiativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, { schema: completeSchema, success: "workflow.completed", revalidate: paths, run: (ctx, input) => completeInitiative(ctx, input).then(() => undefined) });
}

export async function dropInitiativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "initiative.drop",
    schema: dropSchema,
    success: "workflow.dropped",
    revalidate: paths,
    run: (ctx, input) => dropInitiative(ctx, input).then(() => undefined),
  });
}

export async function postStatusUpdateAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "initiative.postUpdate",
    schema: statusUpdateSchema,
    success: "workflow.updatePosted",
    revalidate: paths,
    run: (ctx, input) => postStatusUpdate(ctx, input).then(() => undefined),
  });
}

export async function postCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "initiative.postUpdate",
    schema: commentSchema,
    success: "workflow.commentPosted",
    revalidate: paths,
    run: (ctx, input) => postComment(ctx, input).then(() => undefined),
  });
}
