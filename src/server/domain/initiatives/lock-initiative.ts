import "server-only";
import type { Initiative, Prisma } from "@/generated/prisma/client";
import { notFound } from "../errors";

type Tx = Prisma.TransactionClient;

/** The initiative, locked for the rest of the transaction (FOR UPDATE). */
export async function lockInitiative(tx: Tx, id: string): Promise<Initiative> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Initiative" WHERE id = ${id}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound();
  return tx.initiative.findUniqueOrThrow({ where: { id } });
}
