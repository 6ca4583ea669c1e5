import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/generated/prisma/enums";
import { sessionCookieName } from "@/lib/session-cookie";
import { shareRenderStamp } from "../cache/read-cache";
import { isDatabaseUnavailable, markDatabaseUnavailable } from "../db-errors";
import { serverEnv } from "../env";
import { requestLogger } from "../log";
import { isHttpsRequest } from "./request-security";
import { decodeSessionToken } from "./session-token";
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
  return liveSessionUser(claims.id, claims.sid, now, { onDataStamp: shareRenderStamp });
}

/**
 * The signed-in user of this request, or null. Read once per request (React.cache): the layout,
 * the page and its metadata share it. The session cookie is decoded as next-auth writes it
 * (session-token.ts) and its session checked in the database (resolveSessionUser), without
 * next-auth's getServerSession: that one also runs next-auth's whole session route and encrypts a
 * new cookie for every request, about 1 ms that a page cannot use (it cannot set cookies), and
 * that a sliding cookie does not need (a session lasts 12 hours from sign-in whatever its use).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const https = isHttpsRequest(await headers());
  const token = (await cookies()).get(sessionCookieName(https))?.value;
  if (!token) return null;
  const secret = serverEnv().NEXTAUTH_SECRET;
  // next-auth refuses to run without it too: no cookie could have been written.
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: start Levers with `npm start`, or set it.");
  let claims: Awaited<ReturnType<typeof decodeSessionToken>>;
  try {
    claims = await decodeSessionToken({ token, secret });
  } catch (error) {
    // Not ours (another secret), tampered with, or past its end: signed out. All but the last are
    // worth a line for the security team, as next-auth's JWT_SESSION_ERROR was.
    if ((error as { code?: unknown }).code !== "ERR_JWT_EXPIRED")
      (await requestLogger()).warn({ err: error }, "session cookie refused: it could not be decrypted or read");
    return null;
  }
  if (!claims) return null;
  try {
    return await resolveSessionUser({ id: claims.sub, sid: claims.sid });
  } catch (error) {
    if (isDatabaseUnavailable(error))
      // The session could not be checked (database unreachable): "busy, try again", not "signed out".
      throw markDatabaseUnavailable(
        Object.assign(new Error("The database is unreachable: the session could not be checked."), {
          code: "08006",
        }),
      );
    // As next-auth did with a failing check: logged, and nobody is signed in on it.
    (await requestLogger()).error({ err: error }, "session check failed; treated as signed out");
    return null;
  }
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
