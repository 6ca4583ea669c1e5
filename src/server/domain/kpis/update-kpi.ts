import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EditKpiInput } from "@/lib/schemas/kpi-schemas";
import { db } from "../../db";
import { diffFields, recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { assertFreshVersion } from "../fresh-version";
import {
  assertNameFree,
  assertUnitFitsMeasurements,
  assertValueFits,
  kpiErrorFromDatabase,
  lockKpi,
} from "./kpi-rules";

/**
 * Saves an edit made on `input.version` (CMO, CIO). A stale version is refused with who changed it,
 * when and which fields; nothing is overwritten. The history keeps each field's before → after.
 */
export async function updateKpi(ctx: DomainContext, input: EditKpiInput): Promise<{ version: number }> {
  assertCan(ctx.actor, "kpi.manage");
  const actor = ctx.actor;
  const { id, version, ...fields } = input;
  assertValueFits(fields.unit, fields.target, "target");
  if (fields.baseline !== null) assertValueFits(fields.unit, fields.baseline, "baseline");
  try {
    return await db().$transaction(async (tx) => {
      const current = await lockKpi(tx, id);
      await assertFreshVersion(tx, "kpi", current, version);
      const changes = diffFields(current as unknown as Record<string, unknown>, fields);
      if (Object.keys(changes).length === 0) return { version: current.version };
      if ("name" in changes) await assertNameFree(tx, fields.name, id);
      if ("unit" in changes) await assertUnitFitsMeasurements(tx, id, fields.unit);
      const updated = await tx.kpi.update({
        where: { id },
        data: { ...fields, version: { increment: 1 } },
        select: { version: true },
      });
      await recordActivity(tx, {
        actorId: actor.id,
        action: "kpi.updated",
        entityType: "kpi",
        entityId: id,
        changes: { ...changes, version: { before: current.version, after: updated.version } } as Prisma.InputJsonValue,
        origin: ctx.origin,
      });
      return updated;
    });
  } catch (error) {
    throw kpiErrorFromDatabase(error) ?? error;
  }
}
