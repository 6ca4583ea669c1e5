import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions";
import { db } from "../db";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
}

/** Accounts for administrators; null when the actor may not manage users. */
export async function listUsers(actor: Actor): Promise<UserRow[] | null> {
  if (!can(actor, "users.manage")) return null;
  return db().user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true },
  });
}
