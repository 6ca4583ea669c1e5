import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Health, InitiativeStatus, Lever } from "@/generated/prisma/enums";
import { db } from "../db";
import { liveRanksSql } from "../live-sql";

// "What changed since the last meeting", for the board report: initiatives added, moves in rank
// (with the reason given) and changes of health. One statement each; not authorised here
// (loadReport checks the actor).

export interface Listed<T> {
  rows: T[];
  total: number;
}

export interface AddedRow {
  id: string;
  title: string;
  lever: Lever;
  status: InitiativeStatus;
  createdAt: string;
  /** Its rank now, null when it is no longer on the list. */
  rank: number | null;
}

export interface MoveRow {
  id: string;
  at: string;
  initiative: { id: string; title: string };
  actor: string | null;
  from: number;
  to: number;
  reason: string | null;
  rankNow: number | null;
}

export interface HealthChangeRow {
  initiative: { id: string; title: string };
  from: Health;
  to: Health;
  /** When it last changed in the period. */
  at: string;
  worse: boolean;
  rankNow: number | null;
}

const RANKS = Prisma.sql`
  ranks AS (${liveRanksSql()})`;

/** Initiatives created since `since`, newest first. */
export async function loadAdded(since: Date, limit: number): Promise<Listed<AddedRow>> {
  const rows = await db().$queryRaw<(Omit<AddedRow, "createdAt"> & { createdAt: Date; total: number })[]>`
    WITH ${RANKS}
    SELECT i.id, i.title, i.lever, i.status, i."createdAt", r.rank, count(*) OVER ()::int AS total
      FROM "Initiative" i LEFT JOIN ranks r ON r.id = i.id
     WHERE i."createdAt" >= ${since}
     ORDER BY i."createdAt" DESC, i.id
     LIMIT ${limit}`;
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map(({ total: _total, createdAt, ...row }) => ({ ...row, createdAt: createdAt.toISOString() })),
  };
}

/** Every move in rank since `since`, newest first: from → to at the time, the reason, the rank now. */
export async function loadMoves(since: Date, limit: number): Promise<Listed<MoveRow>> {
  const rows = await db().$queryRaw<
    {
      id: string;
      at: Date;
      initiativeId: string;
      title: string;
      actor: string | null;
      from: number;
      to: number;
      reason: string | null;
      rankNow: number | null;
      total: number;
    }[]
  >`
    WITH ${RANKS}
    SELECT e.id::text AS id, e."occurredAt" AS at, i.id AS "initiativeId", i.title, u.name AS actor,
           (e.changes -> 'rank' ->> 'before')::int AS "from", (e.changes -> 'rank' ->> 'after')::int AS "to",
           nullif(btrim(e.changes ->> 'reason'), '') AS reason, r.rank AS "rankNow", count(*) OVER ()::int AS total
      FROM "ActivityEvent" e
      JOIN "Initiative" i ON i.id = e."initiativeId"
      LEFT JOIN "User" u ON u.id = e."actorId"
      LEFT JOIN ranks r ON r.id = i.id
     WHERE e.action = 'initiative.moved' AND e."occurredAt" >= ${since}
     ORDER BY e."occurredAt" DESC, e.id DESC
     LIMIT ${limit}`;
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      initiative: { id: row.initiativeId, title: row.title },
      actor: row.actor,
      from: row.from,
      to: row.to,
      reason: row.reason,
      rankNow: row.rankNow,
    })),
  };
}

/**
 * Initiatives whose health differs from what it was when the period began, read from the status
 * updates (the source of truth; not from their audit events): per initiative, the health of its last
 * update before the period (ON_TRACK, an initiative's first health, when there is none) against that
 * of its last update in the period. Worse ones first.
 */
export async function loadHealthChanges(since: Date, limit: number): Promise<Listed<HealthChangeRow>> {
  const rows = await db().$queryRaw<
    {
      initiativeId: string;
      title: string;
      from: Health;
      to: Health;
      at: Date;
      worse: boolean;
      rankNow: number | null;
      total: number;
    }[]
  >`
    WITH ${RANKS}, changed AS (
      SELECT s."initiativeId" AS id,
             coalesce((SELECT p.health::text FROM "StatusUpdate" p
                        WHERE p."initiativeId" = s."initiativeId" AND p."createdAt" < ${since}
                        ORDER BY p."createdAt" DESC, p.id DESC LIMIT 1), 'ON_TRACK') AS "from",
             (array_agg(s.health::text ORDER BY s."createdAt" DESC, s.id DESC))[1] AS "to",
             max(s."createdAt") AS at
        FROM "StatusUpdate" s
       WHERE s."createdAt" >= ${since}
       GROUP BY s."initiativeId"
    ), net AS (
      SELECT c.*, array_position(ARRAY['ON_TRACK', 'AT_RISK', 'OFF_TRACK'], c."to")
                  > array_position(ARRAY['ON_TRACK', 'AT_RISK', 'OFF_TRACK'], c."from") AS worse
        FROM changed c
       WHERE c."from" <> c."to"
    )
    SELECT n.id AS "initiativeId", i.title, n."from", n."to", n.at, n.worse, r.rank AS "rankNow", count(*) OVER ()::int AS total
      FROM net n
      JOIN "Initiative" i ON i.id = n.id
      LEFT JOIN ranks r ON r.id = n.id
     ORDER BY n.worse DESC, n.at DESC
     LIMIT ${limit}`;
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map((row) => ({
      initiative: { id: row.initiativeId, title: row.title },
      from: row.from,
      to: row.to,
      at: row.at.toISOString(),
      worse: row.worse,
      rankNow: row.rankNow,
    })),
  };
}
