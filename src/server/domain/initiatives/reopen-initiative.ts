import "server-only";
import { LIVE_STATUSES } from "@/lib/initiative-enums";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { assertFilled, saveInitiative, withInitiative } from "./initiative-transaction";
import { assertFreshVersion } from "../fresh-version";
import { bottomRankKey } from "./ranking-lock";
import { wrongStatus } from "./workflow";

/**
 * DONE → IN_PROGRESS, by the CMO or the CIO, with a reason kept in the history. It goes back to
 * its old place on the ranked list when that key is free, otherwise to the bottom.
 */
export async function reopenInitiative(
  ctx: DomainContext,
  input: { initiativeId: string; version: number; reason: string },
) {
  assertCan(ctx.actor, "initiative.reopen");
  const reason = assertFilled(input.reason, "reason", "validation.reasonRequired");
  return withInitiative(
    ctx,
    input.initiativeId,
    async (tx, current, actor) => {
      await assertFreshVersion(tx, "initiative", current, input.version);
      if (current.status !== "DONE") throw wrongStatus(current.status, ["DONE"]);
      const taken = await tx.initiative.count({
        where: { rankKey: current.rankKey, id: { not: current.id }, status: { in: [...LIVE_STATUSES] } },
      });
      const rankKey = taken ? await bottomRankKey(tx) : current.rankKey;
      return saveInitiative(
        tx,
        ctx,
        actor,
        current,
        { status: "IN_PROGRESS", outcomeNote: null, rankKey },
        "initiative.reopened",
        {
          status: { before: "DONE", after: "IN_PROGRESS" },
          outcomeNote: { before: current.outcomeNote, after: null },
          reason,
        },
      );
    },
    { ranking: true },
  );
}
