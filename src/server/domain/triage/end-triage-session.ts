import "server-only";
import { db } from "../../db";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError, notFound } from "../errors";

/** Closes a triage session; its minutes stay as they are. */
export async function endTriageSession(ctx: DomainContext, input: { sessionId: string }): Promise<void> {
  assertCan(ctx.actor, "triage.session");
  const actor = ctx.actor;
  await db().$transaction(async (tx) => {
    const session = await tx.triageSession.findUnique({
      where: { id: input.sessionId },
      select: { id: true, endedAt: true },
    });
    if (!session) throw notFound();
    if (session.endedAt) throw DomainError.conflict("triage.session.ended");
    const { count } = await tx.triageSession.updateMany({
      where: { id: session.id, endedAt: null },
      data: { endedAt: ctx.now ?? new Date() },
    });
    if (count === 0) throw DomainError.conflict("triage.session.ended");
    const decisions = await tx.triageDecision.count({ where: { sessionId: session.id } });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "triage.session_ended",
      entityType: "triageSession",
      entityId: session.id,
      changes: { decisions },
      origin: ctx.origin,
    });
  });
}
