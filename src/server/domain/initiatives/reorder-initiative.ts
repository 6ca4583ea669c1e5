import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { clampPosition, evenKeys, keyForPosition, needsRebalance } from "@/lib/ranking";
import { REORDER_REASON_MAX_LENGTH } from "@/lib/schemas/reorder-schema";
import { farMoveNeedsReason } from "@/lib/triage";
import { loadLiveScores } from "../../triage-scores";
import { db } from "../../db";
import { recordActivity } from "../activity";
import { assertCan } from "../authorize";
import type { DomainContext } from "../context";
import { DomainError, notFound } from "../errors";
import { LIVE_STATUSES, lockRanking } from "./ranking-lock";

type Tx = Prisma.TransactionClient;

export interface ReorderInitiativeInput {
  initiativeId: string;
  /** 1-based; clamped to the list (past the end = the bottom). */
  position: number;
  /** Why it moved; kept in the history. */
  reason?: string;
}

/**
 * Moves a live initiative to a position of the ranked list. One row is written: the moved one, with
 * a key between its new neighbours. Its version stays: the rank is not part of what an edit form
 * holds, so a move never makes someone's open edit stale. Only when a key would be longer than MAX_KEY_LENGTH
 * is every live key rewritten evenly, in the same order (their versions untouched: their content and
 * order did not change). Moves are serialised by the ranking lock, so concurrent ones never tie.
 */
export async function reorderInitiative(ctx: DomainContext, input: ReorderInitiativeInput): Promise<{ from: number; to: number }> {
  assertCan(ctx.actor, "initiative.reorder");
  const actor = ctx.actor;
  const reason = input.reason?.trim() || undefined;
  if (reason && reason.length > REORDER_REASON_MAX_LENGTH) {
    throw DomainError.invalid({ reason: "validation.reasonTooLong" });
  }
  return db().$transaction(async (tx) => {
    await lockRanking(tx);
    const live = await tx.initiative.findMany({
      where: { status: { in: [...LIVE_STATUSES] } },
      orderBy: { rankKey: "asc" },
      select: { id: true, rankKey: true },
    });
    const index = live.findIndex((row) => row.id === input.initiativeId);
    if (index < 0) throw await missingOrClosed(tx, input.initiativeId);
    const from = index + 1;
    const to = clampPosition(input.position, live.length);
    if (to === from) return { from, to };
    // A move further than FAR_MOVE_PLACES from the item's score rank (computed here, not trusted from the client) needs a reason.
    const scoreRank = (await loadLiveScores(tx)).items.find((item) => item.id === input.initiativeId)?.scoreRank ?? undefined;
    if (!reason && farMoveNeedsReason(scoreRank, from, to)) {
      throw DomainError.invalid({ reason: "triage.reorder.reasonRequired" }, { to, scoreRank: scoreRank ?? 0 });
    }

    const others = live.filter((row) => row.id !== input.initiativeId);
    let key = safeKeyForPosition(others.map((row) => row.rankKey), to);
    // Rebalance when the new key would be too long, or a key written elsewhere (by hand, an import) already is.
    if (key === null || needsRebalance(key) || others.some((row) => needsRebalance(row.rankKey))) {
      key = await rebalance(tx, input.initiativeId, others.map((row) => row.id), to);
    }
    await tx.initiative.update({ where: { id: input.initiativeId }, data: { rankKey: key }, select: { id: true } });
    await recordActivity(tx, {
      actorId: actor.id,
      action: "initiative.moved",
      entityType: "initiative",
      entityId: input.initiativeId,
      initiativeId: input.initiativeId,
      changes: { rank: { before: from, after: to }, ...(reason ? { reason } : {}), ...(scoreRank !== undefined ? { scoreRank } : {}) },
      origin: ctx.origin,
    });
    return { from, to };
  });
}

async function missingOrClosed(tx: Tx, initiativeId: string): Promise<DomainError> {
  const row = await tx.initiative.findUnique({ where: { id: initiativeId }, select: { id: true } });
  return row ? DomainError.conflict("reorder.notLive") : notFound();
}

/** Null when a neighbour's key is not a valid fractional index (written by hand): rebalance then. */
function safeKeyForPosition(keys: string[], position: number): string | null {
  try {
    return keyForPosition(keys, position);
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
