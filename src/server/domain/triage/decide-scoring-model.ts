import "server-only";
import { parseWeights } from "@/lib/triage";
import { db } from "../../db";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError, notFound } from "../errors";
import { currentScoringModel, lockScoringModel } from "./scoring-model";

/**
 * The second key: the executive who did not propose a model change approves it (it is in force from
 * then on, as a new version) or rejects it. The proposer can only reject (take back) their own.
 */
export async function decideScoringModel(
  ctx: DomainContext,
  input: { modelId: string; decision: "APPROVE" | "REJECT" },
): Promise<{ version: number }> {
  assertCan(ctx.actor, "triage.model");
  const actor = ctx.actor;
  return db().$transaction(async (tx) => {
    await lockScoringModel(tx);
    const model = await tx.scoringModel.findUnique({ where: { id: input.modelId } });
    if (!model) throw notFound();
    if (model.status !== "PROPOSED") throw DomainError.conflict("triage.model.notPending", { version: model.version });
    if (input.decision === "APPROVE" && model.proposedById === actor.id)
      throw DomainError.forbidden("triage.model.secondKey");
    const before = await currentScoringModel(tx);
    const status = input.decision === "APPROVE" ? "APPROVED" : "REJECTED";
    await tx.scoringModel.update({
      where: { id: model.id },
      data: { status, decidedById: actor.id, decidedAt: ctx.now ?? new Date() },
    });
    await recordActivity(tx, {
      actorId: actor.id,
      action: input.decision === "APPROVE" ? "triage.model_approved" : "triage.model_rejected",
      entityType: "scoringModel",
      entityId: model.id,
      changes: {
        version: model.version,
        ...(input.decision === "APPROVE"
          ? {
              inForce: { before: before.version, after: model.version },
              weights: { before: before.weights, after: parseWeights(model.weights) },
            }
          : {}),
      },
      origin: ctx.origin,
    });
    return { version: model.version };
  });
}
