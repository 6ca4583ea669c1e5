import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EditInitiativeInput } from "@/lib/schemas/initiative-schemas";
import { db } from "../../db";
import { diffFields, recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { assertVersion, lockInitiative } from "./lock-initiative";
import { assertOwners, ownerErrorFromDatabase } from "./owner-rules";

/** Links the initiative to exactly `kpiIds`; returns the KPI names before → after when they changed. */
async function syncKpis(tx: Prisma.TransactionClient, initiativeId: string, kpiIds: string[]) {
  const current = await tx.initiativeKpi.findMany({ where: { initiativeId }, select: { kpiId: true, kpi: { select: { name: true } } } });
  const before = current.map((link) => link.kpiId).sort();
  const after = [...kpiIds].sort();
  if (before.join() === after.join()) return null;
  const kpis = await tx.kpi.findMany({ where: { id: { in: after } }, select: { id: true, name: true } });
  if (kpis.length !== after.length) throw new DomainError("invalid", "errors.checkFields", {}, { kpiIds: "validation.invalid" });
  await tx.initiativeKpi.deleteMany({ where: { initiativeId, kpiId: { notIn: after } } });
  await tx.initiativeKpi.createMany({ data: after.map((kpiId) => ({ initiativeId, kpiId })), skipDuplicates: true });
  return { before: current.map((link) => link.kpi.name).sort().join(", "), after: kpis.map((k) => k.name).sort().join(", ") };
}

/** Fields whose change to an agreed initiative withdraws both sign-offs (owners, lever, scope). */
export const MATERIAL_FIELDS = ["marketingOwnerId", "itOwnerId", "lever", "title", "description"] as const;

/**
 * Saves an edit made on `input.version`. A stale version is refused with who changed it, when,
 * and which fields; nothing is overwritten. A material edit of an AGREED item withdraws both
 * sign-offs and sends it back to PROPOSED.
 */
export async function updateInitiative(ctx: DomainContext, input: EditInitiativeInput): Promise<{ version: number; signOffsWithdrawn: boolean }> {
  if (!ctx.actor) throw new DomainError("unauthenticated", "errors.unauthenticated");
  const actor = ctx.actor;
  const { id, version, targetDate: date, kpiIds, ...fields } = input;
  try {
    return await db().$transaction(async (tx) => {
      const current = await lockInitiative(tx, id);
      assertCan(actor, "initiative.edit", current);
      if (current.status === "DONE" || current.status === "DROPPED") throw new DomainError("conflict", "errors.closedInitiative");
      await assertVersion(tx, current, version);

      const next = { ...fields, targetDate: date ? new Date(`${date}T00:00:00Z`) : null };
      const changes: Record<string, unknown> = diffFields(current as unknown as Record<string, unknown>, next);
      const kpiChange = await syncKpis(tx, id, kpiIds);
      if (kpiChange) changes.kpis = kpiChange;
      if (Object.keys(changes).length === 0) return { version: current.version, signOffsWithdrawn: false };
      if ("marketingOwnerId" in changes || "itOwnerId" in changes) await assertOwners(tx, next);

      const material = current.status === "AGREED" && MATERIAL_FIELDS.some((field) => field in changes);
      const withdraw = material
        ? { status: "PROPOSED" as const, marketingApprovedById: null, marketingApprovedAt: null, itApprovedById: null, itApprovedAt: null }
        : {};
      const updated = await tx.initiative.update({ where: { id }, data: { ...next, ...withdraw, version: { increment: 1 } }, select: { version: true } });
      await recordActivity(tx, {
        actorId: actor.id,
        action: "initiative.updated",
        entityType: "initiative",
        entityId: id,
        initiativeId: id,
        changes: { ...changes, version: { before: current.version, after: updated.version } } as Prisma.InputJsonValue,
        origin: ctx.origin,
      });
      if (material) {
        await recordActivity(tx, {
          actorId: actor.id,
          action: "initiative.signoffs_withdrawn",
          entityType: "initiative",
          entityId: id,
          initiativeId: id,
          changes: { status: { before: "AGREED", after: "PROPOSED" }, fields: Object.keys(changes).filter((f) => (MATERIAL_FIELDS as readonly string[]).includes(f)) },
          origin: ctx.origin,
        });
      }
      return { version: updated.version, signOffsWithdrawn: material };
    });
  } catch (error) {
    throw ownerErrorFromDatabase(error) ?? error;
  }
}
