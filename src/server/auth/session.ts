import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { db } from "../db";
import { authOptions } from "./options";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * The signed-in user, re-checked against the database on every request: a deactivated
 * account, or a token issued before the user's `sessionsValidAfter`, counts as signed out.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  const claims = session?.user as { id?: string; authTime?: unknown } | undefined;
  const userId = claims?.id;
  if (!userId) return null;
  const authTime = typeof claims.authTime === "number" ? claims.authTime : 0;
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, active: true, sessionsValidAfter: true },
  });
  if (!user || !user.active) return null;
  if (authTime < user.sessionsValidAfter.getTime()) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
