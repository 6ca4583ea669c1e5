import "server-only";
import type { Weights } from "@/lib/triage";
import { db } from "../../db";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { CRITERIA } from "@/lib/triage";
import { currentScoringModel, lockScoringModel } from "./scoring-model";

/**
 * The CMO or the CIO proposes new weights. The proposal takes effect only when the other executive
 * approves it (the second key); until then the version in force scores. One proposal at a time.
 */
export async function proposeScoringModel(
  ctx: DomainContext,
  input: { weights: Weights; note: string },
): Promise<{ id: string; version: number }> {
  assertCan(ctx.actor, "triage.model");
  const actor = ctx.actor;
  const total = CRITERIA.reduce((sum, c) => sum + input.weights[c], 0);
  if (total !== 100 || CRITERIA.some((c) => !Number.isInteger(input.weights[c]) || input.weights[c] < 0)) {
    throw DomainError.invalid({ weights: "triage.validation.weightsSum" });
  }
  return db().$transaction(async (tx) => {
    await lockScoringModel(tx);
    const pending = await tx.scoringModel.findFirst({ where: { status: "PROPOSED" }, select: { version: true } });
    if (pending) throw DomainError.conflict("triage.model.pendingExists", { version: pending.version });
    const current = await currentScoringModel(tx);
    const last = await tx.scoringModel.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    const created = await tx.scoringModel.create({
      data: {
        version,
        status: "PROPOSED",
        weights: input.weights,
        note: input.note,
        proposedById: actor.id,
        ...(ctx.now ? { proposedAt: ctx.now } : {}),
      },
      select: { id: true, version: true },
    });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "triage.model_proposed",
      entityType: "scoringModel",
      entityId: created.id,
      changes: {
        version,
        weights: { before: current.weights, after: input.weights },
        ...(input.note ? { note: input.note } : {}),
      },
      origin: ctx.origin,
    });
    return created;
  });
}
