import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { LIVE_STATUSES } from "@/lib/initiative-enums";

// "Live" and "rank among the live initiatives" in SQL, for every query (the one home of both).
// Written as literals, not parameters, so the planner can match the partial unique index on the
// live rank keys ("Initiative_live_rankKey_key" has the same predicate).

const column = (alias: string | undefined, name: string) => Prisma.raw(alias ? `${alias}."${name}"` : `"${name}"`);

/** `status IN ('PROPOSED', 'AGREED', 'IN_PROGRESS')`, optionally on a table alias. */
export function liveSql(alias?: string): Prisma.Sql {
  return Prisma.sql`${column(alias, "status")} IN (${Prisma.raw(LIVE_STATUSES.map((status) => `'${status}'`).join(", "))})`;
}

/** The rank (1..N) of a live initiative: `row_number() OVER (ORDER BY "rankKey")::int`; use with liveSql(). */
export function liveRankSql(alias?: string): Prisma.Sql {
  return Prisma.sql`row_number() OVER (ORDER BY ${column(alias, "rankKey")})::int`;
}

/** `SELECT id, rank FROM "Initiative" WHERE live`: every live initiative's id and rank, as a subquery. */
export function liveRanksSql(): Prisma.Sql {
  return Prisma.sql`SELECT id, ${liveRankSql()} AS rank FROM "Initiative" WHERE ${liveSql()}`;
}
