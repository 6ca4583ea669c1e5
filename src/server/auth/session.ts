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

/** What a session token claims: who, and when they signed in (ms). */
export interface SessionClaims {
  id?: string;
  authTime?: unknown;
}

/**
 * The user a session token stands for, re-checked against the database: a deactivated account,
 * or a sign-in older than the user's `sessionsValidAfter` (sign out everywhere, password or role
 * change), counts as signed out. Role and name come from the database, never from the token.
 */
export async function resolveSessionUser(claims: SessionClaims | null | undefined): Promise<CurrentUser | null> {
  if (!claims?.id) return null;
  const authTime = typeof claims.authTime === "number" ? claims.authTime : 0;
  const user = await db().user.findUnique({
    where: { id: claims.id },
    select: { id: true, name: true, email: true, role: true, active: true, sessionsValidAfter: true },
  });
  if (!user || !user.active) return null;
  if (authTime < user.sessionsValidAfter.getTime()) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** The signed-in user of this request, or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  return resolveSessionUser(session?.user as SessionClaims | undefined);
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
