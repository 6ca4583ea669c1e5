import "server-only";
import { db } from "../../db";
import { recordActivity } from "../activity";
import type { DomainContext } from "../context";
import { DomainError, notFound } from "../errors";

/** Ends one of the caller's own sessions (a browser listed on /account). Someone else's is "not found". */
export async function endOwnSession(ctx: DomainContext, input: { sessionId: string }): Promise<void> {
  if (!ctx.actor) throw DomainError.unauthenticated();
  const actor = ctx.actor;
  const now = ctx.now ?? new Date();
  await db().$transaction(async (tx) => {
    const ended = await tx.session.updateMany({
      where: { id: input.sessionId, userId: actor.id, revokedAt: null },
      data: { revokedAt: now },
    });
    if (ended.count === 0) throw notFound();
    await recordActivity(tx, {
      actorId: actor.id,
      action: "user.session_ended",
      entityType: "session",
      entityId: input.sessionId,
      origin: ctx.origin,
    });
  });
}
