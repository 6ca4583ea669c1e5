import "server-only";
import { CRITERIA, SCORE_MAX, SCORE_MIN, type Criterion } from "@/lib/triage";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { withInitiative } from "../initiatives/initiative-transaction";

/** After both sides scored and talked, the CMO or the CIO records the score agreed for a criterion. */
export async function setAgreedScore(
  ctx: DomainContext,
  input: { initiativeId: string; criterion: Criterion; value: number; note: string },
) {
  assertCan(ctx.actor, "triage.score");
  if (!CRITERIA.includes(input.criterion)) throw DomainError.invalid({ criterion: "validation.invalid" });
  if (!Number.isInteger(input.value) || input.value < SCORE_MIN || input.value > SCORE_MAX) {
    throw DomainError.invalid({ value: "triage.validation.scoreRange" });
  }
  return withInitiative(ctx, input.initiativeId, async (tx, current, actor) => {
    const scored = await tx.triageScore.groupBy({
      by: ["side"],
      where: { initiativeId: current.id },
      _count: { _all: true },
    });
    if (scored.length < 2 || scored.some((s) => s._count._all < CRITERIA.length))
      throw DomainError.conflict("triage.agreed.bothFirst");
    const old = await tx.triageAgreedScore.findUnique({
      where: { initiativeId_criterion: { initiativeId: current.id, criterion: input.criterion } },
    });
    const at = ctx.now ?? new Date();
    await tx.triageAgreedScore.upsert({
      where: { initiativeId_criterion: { initiativeId: current.id, criterion: input.criterion } },
      create: {
        initiativeId: current.id,
        criterion: input.criterion,
        value: input.value,
        note: input.note,
        setById: actor.id,
        setAt: at,
      },
      update: { value: input.value, note: input.note, setById: actor.id, setAt: at },
    });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "triage.score_agreed",
      entityType: "initiative",
      entityId: current.id,
      initiativeId: current.id,
      changes: {
        criterion: input.criterion,
        value: { before: old?.value ?? null, after: input.value },
        ...(input.note ? { note: input.note } : {}),
      },
      origin: ctx.origin,
    });
  });
}
