import "server-only";
import type { Prisma, Role } from "@/generated/prisma/client";
import { LIVE_STATUSES } from "@/lib/initiative-enums";
import { sideOf } from "@/lib/roles";
import { DomainError } from "../errors";

type Tx = Prisma.TransactionClient;

/**
 * Initiatives that would be left without a valid owner on one side if `userId` took `newRole`
 * (or, with `newRole` null, stopped being active). Refuses with their titles.
 */
export async function assertOwnershipAllows(tx: Tx, userId: string, newRole: Role | null): Promise<void> {
  const side = newRole ? sideOf(newRole) : null;
  const owned = await tx.initiative.findMany({
    where: {
      // A role change is checked against every initiative (the database does the same); a deactivation against live ones.
      ...(newRole ? {} : { status: { in: [...LIVE_STATUSES] } }),
      OR: [
        ...(side !== "MARKETING" ? [{ marketingOwnerId: userId }] : []),
        ...(side !== "IT" ? [{ itOwnerId: userId }] : []),
      ],
    },
    select: { title: true },
    orderBy: { rankKey: "asc" },
  });
  if (owned.length > 0) {
    const titles = owned.map((initiative) => initiative.title).join("; ");
    throw DomainError.conflict(newRole ? "errors.reassignBeforeRoleChange" : "errors.reassignBeforeDeactivation", {
      count: owned.length,
      titles,
    });
  }
}

/** Refuses a change that would leave no active administrator. Locks the admin rows first. */
export async function assertNotLastAdmin(tx: Tx, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  if (admins.length <= 1 && admins.some((admin) => admin.id === userId)) {
    throw DomainError.conflict("errors.lastAdmin");
  }
}
