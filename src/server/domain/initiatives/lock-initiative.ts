import "server-only";
import type { Initiative, Prisma } from "@/generated/prisma/client";
import { DomainError, notFound } from "../errors";

type Tx = Prisma.TransactionClient;

/** The initiative, locked for the rest of the transaction (FOR UPDATE). */
export async function lockInitiative(tx: Tx, id: string): Promise<Initiative> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Initiative" WHERE id = ${id}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound();
  return tx.initiative.findUniqueOrThrow({ where: { id } });
}

/** Refuses a change based on an older version, saying who changed it, when and what. */
export async function assertVersion(tx: Tx, current: Initiative, basedOn: number): Promise<void> {
  if (current.version !== basedOn) throw await staleEdit(tx, current.id, basedOn);
}

/** "Changed by NAME at TIME since you opened it", with the fields they changed. */
async function staleEdit(tx: Tx, id: string, basedOn: number): Promise<DomainError> {
  const events = await tx.activityEvent.findMany({
    where: { initiativeId: id, action: { in: ["initiative.updated", "initiative.signed_off", "initiative.status_changed"] } },
    orderBy: { occurredAt: "desc" },
    take: 20,
    select: { occurredAt: true, changes: true, actor: { select: { name: true } } },
  });
  const newer = events.filter((event) => {
    const v = (event.changes as { version?: { after?: number } } | null)?.version?.after;
    return typeof v === "number" && v > basedOn;
  });
  const latest = newer[0] ?? events[0];
  const fields = [...new Set(newer.flatMap((event) => Object.keys((event.changes as Record<string, unknown>) ?? {}).filter((key) => key !== "version" && key !== "reason")))];
  return new DomainError("conflict", "errors.staleEdit", {
    name: latest?.actor?.name ?? "?",
    time: latest?.occurredAt.toISOString() ?? "",
    fields: fields.join(", "),
  });
}
