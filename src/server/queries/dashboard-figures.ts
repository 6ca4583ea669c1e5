import "server-only";
import type { Health, InitiativeStatus, Lever } from "@/generated/prisma/enums";
import { HEALTHS, INITIATIVE_STATUSES, LEVERS } from "@/lib/initiative-enums";
import { db } from "../db";
import { liveSql } from "../live-sql";

// Building blocks of the dashboard and the board report (not authorised here: loadDashboard and
// loadReport check the actor). Each is ONE SQL statement with its aggregates done in Postgres.

export interface HeadlineFigures {
  byStatus: Record<InitiativeStatus, number>;
  /** Proposed, agreed or in progress. */
  live: number;
  /** Live initiatives signed off by both the CMO and the CIO. */
  agreedByBoth: number;
  /** Live initiatives whose health is on track. */
  onTrack: number;
  /** Live initiatives whose target date is past. */
  overdue: number;
  /** Initiatives marked done since the start of the period (all time when it has none). */
  completedInPeriod: number;
}

export const PROGRESS_STATUSES = [
  "PROPOSED",
  "AGREED",
  "IN_PROGRESS",
  "DONE",
] as const satisfies readonly InitiativeStatus[];
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
export type LeverProgress = Record<Lever, Record<ProgressStatus, number>>;

/** "Since the beginning of time", for the period "all". */
const EPOCH = new Date(0);

/** Counts per status, the shares' numerators and the overdue count (`today` is YYYY-MM-DD), in one row. */
export async function loadHeadlineFigures(from: Date | null, today: string): Promise<HeadlineFigures> {
  const live = liveSql();
  const [row] = await db().$queryRaw<(Record<InitiativeStatus, number> & Omit<HeadlineFigures, "byStatus">)[]>`
    SELECT count(*) FILTER (WHERE status = 'PROPOSED')::int AS "PROPOSED",
           count(*) FILTER (WHERE status = 'AGREED')::int AS "AGREED",
           count(*) FILTER (WHERE status = 'IN_PROGRESS')::int AS "IN_PROGRESS",
           count(*) FILTER (WHERE status = 'DONE')::int AS "DONE",
           count(*) FILTER (WHERE status = 'DROPPED')::int AS "DROPPED",
           count(*) FILTER (WHERE ${live})::int AS live,
           count(*) FILTER (WHERE ${live}
                              AND "marketingApprovedAt" IS NOT NULL AND "itApprovedAt" IS NOT NULL)::int AS "agreedByBoth",
           count(*) FILTER (WHERE ${live} AND health = 'ON_TRACK')::int AS "onTrack",
           count(*) FILTER (WHERE ${live} AND "targetDate" < ${today}::date)::int AS overdue,
           (SELECT count(*)::int FROM "ActivityEvent" e
             WHERE e.action = 'initiative.status_changed' AND e."occurredAt" >= ${from ?? EPOCH}
               AND e.changes -> 'status' ->> 'after' = 'DONE') AS "completedInPeriod"
      FROM "Initiative"`;
  const byStatus = Object.fromEntries(INITIATIVE_STATUSES.map((status) => [status, row?.[status] ?? 0])) as Record<
    InitiativeStatus,
    number
  >;
  return {
    byStatus,
    live: row?.live ?? 0,
    agreedByBoth: row?.agreedByBoth ?? 0,
    onTrack: row?.onTrack ?? 0,
    overdue: row?.overdue ?? 0,
    completedInPeriod: row?.completedInPeriod ?? 0,
  };
}

/**
 * Per lever, the initiatives in each status but dropped; and the health of the live ones. One
 * statement: GROUPING SETS give both distributions (at most 4 × 4 + 3 rows).
 */
export async function loadDistribution(): Promise<{ levers: LeverProgress; health: Record<Health, number> }> {
  const live = liveSql();
  const rows = await db().$queryRaw<
    { lever: Lever | null; status: ProgressStatus | null; health: Health | null; n: number; live: number }[]
  >`
    SELECT lever, status, health, count(*)::int AS n,
           count(*) FILTER (WHERE ${live})::int AS live
      FROM "Initiative"
     WHERE status <> 'DROPPED'
     GROUP BY GROUPING SETS ((lever, status), (health))`;
  const levers = Object.fromEntries(
    LEVERS.map((lever) => [lever, Object.fromEntries(PROGRESS_STATUSES.map((status) => [status, 0]))]),
  ) as LeverProgress;
  const health = Object.fromEntries(HEALTHS.map((h) => [h, 0])) as Record<Health, number>;
  for (const row of rows) {
    if (row.lever && row.status) levers[row.lever][row.status] = row.n;
    else if (row.health) health[row.health] = row.live;
  }
  return { levers, health };
}
