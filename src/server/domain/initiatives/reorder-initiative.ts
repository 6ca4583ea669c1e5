import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { InitiativeStatus } from "@/generated/prisma/enums";
import { isLive } from "@/lib/initiative-enums";
import { clampPosition, evenKeys, keyBetween, needsRebalance } from "@/lib/ranking";
import { MOST_PLACES, REORDER_REASON_MAX_LENGTH } from "@/lib/schemas/reorder-schema";
import { farMoveNeedsReason } from "@/lib/triage";
import { isUuid } from "@/lib/schemas/dates";
import { loadLiveScores } from "../../triage-scores";
import { db } from "../../db";
import { liveSql } from "../../live-sql";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError, notFound } from "../errors";
import { LIVE_STATUSES, lockRanking } from "./ranking-lock";

type Tx = Prisma.TransactionClient;

export interface ReorderInitiativeInput {
  initiativeId: string;
  /** Where it goes, exactly one of: a 1-based position (clamped to the list, past the end = the bottom)… */
  position?: number;
  /** … or a number of places from where it is now (-1: one place up; clamped to the list's ends)… */
  by?: number;
  /** … or the live initiative whose place it takes (a drop on that row), wherever it is now. */
  at?: string;
  /** Why it moved; kept in the history. */
  reason?: string;
}

/**
 * Moves a live initiative to a position of the ranked list (`position`: 1-based, clamped to the list,
 * past the end = the bottom), by a number of places from where it is now (`by`: -1 is one place up,
 * clamped to the list's ends), or to the place of the row it was dropped on (`at`: before that row
 * moving up, after it moving down). A board a change behind sends "Move up" as `by: -1` and a drop as
 * `at`: the row passes the neighbour the user saw, where the position the board saw would not. One row is written: the moved one, with
 * a key between its new neighbours. Its version stays: the rank is not part of what an edit form
 * holds, so a move never makes someone's open edit stale. Only when a key would be too long (needsRebalance)
 * is every live key rewritten evenly, in the same order (their versions untouched: their content and
 * order did not change). Moves are serialised by the ranking lock, so concurrent ones never tie.
 */
