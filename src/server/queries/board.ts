import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Health, InitiativeStatus, Lever } from "@/generated/prisma/enums";
import { LEVERS, LIVE_STATUSES, ONE_SIDED_DAYS } from "@/lib/initiative-enums";
import { can, type Actor } from "@/lib/permissions";
import type { BoardFilter } from "@/lib/schemas/initiative-schemas";
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
  /** The sides silent on it for ONE_SIDED_DAYS days: no update, comment or edit from anyone of that side. */
  silentSides: ("MARKETING" | "IT")[];
  /** Live, with a target date before today. */
  overdue: boolean;
}

export interface Board {
  rows: BoardRow[];
  /** Initiatives per lever, under every filter but the lever one. */
  leverCounts: Record<Lever, number>;
  filtered: boolean;
}

function whereOf(filter: BoardFilter, withLever: boolean): Prisma.InitiativeWhereInput {
  return {
    status: filter.status ? filter.status : { in: [...LIVE_STATUSES] },
    ...(withLever && filter.lever ? { lever: filter.lever } : {}),
    ...(filter.health ? { health: filter.health } : {}),
    ...(filter.owner ? { OR: [{ marketingOwnerId: filter.owner }, { itOwnerId: filter.owner }] } : {}),
    ...(filter.q ? { title: { contains: filter.q, mode: "insensitive" as const } } : {}),
  };
}

/**
 * The board in priority order; rank is the position among all live initiatives (1..N), also when
 * filtered. A fixed number of queries whatever the number of initiatives.
 */
export async function loadBoard(actor: Actor, filter: BoardFilter, now = new Date()): Promise<Board> {
  const empty = Object.fromEntries(LEVERS.map((lever) => [lever, 0])) as Record<Lever, number>;
  if (!can(actor, "board.view")) return { rows: [], leverCounts: empty, filtered: false };
  const filtered = Object.values(filter).some((value) => value !== undefined);
  const [rows, ranks, counts, silence] = await Promise.all([
    db().initiative.findMany({
      where: whereOf(filter, true),
      orderBy: { rankKey: "asc" },
      select: {
        id: true, title: true, lever: true, status: true, health: true, progress: true, targetDate: true,
        marketingOwner: { select: { id: true, name: true } },
        itOwner: { select: { id: true, name: true } },
      },
    }),
    db().$queryRaw<{ id: string; rank: bigint }[]>`
      SELECT id, row_number() OVER (ORDER BY "rankKey") AS rank FROM "Initiative"
       WHERE status IN ('PROPOSED', 'AGREED', 'IN_PROGRESS')`,
    db().initiative.groupBy({ by: ["lever"], where: whereOf(filter, false), _count: { _all: true } }),
    silentSides(now),
  ]);
  const rankOf = new Map(ranks.map((row) => [row.id, Number(row.rank)]));
  for (const group of counts) empty[group.lever] = group._count._all;
  return {
    filtered,
    leverCounts: empty,
    rows: rows.map((row, index) => ({
      ...row,
      rank: rankOf.get(row.id) ?? index + 1,
      targetDate: row.targetDate ? row.targetDate.toISOString().slice(0, 10) : null,
      silentSides: silence.get(row.id) ?? [],
      overdue: row.targetDate !== null && row.targetDate.toISOString().slice(0, 10) < now.toISOString().slice(0, 10) && (LIVE_STATUSES as readonly string[]).includes(row.status),
    })),
  };
}

/** For each live initiative, the sides with no update, comment or edit in ONE_SIDED_DAYS days. */
async function silentSides(now: Date): Promise<Map<string, ("MARKETING" | "IT")[]>> {
  const since = new Date(now.getTime() - ONE_SIDED_DAYS * 86_400_000);
  const rows = await db().$queryRaw<{ id: string; side: "MARKETING" | "IT"; last: Date | null; created: Date }[]>`
    WITH live AS (
      SELECT id, "createdAt" FROM "Initiative" WHERE status IN ('PROPOSED', 'AGREED', 'IN_PROGRESS')
    ), voices AS (
      SELECT su."initiativeId" AS id, su."authorId" AS who, su."createdAt" AS at FROM "StatusUpdate" su JOIN live ON live.id = su."initiativeId"
      UNION ALL
      SELECT c."initiativeId", c."authorId", c."createdAt" FROM "Comment" c JOIN live ON live.id = c."initiativeId"
      UNION ALL
      SELECT e."initiativeId", e."actorId", e."occurredAt" FROM "ActivityEvent" e JOIN live ON live.id = e."initiativeId"
       WHERE e."actorId" IS NOT NULL AND e.action <> 'initiative.moved' -- a reorder is not a word on the item
    ), by_side AS (
      SELECT v.id, levers_role_side(u.role) AS side, max(v.at) AS last
        FROM voices v JOIN "User" u ON u.id = v.who
       WHERE levers_role_side(u.role) IS NOT NULL
       GROUP BY 1, 2
    )
    SELECT live.id, s.side, b.last, live."createdAt" AS created
      FROM live CROSS JOIN (VALUES ('MARKETING'), ('IT')) AS s(side)
      LEFT JOIN by_side b ON b.id = live.id AND b.side = s.side`;
  const result = new Map<string, ("MARKETING" | "IT")[]>();
  for (const row of rows) {
    // A side that never spoke counts from the initiative's creation.
    if ((row.last ?? row.created) < since) result.set(row.id, [...(result.get(row.id) ?? []), row.side]);
  }
  return result;
}
