import "server-only";
import type { Initiative, Prisma } from "@/generated/prisma/client";
import { db } from "../../db";
import { recordActivity } from "../activity";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { lockInitiative } from "./lock-initiative";
import { lockRanking } from "./ranking-lock";

export type Tx = Prisma.TransactionClient;
export type Actor = NonNullable<DomainContext["actor"]>;

/**
 * Runs `work` in one transaction with the initiative locked. With `ranking`, the ranking lock is
 * taken first (the same order as a move takes them: ranking, then row), so the two never deadlock.
 */
export async function withInitiative<T>(
  ctx: DomainContext,
  id: string,
  work: (tx: Tx, current: Initiative, actor: Actor) => Promise<T>,
  options: { ranking?: boolean } = {},
): Promise<T> {
  if (!ctx.actor) throw DomainError.unauthenticated();
  const actor = ctx.actor;
  return db().$transaction(async (tx) => {
    if (options.ranking) await lockRanking(tx);
    return work(tx, await lockInitiative(tx, id), actor);
  });
}

/** Writes `data` with the next version and records `action` with `changes` (and the version) in the history. */
export async function saveInitiative(
  tx: Tx,
  ctx: DomainContext,
  actor: Actor,
  current: Initiative,
  data: Prisma.InitiativeUncheckedUpdateInput,
  action: string,
  changes: Record<string, unknown>,
) {
  const updated = await tx.initiative.update({
    where: { id: current.id },
    data: { ...data, version: { increment: 1 } },
    select: { version: true, status: true },
  });
  await recordActivity(tx, {
    actorId: actor.id,
    action,
    entityType: "initiative",
    entityId: current.id,
    initiativeId: current.id,
    changes: { ...changes, version: { before: current.version, after: updated.version } } as Prisma.InputJsonValue,
    origin: ctx.origin,
  });
  return updated;
}

/** A required text (a reason, an outcome note) checked again here: blank is a field error, never a database error. */
export function assertFilled(value: string | undefined | null, field: string, messageKey: string): string {
  const text = value?.trim() ?? "";
  if (!text) throw DomainError.invalid({ [field]: messageKey });
  return text;
}
