import "server-only";
import { sideOf } from "@/lib/roles";
import { CRITERIA, SCORE_MAX, SCORE_MIN, type Criterion } from "@/lib/triage";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError, forbidden } from "../errors";
import { withInitiative } from "../initiatives/initiative-transaction";
import { LIVE_STATUSES } from "../initiatives/ranking-lock";
import { currentScoringModel } from "./scoring-model";

export interface ScoreInitiativeInput {
  initiativeId: string;
  scores: Record<Criterion, { value: number; note: string }>;
}

/**
 * The CMO scores an initiative for marketing, the CIO for IT: every criterion 1–5 with a one-line
 * note, under the model version in force. Scoring again replaces the side's scores (the history
 * keeps before → after). Neither side's score is shown to the other until both have scored.
 */
export async function scoreInitiative(
  ctx: DomainContext,
  input: ScoreInitiativeInput,
): Promise<{ modelVersion: number }> {
  assertCan(ctx.actor, "triage.score");
  const side = sideOf(ctx.actor.role);
  if (!side) throw forbidden();
  const fieldErrors: Record<string, string> = {};
  for (const c of CRITERIA) {
    const value = input.scores[c]?.value;
    if (!Number.isInteger(value) || value < SCORE_MIN || value > SCORE_MAX)
      fieldErrors[`score_${c}`] = "triage.validation.scoreRange";
  }
  if (Object.keys(fieldErrors).length) throw DomainError.invalid(fieldErrors);
  return withInitiative(ctx, input.initiativeId, async (tx, current, actor) => {
    if (!(LIVE_STATUSES as readonly string[]).includes(current.status)) throw DomainError.conflict("triage.notLive");
    const model = await currentScoringModel(tx);
    const before = await tx.triageScore.findMany({ where: { initiativeId: current.id, side } });
    // The history names the criteria that changed, never the values: the activity log and the initiative's
    // timeline are read by the other executive (and staff) before both sides have scored, and scoring is blind.
    const changed: Criterion[] = [];
    const at = ctx.now ?? new Date();
    for (const c of CRITERIA) {
      const { value, note } = input.scores[c];
      const old = before.find((row) => row.criterion === c);
      if (!old || old.value !== value || old.note !== note) changed.push(c);
      await tx.triageScore.upsert({
        where: { initiativeId_side_criterion: { initiativeId: current.id, side, criterion: c } },
        create: {
          initiativeId: current.id,
          side,
          criterion: c,
          value,
          note,
          modelVersion: model.version,
          scoredById: actor.id,
          scoredAt: at,
        },
        update: { value, note, modelVersion: model.version, scoredById: actor.id, scoredAt: at },
      });
    }
    await recordActivity(tx, {
      actorId: actor.id,
      action: "triage.scored",
      entityType: "initiative",
      entityId: current.id,
      initiativeId: current.id,
      changes: { side, modelVersion: model.version, criteria: changed.join(", "), rescored: before.length > 0 },
      origin: ctx.origin,
    });
    return { modelVersion: model.version };
  });
}
