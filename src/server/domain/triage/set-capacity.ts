import "server-only";
import type { Side } from "@/lib/roles";
import { QUARTER_PATTERN } from "@/lib/triage";
import { db } from "../../db";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";

/** A side's capacity in a quarter (person-weeks, 0 or more): the CMO sets marketing's, the CIO IT's. */
export async function setCapacity(
  ctx: DomainContext,
  input: { side: Side; quarter: string; personWeeks: number },
): Promise<void> {
  assertCan(ctx.actor, input.side === "MARKETING" ? "triage.capacityMarketing" : "triage.capacityIt");
  const actor = ctx.actor;
  const fieldErrors: Record<string, string> = {};
  if (!QUARTER_PATTERN.test(input.quarter)) fieldErrors.quarter = "triage.validation.quarter";
  if (!Number.isFinite(input.personWeeks)) fieldErrors.personWeeks = "triage.validation.personWeeks";
  else if (input.personWeeks < 0) fieldErrors.personWeeks = "triage.validation.negative";
  if (Object.keys(fieldErrors).length) throw DomainError.invalid(fieldErrors);
  await db().$transaction(async (tx) => {
    const key = { side_quarter: { side: input.side, quarter: input.quarter } };
    const before = await tx.triageCapacity.findUnique({ where: key });
    await tx.triageCapacity.upsert({
      where: key,
      create: { side: input.side, quarter: input.quarter, personWeeks: input.personWeeks, setById: actor.id },
      update: { personWeeks: input.personWeeks, setById: actor.id },
    });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "triage.capacity_set",
      entityType: "capacity",
      entityId: `${input.side}:${input.quarter}`,
      changes: {
        side: input.side,
        quarter: input.quarter,
        personWeeks: { before: before?.personWeeks ?? null, after: input.personWeeks },
      },
      origin: ctx.origin,
    });
  });
}
