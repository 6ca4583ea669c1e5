import "server-only";
import { QUARTER_PATTERN } from "@/lib/triage";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { withInitiative } from "../initiatives/initiative-transaction";

export interface PlanInput {
  initiativeId: string;
  marketingEffort: number;
  itEffort: number;
  targetQuarter: string | null;
}

/** The effort estimate per side (person-weeks, 0 or more) and the target quarter of an initiative. */
export async function planInitiative(ctx: DomainContext, input: PlanInput): Promise<void> {
  assertCan(ctx.actor, "triage.plan");
  const fieldErrors: Record<string, string> = {};
  for (const field of ["marketingEffort", "itEffort"] as const) {
    const value = input[field];
    if (!Number.isFinite(value)) fieldErrors[field] = "triage.validation.personWeeks";
    else if (value < 0) fieldErrors[field] = "triage.validation.negative";
  }
  if (input.targetQuarter !== null && !QUARTER_PATTERN.test(input.targetQuarter))
    fieldErrors.targetQuarter = "triage.validation.quarter";
  if (Object.keys(fieldErrors).length) throw DomainError.invalid(fieldErrors);
  await withInitiative(ctx, input.initiativeId, async (tx, current, actor) => {
    const before = await tx.triagePlan.findUnique({ where: { initiativeId: current.id } });
    const data = {
      marketingEffort: input.marketingEffort,
      itEffort: input.itEffort,
      targetQuarter: input.targetQuarter,
    };
    await tx.triagePlan.upsert({
      where: { initiativeId: current.id },
      create: { initiativeId: current.id, ...data, updatedById: actor.id },
      update: { ...data, updatedById: actor.id },
    });
    const changes = Object.fromEntries(
      (Object.keys(data) as (keyof typeof data)[])
        .filter((key) => (before?.[key] ?? null) !== data[key])
        .map((key) => [key, { before: before?.[key] ?? null, after: data[key] }]),
    );
    await recordActivity(tx, {
      actorId: actor.id,
      action: "triage.planned",
      entityType: "initiative",
      entityId: current.id,
      initiativeId: current.id,
      changes,
      origin: ctx.origin,
    });
  });
}
