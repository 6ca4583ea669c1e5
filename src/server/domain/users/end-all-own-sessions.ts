import "server-only";
import { revokeUserSessions } from "../../auth/server-sessions";
import { db } from "../../db";
import { recordActivity } from "../activity";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";

/** "Sign out everywhere" for oneself: every session of the caller ends, this one included. */
export async function endAllOwnSessions(ctx: DomainContext): Promise<void> {
  if (!ctx.actor) throw DomainError.unauthenticated();
  const actor = ctx.actor;
  const now = ctx.now ?? new Date();
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionsValidAfter: now } });
    await revokeUserSessions(tx, actor.id, now);
    await recordActivity(tx, {
      actorId: actor.id,
      action: "user.signed_out_everywhere",
      entityType: "user",
      entityId: actor.id,
      origin: ctx.origin,
    });
  });
}
