import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { DomainError } from "./errors";

type Tx = Prisma.TransactionClient;

/** What a versioned record's staleness is told with: its activity events, and the message. */
const KINDS = {
  initiative: { entityType: "initiative", messageKey: "errors.staleEdit", namespace: "fields" },
  kpi: { entityType: "kpi", messageKey: "kpiValidation.staleEdit", namespace: "kpiFields" },
} as const;

/**
 * Optimistic concurrency, for every versioned record: refuses a change based on `basedOn` when the
 * record is at another version, saying who changed it, when and which fields (from the activity
 * events that raised the version since). Call it with the record locked, before changing anything.
 */
export async function assertFreshVersion(
  tx: Tx,
  kindName: keyof typeof KINDS,
  record: { id: string; version: number },
  basedOn: number,
): Promise<void> {
  if (record.version === basedOn) return;
  const kind = KINDS[kindName];
  const events = await tx.activityEvent.findMany({
    where: { entityType: kind.entityType, entityId: record.id },
    orderBy: { occurredAt: "desc" },
    take: 20,
    select: { occurredAt: true, changes: true, actor: { select: { name: true } } },
  });
  const versionAfter = (changes: unknown) => (changes as { version?: { after?: unknown } } | null)?.version?.after;
  const newer = events.filter((event) => {
    const after = versionAfter(event.changes);
    return typeof after === "number" && after > basedOn;
  });
  const latest = newer[0] ?? events.find((event) => typeof versionAfter(event.changes) === "number");
  const fields = [
    ...new Set(
      newer.flatMap((event) =>
        Object.keys((event.changes as Record<string, unknown>) ?? {}).filter(
          (key) => key !== "version" && key !== "reason",
        ),
      ),
    ),
  ];
  throw DomainError.stale(latest?.actor?.name ?? "?", latest?.occurredAt ?? null, fields, kind);
}
