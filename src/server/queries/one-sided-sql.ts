import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * The one-sided rule in SQL, shared by the board and the dashboard: two CTEs, `people` (every user
 * with their side) and `heard` (per initiative, whether anyone of each side posted an update or a
 * comment, or changed it, since `cutoff`; a reorder is not a word on the item). Use after WITH.
 * `only`, a subquery of initiative ids (the board's window), limits `heard` to those initiatives.
 */
export function heardSinceCtes(cutoff: Date, only?: Prisma.Sql): Prisma.Sql {
  // Index lookups for those initiatives instead of every recent update, comment and event.
  const among = (column: Prisma.Sql) => (only ? Prisma.sql`AND ${column} IN (${only})` : Prisma.empty);
  return Prisma.sql`
    people AS MATERIALIZED (
      SELECT id, name, levers_role_side(role) AS side FROM "User"
    ), heard AS (
      SELECT v.id, bool_or(p.side = 'MARKETING') AS marketing, bool_or(p.side = 'IT') AS it
        FROM (
          SELECT su."initiativeId" AS id, su."authorId" AS who FROM "StatusUpdate" su
           WHERE su."createdAt" >= ${cutoff} ${among(Prisma.sql`su."initiativeId"`)}
          UNION ALL
          SELECT c."initiativeId", c."authorId" FROM "Comment" c
           WHERE c."createdAt" >= ${cutoff} ${among(Prisma.sql`c."initiativeId"`)}
          UNION ALL
          SELECT e."initiativeId", e."actorId" FROM "ActivityEvent" e
           WHERE e."occurredAt" >= ${cutoff} AND e."initiativeId" IS NOT NULL AND e."actorId" IS NOT NULL
             AND e.action <> 'initiative.moved' ${among(Prisma.sql`e."initiativeId"`)}
        ) v JOIN people p ON p.id = v.who
       GROUP BY v.id
    )`;
}
