import "server-only";
import type { Initiative, Prisma } from "@/generated/prisma/client";
import type { MaterialField } from "@/lib/agreement";
import type { EditInitiativeInput } from "@/lib/schemas/initiative-schemas";
import { normaliseText } from "@/lib/text";
import { db } from "../../db";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import {
  assertWithdrawalConfirmed,
  fieldsWithdrawingSignOffs,
  recordSignOffsWithdrawn,
  SIGN_OFFS_WITHDRAWN,
} from "./agreement-rules";
import { lockInitiative } from "./lock-initiative";
import { assertFreshVersion } from "../fresh-version";
import { assertOwners, ownerErrorFromDatabase } from "./owner-rules";
import { isLive } from "@/lib/initiative-enums";

type EditableFields = Omit<EditInitiativeInput, "id" | "version" | "kpiIds" | "confirmWithdraw" | "targetDate">;

/** The KPI names before → after when `kpiIds` differs from the current links (as sets); null when they are the same. */
async function kpiChange(tx: Prisma.TransactionClient, initiativeId: string, kpiIds: string[]) {
  const current = await tx.initiativeKpi.findMany({
    where: { initiativeId },
    select: { kpiId: true, kpi: { select: { name: true } } },
  });
  const before = current.map((link) => link.kpiId).sort();
  const after = [...kpiIds].sort();
  if (before.join() === after.join()) return null;
  const kpis = await tx.kpi.findMany({ where: { id: { in: after } }, select: { id: true, name: true } });
  if (kpis.length !== after.length) throw DomainError.invalid({ kpiIds: "validation.invalid" });
  return {
    before: current
      .map((link) => link.kpi.name)
      .sort()
      .join(", "),
    after: kpis
      .map((k) => k.name)
      .sort()
      .join(", "),
  };
}

async function linkKpis(tx: Prisma.TransactionClient, initiativeId: string, kpiIds: string[]) {
  await tx.initiativeKpi.deleteMany({ where: { initiativeId, kpiId: { notIn: kpiIds } } });
  await tx.initiativeKpi.createMany({ data: kpiIds.map((kpiId) => ({ initiativeId, kpiId })), skipDuplicates: true });
}

const dateOnly = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * { field: { before, after } } for the fields a person would call changed: texts compared once
 * normalised (CRLF, trailing spaces, NFC), the target date as a calendar date.
 */
function changedFields(current: Initiative, fields: EditableFields, targetDate: string | null) {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const [field, after] of Object.entries(fields)) {
    const before = (current as unknown as Record<string, unknown>)[field] ?? null;
    const same =
      typeof after === "string" && typeof before === "string"
        ? normaliseText(before) === after
        : before === (after ?? null);
    if (!same) changes[field] = { before, after: after ?? null };
  }
  if (dateOnly(current.targetDate) !== targetDate)
    changes.targetDate = { before: dateOnly(current.targetDate), after: targetDate };
  return changes;
}

/**
 * Saves an edit made on `input.version`. A stale version is refused with who changed it, when,
 * and which fields; nothing is overwritten. Only fields whose value differs as people read it
 * are changes; an edit with none saves nothing. A change of a material field (src/lib/agreement.ts)
 * of a signed initiative withdraws its sign-offs, once the editor has confirmed it.
 */
export async function updateInitiative(
  ctx: DomainContext,
  input: Omit<EditInitiativeInput, "confirmWithdraw"> & { confirmWithdraw?: boolean },
): Promise<{ version: number; changed: string[]; withdrawn: MaterialField[] }> {
  if (!ctx.actor) throw DomainError.unauthenticated();
  const actor = ctx.actor;
  const { id, version, targetDate, kpiIds, confirmWithdraw, ...fields } = input;
  try {
    return await db().$transaction(async (tx) => {
      const current = await lockInitiative(tx, id);
      assertCan(actor, "initiative.edit", current);
      if (!isLive(current.status)) throw DomainError.conflict("errors.closedInitiative");
      await assertFreshVersion(tx, "initiative", current, version);

      const changes: Record<string, unknown> = changedFields(current, fields, targetDate);
      const kpis = await kpiChange(tx, id, kpiIds);
      if (kpis) changes.kpis = kpis;
      const changed = Object.keys(changes);
      if (changed.length === 0) return { version: current.version, changed, withdrawn: [] };
      if ("marketingOwnerId" in changes || "itOwnerId" in changes) await assertOwners(tx, fields);

      const withdrawn = fieldsWithdrawingSignOffs(current, changed);
      assertWithdrawalConfirmed(withdrawn, confirmWithdraw ?? false);
      if (kpis) await linkKpis(tx, id, kpiIds);
      const data = Object.fromEntries(
        Object.keys(changes)
          .filter((f) => f !== "kpis" && f !== "targetDate")
          .map((f) => [f, (fields as Record<string, unknown>)[f]]),
      );
      const updated = await tx.initiative.update({
        where: { id },
        data: {
          ...data,
          ...("targetDate" in changes ? { targetDate: targetDate ? new Date(`${targetDate}T00:00:00Z`) : null } : {}),
          ...(withdrawn.length ? SIGN_OFFS_WITHDRAWN : {}),
          version: { increment: 1 },
        },
        select: { version: true },
      });
      await recordActivity(tx, {
        actorId: actor.id,
        action: "initiative.updated",
        entityType: "initiative",
        entityId: id,
        initiativeId: id,
        changes: { ...changes, version: { before: current.version, after: updated.version } } as Prisma.InputJsonValue,
        origin: ctx.origin,
      });
      if (withdrawn.length) await recordSignOffsWithdrawn(tx, ctx, actor, current, withdrawn);
      return { version: updated.version, changed, withdrawn };
    });
  } catch (error) {
    throw ownerErrorFromDatabase(error) ?? error;
  }
}
