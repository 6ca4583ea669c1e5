import "server-only";
import { db } from "../../db";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";

// Any constant; "lvsess" in hex: one open session at a time, even when both executives press Start together.
const SESSION_LOCK_KEY = 0x6c7673657373;

/** Opens a triage session (or joins the one already open): the CMO and the CIO walk the proposals together. */
export async function startTriageSession(ctx: DomainContext): Promise<{ id: string; created: boolean }> {
  assertCan(ctx.actor, "triage.session");
  const actor = ctx.actor;
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SESSION_LOCK_KEY}::bigint)`;
    const open = await tx.triageSession.findFirst({ where: { endedAt: null }, select: { id: true } });
    if (open) return { id: open.id, created: false };
    const session = await tx.triageSession.create({
      data: { startedById: actor.id, ...(ctx.now ? { startedAt: ctx.now } : {}) },
      select: { id: true },
    });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "triage.session_started",
      entityType: "triageSession",
      entityId: session.id,
      origin: ctx.origin,
    });
    return { id: session.id, created: true };
  });
}
