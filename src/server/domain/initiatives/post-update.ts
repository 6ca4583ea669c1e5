import "server-only";
import type { Health } from "@/generated/prisma/client";
import { db } from "../../db";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { lockInitiative } from "./lock-initiative";
import { isLive } from "@/lib/initiative-enums";

/**
 * A progress report: sets the initiative's health and progress and keeps the text. Not tied to a
 * version: reports from several people never conflict; the latest one sets health and progress.
 */
export async function postStatusUpdate(
  ctx: DomainContext,
  input: { initiativeId: string; health: Health; progress: number; body: string },
) {
  assertCan(ctx.actor, "initiative.postUpdate");
  const actor = ctx.actor;
  return db().$transaction(async (tx) => {
    const current = await lockInitiative(tx, input.initiativeId);
    if (!isLive(current.status)) throw DomainError.conflict("errors.closedInitiative");
    const update = await tx.statusUpdate.create({
      data: {
        initiativeId: current.id,
        authorId: actor.id,
        health: input.health,
        progress: input.progress,
        body: input.body,
      },
      select: { id: true },
    });
    await tx.initiative.update({ where: { id: current.id }, data: { health: input.health, progress: input.progress } });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "initiative.status_update_posted",
      entityType: "status_update",
      entityId: update.id,
      initiativeId: current.id,
      changes: {
        health: { before: current.health, after: input.health },
        progress: { before: current.progress, after: input.progress },
      },
      origin: ctx.origin,
    });
    return update;
  });
}

export async function postComment(ctx: DomainContext, input: { initiativeId: string; body: string }) {
  assertCan(ctx.actor, "initiative.postUpdate");
  const actor = ctx.actor;
  return db().$transaction(async (tx) => {
    const exists = await tx.initiative.findUnique({ where: { id: input.initiativeId }, select: { id: true } });
    if (!exists) throw DomainError.notFound();
    const comment = await tx.comment.create({
      data: { initiativeId: input.initiativeId, authorId: actor.id, body: input.body },
      select: { id: true },
    });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "initiative.commented",
      entityType: "comment",
      entityId: comment.id,
      initiativeId: input.initiativeId,
      origin: ctx.origin,
    });
    return comment;
  });
}
