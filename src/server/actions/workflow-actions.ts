"use server";

import type { ActionState } from "@/lib/action-state";
import {
  commentSchema,
  completeSchema,
  dropSchema,
  reopenSchema,
  reviewStandardsSchema,
  signOffSchema,
  startSchema,
  statusUpdateSchema,
  withdrawSignOffSchema,
} from "@/lib/schemas/workflow-schemas";
import { postComment, postStatusUpdate } from "../domain/initiatives/post-update";
import { reopenInitiative } from "../domain/initiatives/reopen-initiative";
import { reviewStandards } from "../domain/initiatives/review-standards";
import { withdrawSignOff } from "../domain/initiatives/withdraw-sign-off";
import { completeInitiative, dropInitiative, signOff, startInitiative } from "../domain/initiatives/workflow";
import { runAction } from "./run-action";

const paths = (input: { initiativeId: string }) => ["/board", `/initiatives/${input.initiativeId}`];

export async function signOffAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    schema: signOffSchema,
    success: "workflow.signedOff",
    revalidate: paths,
    run: (ctx, input) => signOff(ctx, input).then(() => undefined),
  });
}

export async function withdrawSignOffAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    schema: withdrawSignOffSchema,
    success: "workflow.signOffWithdrawn",
    revalidate: paths,
    run: (ctx, input) => withdrawSignOff(ctx, input).then(() => undefined),
  });
}

export async function reviewStandardsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "initiative.reviewStandards",
    schema: reviewStandardsSchema,
    success: "workflow.reviewSaved",
    revalidate: paths,
    run: async (ctx, input) => {
      const saved = await reviewStandards(ctx, input);
      return { data: { version: String(saved.version) } };
    },
  });
}

export async function reopenInitiativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "initiative.reopen",
    schema: reopenSchema,
    success: "workflow.reopened",
    revalidate: paths,
    run: (ctx, input) => reopenInitiative(ctx, input).then(() => undefined),
  });
}

export async function startInitiativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    schema: startSchema,
    success: "workflow.started",
    revalidate: paths,
    run: (ctx, input) => startInitiative(ctx, input).then(() => undefined),
  });
}

export async function completeInitiativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    schema: completeSchema,
    success: "workflow.completed",
    revalidate: paths,
    run: (ctx, input) => completeInitiative(ctx, input).then(() => undefined),
  });
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
    // The form shows the health and progress the initiative has now, not the ones it started with.
    run: async (ctx, input) => {
      const update = await postStatusUpdate(ctx, input);
      return { data: { updateId: update.id, health: input.health, progress: String(input.progress) } };
    },
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
