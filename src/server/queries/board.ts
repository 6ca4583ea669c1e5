import "server-only";
import type { Health, InitiativeStatus, Lever } from "@/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions";
import { db } from "../db";

export interface BoardRow {
  id: string;
  rank: number;
  title: string;
  lever: Lever;
  status: InitiativeStatus;
  health: Health;
  progress: number;
  targetDate: string | null;
  marketingOwner: { id: string; name: string };
  itOwner: { id: string; name: string };
}

const LIVE: InitiativeStatus[] = ["PROPOSED", "AGREED", "IN_PROGRESS"];

/** The live initiatives in priority order; rank is the position, 1..N. */
export async function listBoard(actor: Actor): Promise<BoardRow[]> {
  if (!can(actor, "board.view")) return [];
  const rows = await db().initiative.findMany({
    where: { status: { in: LIVE } },
    orderBy: { rankKey: "asc" },
    select: {
      id: true,
      title: true,
      lever: true,
      status: true,
      health: true,
      progress: true,
      targetDate: true,
      marketingOwner: { select: { id: true, name: true } },
      itOwner: { select: { id: true, name: true } },
    },
  });
  return rows.map((row, index) => ({
    ...row,
    rank: index + 1,
    targetDate: row.targetDate ? row.targetDate.toISOString().slice(0, 10) : null,
  }));
}
