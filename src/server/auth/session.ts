import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/generated/prisma/enums";
import { markDatabaseUnavailable } from "../db-errors";
import { authOptionsFor } from "./options";
import { isHttpsRequest } from "./request-security";
import { liveSessionUser } from "./server-sessions";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** The server-side session this request belongs to. */
  sessionId: string;
}

/** What a session cookie claims: who (`id`), and which server-side session (`sid`). */
export interface SessionClaims {
  id?: unknown;
  sid?: unknown;
}

/**
 * The user a session cookie stands for, re-checked against the database on every request: the
 * session must exist, not be revoked (sign-out, "sign out everywhere", a password or role change,
 * deactivation), be less than 12 hours old and have been used within the idle timeout. Role and
 * name come from the database, never from the cookie.
 */
export async function resolveSessionUser(
  claims: SessionClaims | null | undefined,
  now = new Date(),
): Promise<CurrentUser | null> {
  if (!claims) return null;
  return liveSessionUser(claims.id, claims.sid, now);
}

/**
 * The signed-in user of this request, or null. Read once per request (React.cache): the layout,
 * the page and its metadata share it.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptionsFor(isHttpsRequest(await headers())));
  const user = session?.user as (Partial<CurrentUser> & { databaseUnavailable?: boolean }) | undefined;
  // The session could not be checked (database unreachable): "busy, try again", not "signed out".
  if (user?.databaseUnavailable)
    throw markDatabaseUnavailable(
      Object.assign(new Error("The database is unreachable: the session could not be checked."), { code: "08006" }),
    );
  if (!user?.id || !user.sessionId || !user.role || typeof user.name !== "string" || typeof user.email !== "string")
    return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionId: user.sessionId };
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
