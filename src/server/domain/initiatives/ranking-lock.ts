import "server-only";
import { generateKeyBetween } from "fractional-indexing";
import type { Prisma } from "@/generated/prisma/client";
import { LIVE_STATUSES } from "@/lib/initiative-enums";

type Tx = Prisma.TransactionClient;

/** Statuses whose initiatives are on the ranked list (rank keys unique among them). */
export { LIVE_STATUSES };

// Any constant; "lvrank" in hex. Held until the transaction ends.
const RANKING_LOCK_KEY = 0x6c7672616e6b;

/**
 * Serialises every change to the ranked list (insert, move, rebalance) for the rest of the
 * transaction, so concurrent moves never compute keys from a stale neighbourhood.
 */
export async function lockRanking(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RANKING_LOCK_KEY}::bigint)`;
}

/** A key after the last live initiative: the bottom of the list. Call with the lock held. */
export async function bottomRankKey(tx: Tx): Promise<string> {
  const last = await tx.initiative.findFirst({
    where: { status: { in: [...LIVE_STATUSES] } },
    orderBy: { rankKey: "desc" },
    select: { rankKey: true },
  });
  return generateKeyBetween(last?.rankKey ?? null, null);
}
