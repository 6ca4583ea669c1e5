import "server-only";
import type { ProposeInitiativeInput } from "@/lib/schemas/initiative-schemas";
import { db } from "../../db";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { assertOwners, ownerErrorFromDatabase } from "./owner-rules";
import { bottomRankKey, lockRanking } from "./ranking-lock";

/** A new initiative enters at the bottom of the list as PROPOSED. */
export async function proposeInitiative(ctx: DomainContext, input: ProposeInitiativeInput): Promise<{ id: string }> {
  assertCan(ctx.actor, "initiative.propose");
  const actor = ctx.actor;
  try {
    return await db().$transaction(async (tx) => {
      await assertOwners(tx, input);
      await lockRanking(tx);
      const rankKey = await bottomRankKey(tx);
      const targetDate = input.targetDate ? new Date(`${input.targetDate}T00:00:00Z`) : null;
      const created = await tx.initiative.create({
        data: { ...input, targetDate, rankKey, status: "PROPOSED", createdById: actor.id },
        select: { id: true },
      });
      await recordActivity(tx, {
        actorId: actor.id,
        action: "initiative.created",
        entityType: "initiative",
        entityId: created.id,
        initiativeId: created.id,
        changes: {
          title: { before: null, after: input.title },
          lever: { before: null, after: input.lever },
          marketingOwnerId: { before: null, after: input.marketingOwnerId },
          itOwnerId: { before: null, after: input.itOwnerId },
          status: { before: null, after: "PROPOSED" },
        },
        origin: ctx.origin,
      });
      return created;
    });
  } catch (error) {
    throw ownerErrorFromDatabase(error) ?? error;
  }
}
