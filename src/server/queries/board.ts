import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Health, InitiativeStatus, Lever } from "@/generated/prisma/enums";
import { isLive, LEVERS, LIVE_STATUSES, ONE_SIDED_DAYS } from "@/lib/initiative-enums";
import { can, type Actor } from "@/lib/permissions";
import type { BoardFilter } from "@/lib/schemas/initiative-schemas";
import { db } from "../db";
import { heardSinceCtes } from "./one-sided-sql";
import { liveRankSql, liveSql } from "./live-sql";

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
  /** A proposed initiative signed by one side only: that side (the other is awaited). */
  signedBy: "MARKETING" | "IT" | null;
}

export interface Board {
  rows: BoardRow[];
  /** Initiatives per lever, under every filter but the lever one. */
  leverCounts: Record<Lever, number>;
  filtered: boolean;
}

/** The filter without its lever, for the count per lever. */
function leverCountsWhere(filter: BoardFilter): Prisma.InitiativeWhereInput {
  return {
    status: filter.status ? filter.status : { in: [...LIVE_STATUSES] },
    ...(filter.health ? { health: filter.health } : {}),
    ...(filter.owner ? { OR: [{ marketingOwnerId: filter.owner }, { itOwnerId: filter.owner }] } : {}),
    ...(filter.q ? { title: { contains: filter.q, mode: "insensitive" as const } } : {}),
  };
}

/**
 * The board's rows as one SQL statement: live initiatives numbered by rank in one pass over the
 * rank index (or, for a closed status, those without a rank), then the other filters (title
 * search: case-insensitive, wildcards taken literally), with both owners and the one-sided rule:
 * a live initiative older than ONE_SIDED_DAYS is silent on a side when nobody of that side posted
 * an update or comment or made a change (a move excepted) since. Only recent voices are read.
 */
function boardRowsSql(filter: BoardFilter, now: Date): Prisma.Sql {
  const cutoff = new Date(now.getTime() - ONE_SIDED_DAYS * 86_400_000);
  const closed = filter.status !== undefined && !isLive(filter.status);
  const fields = Prisma.sql`i.id, i.title, i.lever, i.status, i.health, i.progress, i."targetDate", i."rankKey", i."createdAt", i."marketingOwnerId", i."itOwnerId",
    (i."marketingApprovedAt" IS NOT NULL) AS "marketingSigned", (i."itApprovedAt" IS NOT NULL) AS "itSigned"`;
  const base = closed
    ? Prisma.sql`SELECT ${fields}, NULL::int AS rank FROM "Initiative" i WHERE i.status = ${filter.status}::"InitiativeStatus"`
    : Prisma.sql`SELECT ${fields}, ${liveRankSql("i")} AS rank FROM "Initiative" i WHERE ${liveSql("i")}`;
  const conditions = [
    Prisma.sql`true`,
    ...(filter.status && !closed ? [Prisma.sql`b.status = ${filter.status}::"InitiativeStatus"`] : []),
    ...(filter.lever ? [Prisma.sql`b.lever = ${filter.lever}::"Lever"`] : []),
    ...(filter.health ? [Prisma.sql`b.health = ${filter.health}::"Health"`] : []),
    ...(filter.owner ? [Prisma.sql`(b."marketingOwnerId" = ${filter.owner}::uuid OR b."itOwnerId" = ${filter.owner}::uuid)`] : []),
    ...(filter.q ? [Prisma.sql`b.title ILIKE '%' || ${filter.q.replace(/[\\%_]/g, "\\$&")} || '%'`] : []),
  ];
  const silent = (side: "marketing" | "it") =>
    closed ? Prisma.sql`false` : Prisma.sql`(b."createdAt" < ${cutoff} AND NOT coalesce(h.${Prisma.raw(side)}, false))`;
  return Prisma.sql`
    WITH ${heardSinceCtes(cutoff)}
    SELECT b.id, b.rank, b.title, b.lever, b.status, b.health, b.progress, to_char(b."targetDate", 'YYYY-MM-DD') AS "targetDate",
           mo.id AS "marketingOwnerId", mo.name AS "marketingOwnerName", io.id AS "itOwnerId", io.name AS "itOwnerName",
           ${silent("marketing")} AS "marketingSilent", ${silent("it")} AS "itSilent", b."marketingSigned", b."itSigned"
      FROM (${base}) b
      JOIN people mo ON mo.id = b."marketingOwnerId"
      JOIN people io ON io.id = b."itOwnerId"
      LEFT JOIN heard h ON h.id = b.id
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY b."rankKey"`;
}

type RowOf = Omit<BoardRow, "marketingOwner" | "itOwner" | "silentSides" | "overdue" | "rank" | "signedBy"> & {
  rank: number | null; marketingOwnerId: string; marketingOwnerName: string; itOwnerId: string; itOwnerName: string; marketingSilent: boolean; itSilent: boolean;
  marketingSigned: boolean; itSigned: boolean;
};

/**
 * The board in priority order; rank is the position among all live initiatives (1..N), also when
 * filtered. Two SQL statements whatever the number of initiatives: the rows (with ranks, owners
 * and silent sides) and the lever counts.
 */
export async function loadBoard(actor: Actor, filter: BoardFilter, now = new Date()): Promise<Board> {
  const empty = Object.fromEntries(LEVERS.map((lever) => [lever, 0])) as Record<Lever, number>;
  if (!can(actor, "board.view")) return { rows: [], leverCounts: empty, filtered: false };
  const filtered = Object.values(filter).some((value) => value !== undefined);
  const today = now.toISOString().slice(0, 10);
  const [rows, counts] = await Promise.all([
    db().$queryRaw<RowOf[]>(boardRowsSql(filter, now)),
    db().initiative.groupBy({ by: ["lever"], where: leverCountsWhere(filter), _count: { _all: true } }),
  ]);
  for (const group of counts) empty[group.lever] = group._count._all;
  return {
    filtered,
    leverCounts: empty,
    // Field by field: object rest/spread over thousands of rows costs tens of milliseconds.
    rows: rows.map((row, index) => ({
      id: row.id,
      rank: row.rank ?? index + 1,
      title: row.title,
      lever: row.lever,
      status: row.status,
      health: row.health,
      progress: row.progress,
      targetDate: row.targetDate,
      marketingOwner: { id: row.marketingOwnerId, name: row.marketingOwnerName },
      itOwner: { id: row.itOwnerId, name: row.itOwnerName },
      silentSides: row.marketingSilent ? (row.itSilent ? ["MARKETING", "IT"] : ["MARKETING"]) : row.itSilent ? ["IT"] : [],
      overdue: row.targetDate !== null && row.targetDate < today && isLive(row.status),
      signedBy: row.status !== "PROPOSED" || row.marketingSigned === row.itSigned ? null : row.marketingSigned ? "MARKETING" : "IT",
    })),
  };
}
