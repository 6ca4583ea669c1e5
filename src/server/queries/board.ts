import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Health, InitiativeStatus, Lever } from "@/generated/prisma/enums";
import { isLive, LEVERS, LIVE_STATUSES, ONE_SIDED_DAYS } from "@/lib/initiative-enums";
import { can, type Actor } from "@/lib/permissions";
import type { BoardFilter } from "@/lib/schemas/initiative-schemas";
import { db } from "../db";
import { heardSinceCtes } from "./one-sided-sql";
import { liveRankSql, liveSql } from "../live-sql";

export interface BoardRow {
  id: string;
  /** Its place among all live initiatives (1..N), whatever the filter. */
  rank: number;
  /** Its place in the list shown (0-based; the filtered list when filtered). */
  position: number;
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
  /** One window of the list, in order: rows `offset + 1 … offset + rows.length` of `total`. */
  rows: BoardRow[];
  offset: number;
  /** How many initiatives the (filtered) list holds in all. */
  total: number;
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

/** Which rows of the list to read: a window by position (0-based offset), or given initiatives wherever they are. */
export type BoardWindow = { offset: number; limit: number } | { ids: string[] };

/**
 * The rows the page itself carries: a few screens of the list (a tall desktop screen shows about 15
 * rows, a phone about 5 cards), so the first answer does not grow with the list nor render rows
 * nobody sees yet; the browser reads further windows (FETCH_WINDOW in use-board-list.ts) as the list
 * scrolls. At 10,000 initiatives 100 rows made the page's HTML about 200 kB.
 */
export const BOARD_WINDOW = 50;
/** The most rows one read returns: a page never carries the whole list, however long. */
export const MAX_BOARD_WINDOW = 300;

/**
 * One window of the board's rows as one SQL statement: live initiatives numbered by rank in one
 * pass over the rank index (or, for a closed status, those without a rank), then the other filters
 * (title search: case-insensitive, wildcards taken literally), numbered again by position in the
 * filtered list, then the window (keyset order on the rank key); or given live initiatives, with
 * their rank and place counted on the rank index. With both owners and the one-sided rule: a live
 * initiative older than ONE_SIDED_DAYS is silent on a side when nobody of that side posted an update
 * or comment or made a change (a move excepted) since.
 */
function boardRowsSql(filter: BoardFilter, now: Date, window: BoardWindow): Prisma.Sql {
  const cutoff = new Date(now.getTime() - ONE_SIDED_DAYS * 86_400_000);
  const closed = filter.status !== undefined && !isLive(filter.status);
  const fields = Prisma.sql`i.id, i.title, i.lever, i.status, i.health, i.progress, i."targetDate", i."rankKey", i."createdAt", i."marketingOwnerId", i."itOwnerId",
    (i."marketingApprovedAt" IS NOT NULL) AS "marketingSigned", (i."itApprovedAt" IS NOT NULL) AS "itSigned"`;
  const base = closed
    ? Prisma.sql`SELECT ${fields}, NULL::int AS rank FROM "Initiative" i WHERE i.status = ${filter.status}::"InitiativeStatus"`
    : Prisma.sql`SELECT ${fields}, ${liveRankSql("i")} AS rank FROM "Initiative" i WHERE ${liveSql("i")}`;
  // The filters on the rows of `alias` (b: the numbered list; i, j: the table itself).
  const where = (alias: "b" | "i" | "j") => {
    const a = Prisma.raw(alias);
    return Prisma.join(
      [
        Prisma.sql`true`,
        ...(filter.status && !closed ? [Prisma.sql`${a}.status = ${filter.status}::"InitiativeStatus"`] : []),
        ...(filter.lever ? [Prisma.sql`${a}.lever = ${filter.lever}::"Lever"`] : []),
        ...(filter.health ? [Prisma.sql`${a}.health = ${filter.health}::"Health"`] : []),
        ...(filter.owner
          ? [Prisma.sql`(${a}."marketingOwnerId" = ${filter.owner}::uuid OR ${a}."itOwnerId" = ${filter.owner}::uuid)`]
          : []),
        ...(filter.q ? [Prisma.sql`${a}.title ILIKE '%' || ${filter.q.replace(/[\\%_]/g, "\\$&")} || '%'`] : []),
      ],
      " AND ",
    );
  };
  const silent = (side: "marketing" | "it") =>
    closed ? Prisma.sql`false` : Prisma.sql`(b."createdAt" < ${cutoff} AND NOT coalesce(h.${Prisma.raw(side)}, false))`;
  // Given live initiatives (a live change names them): each one's rank and place counted by the
  // rank index, instead of numbering the whole list to pick a few rows out of it.
  const slice =
    "ids" in window && !closed
      ? Prisma.sql`
        SELECT ${fields},
               (SELECT count(*) FROM "Initiative" j WHERE ${liveSql("j")} AND j."rankKey" < i."rankKey")::int + 1 AS rank,
               (SELECT count(*) FROM "Initiative" j WHERE ${liveSql("j")} AND ${where("j")} AND j."rankKey" < i."rankKey")::int AS position
          FROM "Initiative" i WHERE i.id = ANY(${window.ids}::uuid[]) AND ${liveSql("i")} AND ${where("i")}`
      : Prisma.sql`
        SELECT * FROM (
          SELECT b.*, (row_number() OVER (ORDER BY b."rankKey") - 1)::int AS position FROM (${base}) b WHERE ${where("b")}
        ) filtered
        ${"ids" in window ? Prisma.sql`WHERE id = ANY(${window.ids}::uuid[])` : Prisma.sql`ORDER BY "rankKey" OFFSET ${window.offset} LIMIT ${Math.min(window.limit, MAX_BOARD_WINDOW)}`}`;
  return Prisma.sql`
    WITH slice AS (${slice}), ${heardSinceCtes(cutoff, Prisma.sql`SELECT id FROM slice`)}
    SELECT b.id, b.rank, b.position, b.title, b.lever, b.status, b.health, b.progress, to_char(b."targetDate", 'YYYY-MM-DD') AS "targetDate",
           mo.id AS "marketingOwnerId", mo.name AS "marketingOwnerName", io.id AS "itOwnerId", io.name AS "itOwnerName",
           ${silent("marketing")} AS "marketingSilent", ${silent("it")} AS "itSilent", b."marketingSigned", b."itSigned"
      FROM slice b
      JOIN people mo ON mo.id = b."marketingOwnerId"
      JOIN people io ON io.id = b."itOwnerId"
      LEFT JOIN heard h ON h.id = b.id
     ORDER BY b."rankKey"`;
}

type RowOf = Omit<BoardRow, "marketingOwner" | "itOwner" | "silentSides" | "overdue" | "rank" | "signedBy"> & {
  rank: number | null;
  position: number;
  marketingOwnerId: string;
  marketingOwnerName: string;
  itOwnerId: string;
  itOwnerName: string;
  marketingSilent: boolean;
  itSilent: boolean;
  marketingSigned: boolean;
  itSigned: boolean;
};

/**
 * A window of the board in priority order (the first BOARD_WINDOW rows unless told otherwise); rank
 * is the position among all live initiatives (1..N), also when filtered; `total` counts the whole
 * (filtered) list. Two SQL statements whatever the number of initiatives: the window's rows (with
 * ranks, owners and silent sides) and the lever counts (which give the total).
 */
export async function loadBoard(
  actor: Actor,
  filter: BoardFilter,
  now = new Date(),
  window: BoardWindow = { offset: 0, limit: BOARD_WINDOW },
): Promise<Board> {
  const empty = Object.fromEntries(LEVERS.map((lever) => [lever, 0])) as Record<Lever, number>;
  const offset = "ids" in window ? 0 : Math.max(0, window.offset);
  if (!can(actor, "board.view")) return { rows: [], offset, total: 0, leverCounts: empty, filtered: false };
  const filtered = Object.values(filter).some((value) => value !== undefined);
  const today = now.toISOString().slice(0, 10);
  const [rows, counts] = await Promise.all([
    db().$queryRaw<RowOf[]>(boardRowsSql(filter, now, "ids" in window ? window : { offset, limit: window.limit })),
    db().initiative.groupBy({ by: ["lever"], where: leverCountsWhere(filter), _count: { _all: true } }),
  ]);
  for (const group of counts) empty[group.lever] = group._count._all;
  const total = filter.lever ? empty[filter.lever] : Object.values(empty).reduce((sum, n) => sum + n, 0);
  return {
    filtered,
    offset,
    total,
    leverCounts: empty,
    // Field by field: object rest/spread over thousands of rows costs tens of milliseconds.
    rows: rows.map((row) => ({
      id: row.id,
      rank: row.rank ?? row.position + 1,
      position: row.position,
      title: row.title,
      lever: row.lever,
      status: row.status,
      health: row.health,
      progress: row.progress,
      targetDate: row.targetDate,
      marketingOwner: { id: row.marketingOwnerId, name: row.marketingOwnerName },
      itOwner: { id: row.itOwnerId, name: row.itOwnerName },
      silentSides: row.marketingSilent
        ? row.itSilent
          ? ["MARKETING", "IT"]
          : ["MARKETING"]
        : row.itSilent
          ? ["IT"]
          : [],
      overdue: row.targetDate !== null && row.targetDate < today && isLive(row.status),
      signedBy:
        row.status !== "PROPOSED" || row.marketingSigned === row.itSigned
          ? null
          : row.marketingSigned
            ? "MARKETING"
            : "IT",
    })),
  };
}
