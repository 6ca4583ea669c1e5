import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { parseWeights, type Weights } from "@/lib/triage";

type Tx = Prisma.TransactionClient;

// Any constant; "lvtriage" in hex. Serialises model proposals and decisions for the transaction.
const MODEL_LOCK_KEY = 0x6c7674726961;

export async function lockScoringModel(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${MODEL_LOCK_KEY}::bigint)`;
}

/** The model in force: the highest approved version (version 1, the defaults, is written by the migration). */
export async function currentScoringModel(tx: Tx): Promise<{ id: string; version: number; weights: Weights }> {
  const model = await tx.scoringModel.findFirst({
    where: { status: "APPROVED" },
    orderBy: { version: "desc" },
    select: { id: true, version: true, weights: true },
  });
  if (!model) throw new Error("No approved scoring model: the triage migration writes version 1");
  return { id: model.id, version: model.version, weights: parseWeights(model.weights) };
}
