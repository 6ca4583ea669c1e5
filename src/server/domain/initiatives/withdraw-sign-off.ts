import "server-only";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { forbidden } from "../errors";
import { assertFilled, saveInitiative, withInitiative } from "./initiative-transaction";
import { assertFreshVersion } from "../fresh-version";
import { wrongStatus } from "./workflow";

/**
 * A signer takes back their own sign-off while the initiative is still proposed (not yet agreed),
 * with a reason kept in the history. Nobody withdraws someone else's sign-off.
 */
export async function withdrawSignOff(
  ctx: DomainContext,
  input: { initiativeId: string; version: number; side: "MARKETING" | "IT"; reason: string },
) {
  assertCan(ctx.actor, input.side === "MARKETING" ? "initiative.signOffMarketing" : "initiative.signOffIt");
  const reason = assertFilled(input.reason, "reason", "validation.reasonRequired");
  return withInitiative(ctx, input.initiativeId, async (tx, current, actor) => {
    await assertFreshVersion(tx, "initiative", current, input.version);
    if (current.status !== "PROPOSED") throw wrongStatus(current.status, ["PROPOSED"]);
    const field = input.side === "MARKETING" ? "marketingApprovedById" : "itApprovedById";
    if (current[field] !== actor.id) throw forbidden();
    const cleared =
      input.side === "MARKETING"
        ? { marketingApprovedById: null, marketingApprovedAt: null }
        : { itApprovedById: null, itApprovedAt: null };
    return saveInitiative(tx, ctx, actor, current, cleared, "initiative.signoff_withdrawn", {
      [field]: { before: actor.id, after: null },
      reason,
    });
  });
}