export async function reorderInitiative(
  ctx: DomainContext,
  input: ReorderInitiativeInput,
): Promise<{ from: number; to: number }> {
  assertCan(ctx.actor, "initiative.reorder");
  const actor = ctx.actor;
  const reason = input.reason?.trim() || undefined;
  if (reason && reason.length > REORDER_REASON_MAX_LENGTH) {
    throw DomainError.invalid({ reason: "validation.reasonTooLong" });
  }
  const { by, position, at } = input;
  // Exactly one: a whole position (clamped to the list below), a whole, non-zero number of places, or a row.
  const given = [position, by, at].filter((value) => value !== undefined).length;
  if (given === 0) throw DomainError.invalid({ position: "validation.position" });
  if (given > 1) throw DomainError.invalid(at === undefined ? { by: "validation.step" } : { at: "validation.invalid" });
  if (position !== undefined && !Number.isInteger(position)) {
    throw DomainError.invalid({ position: "validation.position" });
  }
  if (by !== undefined && !(Number.isInteger(by) && by !== 0 && Math.abs(by) <= MOST_PLACES)) {
    throw DomainError.invalid({ by: "validation.step" });
  }
  if (at !== undefined && !isUuid(at)) throw DomainError.invalid({ at: "validation.invalid" });
  return db().$transaction(async (tx) => {
    await lockRanking(tx);
    // One statement, whatever the move: the moved row, the row a drop names, the live keys before the
    // moved row (its place) and, for a move down, those after it up to the position asked for (so a
    // position past the end means the bottom without counting the whole list; a move up reads none
    // after it), both on the partial rank index (liveSql() matches its predicate; status::text would
    // read the table), and how many sides have scored the moved row (its score rank is read only if
    // both have). Reads that grow with the larger of the two positions, not with the list. One round
    // trip where there were three (four for a drop): each statement of a transaction through Prisma
    // costs about half a millisecond of latency.
    const dropOn = at ?? null;
    const [place] = await tx.$queryRaw<
      {
        key: string;
        status: InitiativeStatus;
        targetStatus: InitiativeStatus | null;
        before: number;
        asked: number;
        after: number;
        sides: number;
      }[]
    >`
      WITH moved AS (SELECT "rankKey" AS key, status FROM "Initiative" WHERE id = ${input.initiativeId}::uuid),
           target AS (SELECT "rankKey" AS key, status FROM "Initiative" WHERE id = ${dropOn}::uuid),
           place AS (
             SELECT count(*)::int AS before FROM "Initiative"
              WHERE ${liveSql()} AND "rankKey" < (SELECT key FROM moved)),
           asked AS (
             SELECT CASE WHEN ${dropOn}::uuid IS NULL THEN ${position === undefined ? 0 : clampPosition(position, Number.MAX_SAFE_INTEGER)}::bigint
                         ELSE (SELECT count(*) + 1 FROM "Initiative" WHERE ${liveSql()} AND "rankKey" < (SELECT key FROM target)) END AS n)
      SELECT moved.key, moved.status, (SELECT status FROM target) AS "targetStatus",
             place.before, asked.n::bigint::float8 AS asked,
             (SELECT count(*) FROM (SELECT 1 FROM "Initiative" WHERE ${liveSql()} AND "rankKey" > moved.key
                                     ORDER BY "rankKey"
                                     LIMIT GREATEST(COALESCE(${by ?? null}::bigint, asked.n - place.before - 1), 0)) AS below)::int AS after,
             (SELECT count(DISTINCT side)::int FROM "TriageScore" WHERE "initiativeId" = ${input.initiativeId}::uuid) AS sides
        FROM moved, place, asked`;
    if (!place) throw notFound();
    if (!isLive(place.status)) throw DomainError.conflict("reorder.notLive", {}, LIST_BEHIND);
    // A drop on a row that has left the list: the mover's board was behind (the answer says so, and
    // the board reads its rows again).
    if (at !== undefined && !(place.targetStatus && isLive(place.targetStatus))) {
      throw DomainError.conflict("reorder.neighbourGone", {}, LIST_BEHIND);
    }
    const from = place.before + 1;
    let to = clampPosition(by === undefined ? place.asked : from + by, from + place.after);
    if (to === from) return { from, to };
    // A move further than FAR_MOVE_PLACES from the item's score rank (computed here, not trusted from the client) needs a reason.
    const scoreRank = await scoreRankOf(tx, input.initiativeId, place.sides);
    if (!reason && farMoveNeedsReason(scoreRank, from, to)) {
      throw DomainError.invalid({ reason: "triage.reorder.reasonRequired" }, { to, scoreRank: scoreRank ?? 0 });
    }

    // The neighbours at the new place, in the list without the moved row: keys[to - 2] and keys[to - 1].
    const neighbours = await tx.$queryRaw<{ rankKey: string }[]>`
      SELECT "rankKey" FROM "Initiative"
       WHERE ${liveSql()} AND id <> ${input.initiativeId}::uuid
       ORDER BY "rankKey" OFFSET ${Math.max(to - 2, 0)} LIMIT ${to === 1 ? 1 : 2}`;
    let keys = neighbours.map((row) => row.rankKey);
    if (to > 1 && keys.length === 0) {
      // The list got shorter since it was counted (an initiative left it without the ranking lock):
      // the new place is the bottom, after the last key, never the top key of an empty neighbourhood.
      const [rest] = await tx.$queryRaw<{ last: string | null; count: number }[]>`
        SELECT max("rankKey") AS last, count(*)::int AS count FROM "Initiative"
         WHERE ${liveSql()} AND id <> ${input.initiativeId}::uuid`;
      keys = rest?.last ? [rest.last] : [];
      to = (rest?.count ?? 0) + 1;
    }
    let key = safeKeyBetween(to === 1 ? null : (keys[0] ?? null), to === 1 ? (keys[0] ?? null) : (keys[1] ?? null));
    // Rebalance when the new key would be too long, or a key it sits between (written by hand, an
    // import) already is. A too-long key elsewhere is repaired when a move lands next to it: until
    // then it only sorts, and checking every key would make each move read the whole list.
    if (key === null || needsRebalance(key) || keys.some(needsRebalance)) {
      const others = await tx.initiative.findMany({
        where: { status: { in: [...LIVE_STATUSES] }, id: { not: input.initiativeId } },
        orderBy: { rankKey: "asc" },
        select: { id: true },
      });
      key = await rebalance(
        tx,
        input.initiativeId,
        others.map((row) => row.id),
        Math.min(to, others.length + 1),
      );
    }
    await tx.initiative.update({ where: { id: input.initiativeId }, data: { rankKey: key }, select: { id: true } });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "initiative.moved",
      entityType: "initiative",
      entityId: input.initiativeId,
      initiativeId: input.initiativeId,
      changes: {
        rank: { before: from, after: to },
        ...(reason ? { reason } : {}),
        ...(scoreRank !== undefined ? { scoreRank } : {}),
      },
      origin: ctx.origin,
    });
    return { from, to };
  });
}

/** A refusal's note that the mover's board was behind the list: it reads its rows again. */
const LIST_BEHIND = { listBehind: "yes" };

/**
 * The item's score rank, or undefined while it has none: only an item both sides have scored has one
 * (`sides`: how many have), so the whole list's scores are read only for such an item.
 */
async function scoreRankOf(tx: Tx, initiativeId: string, sides: number): Promise<number | undefined> {
  if (sides < 2) return undefined;
  return (await loadLiveScores(tx)).items.find((item) => item.id === initiativeId)?.scoreRank ?? undefined;
}

/** Null when a neighbour's key is not a valid fractional index (written by hand): rebalance then. */
function safeKeyBetween(before: string | null, after: string | null): string | null {
  try {
    return keyBetween(before, after);
  } catch {
    return null;
  }
}

/**
 * Rewrites the keys of `otherIds` (the list without the moved row, in order) evenly, leaving the
 * slot at `position` free, and returns that slot's key for the moved row. Two passes, so the unique
 * index never sees a tie: first every row of the list gets a temporary key no real key can equal
 * ("~" sorts after every base-62 digit, and the row's id makes it unique), then its final key.
 */
async function rebalance(tx: Tx, movedId: string, otherIds: string[], position: number): Promise<string> {
  const keys = evenKeys(otherIds.length + 1);
  const slot = keys.splice(position - 1, 1)[0];
  if (slot === undefined) throw new Error(`rebalance: no slot at position ${position}`);
  const allIds = [movedId, ...otherIds];
  await tx.$executeRaw`UPDATE "Initiative" SET "rankKey" = '~' || id::text WHERE id = ANY(${allIds}::uuid[])`;
  await tx.$executeRaw`
    UPDATE "Initiative" AS i SET "rankKey" = v.key
    FROM unnest(${otherIds}::uuid[], ${keys}::text[]) AS v(id, key)
    WHERE i.id = v.id`;
  return slot;
}
