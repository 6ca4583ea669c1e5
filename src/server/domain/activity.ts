import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { RequestOrigin } from "./context";

type Tx = Prisma.TransactionClient;

export interface ActivityInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  initiativeId?: string | null;
  changes?: Prisma.InputJsonValue;
  origin?: RequestOrigin;
  occurredAt?: Date;
}

/** Appends one event to the audit trail, in the caller's transaction. */
export async function recordActivity(tx: Tx, event: ActivityInput): Promise<void> {
  await tx.activityEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      initiativeId: event.initiativeId ?? null,
      changes: event.changes,
      origin: event.origin ? { ip: event.origin.ip, userAgent: event.origin.userAgent } : undefined,
      ...(event.occurredAt ? { occurredAt: event.occurredAt } : {}),
    },
  });
}

/** { field: { before, after } } for the fields whose values differ. */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const a = before[key] instanceof Date ? (before[key] as Date).toISOString() : before[key];
    const b = after[key] instanceof Date ? (after[key] as Date).toISOString() : after[key];
    if (a !== b) changes[key] = { before: a ?? null, after: b ?? null };
  }
  return changes;
}
