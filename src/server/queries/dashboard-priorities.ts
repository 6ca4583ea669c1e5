import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Health, InitiativeStatus, Lever } from "@/generated/prisma/enums";
import { ONE_SIDED_DAYS } from "@/lib/initiative-enums";
import { db } from "../db";
import { heardSinceCtes } from "./one-sided-sql";
import { liveRankSql, liveSql } from "../live-sql";

// The ranked list as the dashboard and the report show it: the top priorities, and the live
// initiatives that need the board's attention (at risk or off track, overdue, or one-sided). Not
// authorised here: loadDashboard and loadReport check the actor.

export interface PriorityRow {
  id: string;
  rank: number;
  title: string;
  lever: Lever;
  status: InitiativeStatus;
  health: Health;
  progress: number;
  targetDate: string | null;
  marketingOwner: string;
  itOwner: string;
  /** Live with its target date past. */
  overdue: boolean;
  /** The sides silent on it for ONE_SIDED_DAYS days (the board's "one-sided" rule). */
  silentSides: ("MARKETING" | "IT")[];
}

type Row = Omit<PriorityRow, "silentSides"> & { marketingSilent: boolean; itSilent: boolean; total?: number };

/**
 * Live initiatives with their rank, overdue flag and silent sides. A side is silent when the
 * initiative is older than the cut-off and nobody of that side posted an update or comment or
 * made a change (a move excepted) since: the same rule as the board's. Only the voices since the
 * cut-off are read.
 */
function flagged(now: Date, today: string): Prisma.Sql {
  const cutoff = new Date(now.getTime() - ONE_SIDED_DAYS * 86_400_000);
  return Prisma.sql`
    live AS (
      SELECT i.id, i.title, i.lever, i.status, i.health, i.progress, i."targetDate", i."createdAt",
             i."marketingOwnerId", i."itOwnerId", ${liveRankSql("i")} AS rank
        FROM "Initiative" i WHERE ${liveSql("i")}
    ), ${heardSinceCtes(cutoff)}, flagged AS (
      SELECT live.*, coalesce(live."targetDate" < ${today}::date, false) AS overdue,
             live."createdAt" < ${cutoff} AND NOT coalesce(h.marketing, false) AS "marketingSilent",
             live."createdAt" < ${cutoff} AND NOT coalesce(h.it, false) AS "itSilent"
        FROM live LEFT JOIN heard h ON h.id = live.id
    )`;
}

const columns = Prisma.sql`
  f.id, f.rank, f.title, f.lever, f.status, f.health, f.progress, to_char(f."targetDate", 'YYYY-MM-DD') AS "targetDate",
  mo.name AS "marketingOwner", io.name AS "itOwner", f.overdue, f."marketingSilent", f."itSilent"`;

const joins = Prisma.sql`
  JOIN people mo ON mo.id = f."marketingOwnerId"
  JOIN people io ON io.id = f."itOwnerId"`;

function toRows(rows: Row[]): { rows: PriorityRow[]; total: number } {
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map(({ marketingSilent, itSilent, total: _total, ...row }) => ({
      ...row,
      silentSides: [...(marketingSilent ? (["MARKETING"] as const) : []), ...(itSilent ? (["IT"] as const) : [])],
    })),
  };
}

/** The first `limit` live initiatives in priority order. */
export async function loadTopPriorities(limit: number, now: Date, today: string): Promise<PriorityRow[]> {
  const rows = await db().$queryRaw<Row[]>`
    WITH ${flagged(now, today)}
    SELECT ${columns} FROM flagged f ${joins}
     ORDER BY f.rank LIMIT ${limit}`;
  return toRows(rows).rows;
}

/** Live initiatives at risk or off track, overdue, or one-sided: the first `limit` by rank, and how many in all. */
export async function loadAttention(
  limit: number,
  now: Date,
  today: string,
): Promise<{ rows: PriorityRow[]; total: number }> {
  const rows = await db().$queryRaw<Row[]>`
    WITH ${flagged(now, today)}
    SELECT ${columns}, count(*) OVER ()::int AS total FROM flagged f ${joins}
     WHERE f.health <> 'ON_TRACK' OR f.overdue OR f."marketingSilent" OR f."itSilent"
     ORDER BY f.rank LIMIT ${limit}`;
  return toRows(rows);
}
