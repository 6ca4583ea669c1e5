import "server-only";
import { db } from "../db";

// Decisions from the audit trail: sign-offs, agreements (both sides signed), completions with their
// outcome notes and drops with their reasons. Not authorised here: loadDashboard and loadReport
// check the actor.

export type DecisionKind = "SIGNED_OFF" | "AGREED" | "DONE" | "DROPPED";

export interface Decision {
  id: string;
  at: string;
  kind: DecisionKind;
  /** For a sign-off (or the sign-off that made it agreed): the side that signed. */
  side: "MARKETING" | "IT" | null;
  actor: string | null;
  initiative: { id: string; title: string } | null;
  /** The outcome note of a completion, the reason of a drop. */
  note: string | null;
}

export interface Decisions {
  rows: Decision[];
  total: number;
  /** How many of each kind in the period (all of them, not only the rows shown). */
  counts: Record<DecisionKind, number>;
}

type Row = Omit<Decision, "initiative" | "at" | "id"> & {
  id: string | null;
  at: Date | null;
  initiativeId: string | null;
  title: string | null;
  total: number;
} & Record<DecisionKind, number>;

/**
 * The latest `limit` decisions since `from` (all time when null), newest first, with per-kind counts.
 * A sign-off recorded by the app carries { signedOff: side } (and the status change when it was the
 * second one); the demo data records each signature and the agreement as separate events. The
 * counts come from a narrow pass over the matching events; the notes and names only for the page.
 */
export async function loadDecisions(from: Date | null, limit: number): Promise<Decisions> {
  const rows = await db().$queryRaw<Row[]>`
    WITH d AS (
      SELECT e.id, e."occurredAt" AS at,
             CASE WHEN e.action = 'initiative.signed_off'
                  THEN CASE WHEN e.changes -> 'status' ->> 'after' = 'AGREED' THEN 'AGREED' ELSE 'SIGNED_OFF' END
                  ELSE e.changes -> 'status' ->> 'after' END AS kind
        FROM "ActivityEvent" e
       WHERE e."occurredAt" >= coalesce(${from}::timestamptz, '-infinity'::timestamptz)
         AND (e.action = 'initiative.signed_off'
              OR (e.action = 'initiative.status_changed' AND e.changes -> 'status' ->> 'after' IN ('AGREED', 'DONE', 'DROPPED')))
    ), counts AS (
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE kind = 'SIGNED_OFF')::int AS "SIGNED_OFF", count(*) FILTER (WHERE kind = 'AGREED')::int AS "AGREED",
             count(*) FILTER (WHERE kind = 'DONE')::int AS "DONE", count(*) FILTER (WHERE kind = 'DROPPED')::int AS "DROPPED"
        FROM d
    ), page AS (
      SELECT d.id, d.at, d.kind FROM d ORDER BY d.at DESC, d.id DESC LIMIT ${limit}
    )
    SELECT counts.*, page.id::text AS id, page.at, page.kind, e."initiativeId", i.title, u.name AS actor,
           CASE WHEN e.action <> 'initiative.signed_off' THEN NULL
                WHEN e.changes -> 'signedOff' ->> 'after' IN ('MARKETING', 'IT') THEN e.changes -> 'signedOff' ->> 'after'
                WHEN e.changes -> 'marketingApprovedById' IS NOT NULL THEN 'MARKETING'
                WHEN e.changes -> 'itApprovedById' IS NOT NULL THEN 'IT' END AS side,
           coalesce(e.changes -> 'outcomeNote' ->> 'after', e.changes -> 'dropReason' ->> 'after') AS note
      FROM counts
      LEFT JOIN page ON true
      LEFT JOIN "ActivityEvent" e ON e.id = page.id
      LEFT JOIN "Initiative" i ON i.id = e."initiativeId"
      LEFT JOIN "User" u ON u.id = e."actorId"
     ORDER BY page.at DESC, page.id DESC`;
  const first = rows[0];
  return {
    total: first?.total ?? 0,
    counts: {
      SIGNED_OFF: first?.SIGNED_OFF ?? 0,
      AGREED: first?.AGREED ?? 0,
      DONE: first?.DONE ?? 0,
      DROPPED: first?.DROPPED ?? 0,
    },
    rows: rows.flatMap((row) =>
      row.id === null || row.at === null
        ? []
        : [
            {
              id: row.id,
              at: row.at.toISOString(),
              kind: row.kind,
              side: row.side,
              actor: row.actor,
              initiative: row.initiativeId ? { id: row.initiativeId, title: row.title ?? row.initiativeId } : null,
              note: row.note,
            },
          ],
    ),
  };
}
