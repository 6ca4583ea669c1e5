import "server-only";
import type { InitiativeStatus } from "@/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions";
import { db } from "../db";

/** Initiatives per status, counted in SQL. */
export async function countByStatus(actor: Actor): Promise<Record<InitiativeStatus, number>> {
  const counts: Record<InitiativeStatus, number> = { PROPOSED: 0, AGREED: 0, IN_PROGRESS: 0, DONE: 0, DROPPED: 0 };
  if (!can(actor, "board.view")) return counts;
  const groups = await db().initiative.groupBy({ by: ["status"], _count: { _all: true } });
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
