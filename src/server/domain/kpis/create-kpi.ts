import "server-only";
import type { CreateKpiInput } from "@/lib/schemas/kpi-schemas";
import { db } from "../../db";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { assertNameFree, assertValueFits, kpiErrorFromDatabase } from "./kpi-rules";

/** A new shared KPI (CMO, CIO). Its name is unique whatever the case. */
export async function createKpi(ctx: DomainContext, input: CreateKpiInput): Promise<{ id: string }> {
  assertCan(ctx.actor, "kpi.manage");
  const actor = ctx.actor;
  assertValueFits(input.unit, input.target, "target");
  if (input.baseline !== null) assertValueFits(input.unit, input.baseline, "baseline");
  try {
    return await db().$transaction(async (tx) => {
      await assertNameFree(tx, input.name);
      const created = await tx.kpi.create({ data: input, select: { id: true } });
      await recordActivity(tx, {
        actorId: actor.id,
        action: "kpi.created",
        entityType: "kpi",
        entityId: created.id,
        changes: Object.fromEntries(
          Object.entries(input).map(([field, value]) => [field, { before: null, after: value }]),
        ),
        origin: ctx.origin,
      });
      return created;
    });
  } catch (error) {
    throw kpiErrorFromDatabase(error) ?? error;
  }
}
