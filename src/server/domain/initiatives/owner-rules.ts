import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { sideOf } from "@/lib/roles";
import { DomainError } from "../errors";

type Tx = Prisma.TransactionClient;

/**
 * Both owners: the marketing owner an active CMO or marketing staff member, the IT owner an
 * active CIO or IT staff member. Refuses with a message on the field at fault.
 */
export async function assertOwners(tx: Tx, owners: { marketingOwnerId: string; itOwnerId: string }): Promise<void> {
  const people = await tx.user.findMany({
    where: { id: { in: [owners.marketingOwnerId, owners.itOwnerId] } },
    select: { id: true, role: true, active: true },
  });
  const find = (id: string) => people.find((person) => person.id === id);
  const fieldErrors: Record<string, string> = {};
  const marketing = find(owners.marketingOwnerId);
  if (!marketing || !marketing.active) fieldErrors.marketingOwnerId = "validation.ownerInactive";
  else if (sideOf(marketing.role) !== "MARKETING") fieldErrors.marketingOwnerId = "validation.marketingOwnerSide";
  const it = find(owners.itOwnerId);
  if (!it || !it.active) fieldErrors.itOwnerId = "validation.ownerInactive";
  else if (sideOf(it.role) !== "IT") fieldErrors.itOwnerId = "validation.itOwnerSide";
  if (Object.keys(fieldErrors).length > 0) throw DomainError.invalid(fieldErrors);
}

/** The database's own owner rules (LV001/LV002 triggers, NOT NULL) as the same field messages. */
export function ownerErrorFromDatabase(error: unknown): DomainError | null {
  const text =
    String((error as { message?: unknown })?.message ?? "") + JSON.stringify((error as { meta?: unknown })?.meta ?? {});
  if (text.includes("LV001") || text.includes("marketing owner must be")) {
    return DomainError.invalid({ marketingOwnerId: "validation.marketingOwnerSide" });
  }
  if (text.includes("LV002") || text.includes("IT owner must be")) {
    return DomainError.invalid({ itOwnerId: "validation.itOwnerSide" });
  }
  return null;
}
