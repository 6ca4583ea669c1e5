import "server-only";
import type { StandardsReview } from "@/generated/prisma/client";
import { isLive, LIVE_STATUSES } from "@/lib/initiative-enums";
import { normaliseText } from "@/lib/text";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import {
  assertWithdrawalConfirmed,
  fieldsWithdrawingSignOffs,
  recordSignOffsWithdrawn,
  SIGN_OFFS_WITHDRAWN,
} from "./agreement-rules";
import { saveInitiative, withInitiative } from "./initiative-transaction";
import { assertFreshVersion } from "../fresh-version";
import { wrongStatus } from "./workflow";

export interface ReviewStandardsInput {
  initiativeId: string;
  version: number;
  verdict: Exclude<StandardsReview, "PENDING">;
  note: string;
  confirmWithdraw?: boolean;
}

/**
 * The IT-standards review's verdict, given by the IT side only (the CIO or IT staff), recorded with
 * who and when. It is part of readiness: changing it on a signed initiative withdraws the sign-offs.
 */
export async function reviewStandards(ctx: DomainContext, input: ReviewStandardsInput) {
  assertCan(ctx.actor, "initiative.reviewStandards");
  return withInitiative(ctx, input.initiativeId, async (tx, current, actor) => {
    await assertFreshVersion(tx, "initiative", current, input.version);
    if (!isLive(current.status)) throw wrongStatus(current.status, [...LIVE_STATUSES]);
    const changes: Record<string, unknown> = {};
    if (current.standardsReview !== input.verdict)
      changes.standardsReview = { before: current.standardsReview, after: input.verdict };
    if (normaliseText(current.standardsReviewNote) !== input.note)
      changes.standardsReviewNote = { before: current.standardsReviewNote, after: input.note };
    if (Object.keys(changes).length === 0) return { version: current.version, status: current.status };
    const withdrawn = fieldsWithdrawingSignOffs(current, Object.keys(changes));
    assertWithdrawalConfirmed(withdrawn, input.confirmWithdraw ?? false);
    const now = ctx.now ?? new Date();
    const saved = await saveInitiative(
      tx,
      ctx,
      actor,
      current,
      {
        standardsReview: input.verdict,
        standardsReviewNote: input.note,
        standardsReviewedById: actor.id,
        standardsReviewedAt: now,
        ...(withdrawn.length ? SIGN_OFFS_WITHDRAWN : {}),
      },
      "initiative.standards_reviewed",
      changes,
    );
    if (withdrawn.length) await recordSignOffsWithdrawn(tx, ctx, actor, current, withdrawn);
    return saved;
  });
}
