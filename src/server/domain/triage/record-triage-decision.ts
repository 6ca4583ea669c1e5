import "server-only";
import type { TriageDecisionKind } from "@/generated/prisma/enums";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError, notFound } from "../errors";
import { assertFilled, saveInitiative, withInitiative } from "../initiatives/initiative-transaction";

export interface TriageDecisionInput {
  sessionId: string;
  initiativeId: string;
  kind: TriageDecisionKind;
  /** PARK: YYYY-MM-DD, after today. */
  parkUntil: string | null;
  /** SEND_BACK: what is missing; DROP: why. */
  reason: string;
}

/**
 * A triage session's decision on a proposal, kept in the minutes: AGREE sends it on to sign-off,
 * PARK sets it aside until a date, SEND_BACK asks its owners for what is missing (a comment on the
 * initiative, which its owners see on its page), DROP drops it with the reason.
 */
export async function recordTriageDecision(ctx: DomainContext, input: TriageDecisionInput): Promise<{ id: string }> {
  assertCan(ctx.actor, "triage.session");
  const now = ctx.now ?? new Date();
  let reason = input.reason.trim();
  let parkUntil: Date | null = null;
  if (input.kind === "SEND_BACK") reason = assertFilled(reason, "reason", "triage.validation.missingDetail");
  if (input.kind === "DROP") reason = assertFilled(reason, "reason", "validation.dropReasonRequired");
  if (input.kind === "PARK") {
    if (!input.parkUntil || !/^\d{4}-\d{2}-\d{2}$/.test(input.parkUntil))
      throw DomainError.invalid({ parkUntil: "triage.validation.parkUntil" });
    parkUntil = new Date(`${input.parkUntil}T00:00:00Z`);
    if (Number.isNaN(parkUntil.getTime()) || input.parkUntil <= now.toISOString().slice(0, 10)) {
      throw DomainError.invalid({ parkUntil: "triage.validation.parkFuture" });
    }
  }
  return withInitiative(
    ctx,
    input.initiativeId,
    async (tx, current, actor) => {
      const session = await tx.triageSession.findUnique({ where: { id: input.sessionId }, select: { endedAt: true } });
      if (!session) throw notFound();
      if (session.endedAt) throw DomainError.conflict("triage.session.ended");
      if (current.status !== "PROPOSED") throw DomainError.conflict("triage.session.notProposal");
      const decision = await tx.triageDecision.create({
        data: {
          sessionId: input.sessionId,
          initiativeId: current.id,
          kind: input.kind,
          parkUntil,
          reason,
          decidedById: actor.id,
          decidedAt: now,
        },
        select: { id: true },
      });
      if (input.kind === "DROP") {
        await saveInitiative(
          tx,
          ctx,
          actor,
          current,
          { status: "DROPPED", dropReason: reason },
          "initiative.status_changed",
          {
            status: { before: current.status, after: "DROPPED" },
            dropReason: { before: null, after: reason },
            triageSessionId: input.sessionId,
          },
        );
      }
      if (input.kind === "SEND_BACK") {
        await tx.comment.create({
          data: { initiativeId: current.id, authorId: actor.id, body: `[Triage] ${reason}`, createdAt: now },
        });
      }
      await recordActivity(tx, {
        actorId: actor.id,
        action: "triage.decided",
        entityType: "initiative",
        entityId: current.id,
        initiativeId: current.id,
        changes: {
          sessionId: input.sessionId,
          decision: input.kind,
          ...(input.parkUntil && parkUntil ? { parkUntil: input.parkUntil } : {}),
          ...(reason ? { reason } : {}),
        },
        origin: ctx.origin,
      });
      return decision;
    },
    { ranking: input.kind === "DROP" },
  );
}
