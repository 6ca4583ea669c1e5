import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { safeRedirectPath } from "@/lib/safe-redirect";
import type { RequestOrigin } from "../domain/context";
import { audit, authenticate, originFromHeaders } from "./authenticate";
import { isDatabaseUnavailable } from "../db-errors";
import { liveSessionUser, revokeSession, SESSION_ABSOLUTE_MS, startSession, type SessionUser } from "./server-sessions";
import { decideSsoSignIn, SSO_PROVIDER_ID, ssoProvider, type OidcClaims } from "./sso";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

/** The cookie lives as long as a session may (12 h); the server-side session decides before that. */
export const SESSION_MAX_AGE_SECONDS = SESSION_ABSOLUTE_MS / 1000;

/** The error code the sign-in form shows as "too many failed attempts". */
export const SIGN_IN_LOCKED = "AccountLocked";

/** Thrown by the jwt callback for a cookie whose server-side session has ended: next-auth then clears it. */
class SessionEnded extends Error {
  constructor() {
    super("SessionEnded");
  }
}

// The user each request's jwt callback found, for its session callback (same token object).
const resolvedUsers = new WeakMap<object, SessionUser>();
// Tokens whose session could not be checked because the database was unreachable: the cookie is
// kept (an outage signs nobody out). These callbacks serve next-auth's own routes (/api/auth/session);
// pages, actions and API routes read the session with getCurrentUser (session.ts), by the same rules.
const uncheckedTokens = new WeakSet<object>();

async function requestOrigin(): Promise<RequestOrigin> {
  try {
    return originFromHeaders(await headers());
  } catch {
    return { ip: null, userAgent: null };
  }
}

// Built once per process; providers are read from the environment.
const baseOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // next-auth's token format, with the key derived once (src/server/auth/session-token.ts).
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS, encode: encodeSessionToken, decode: decodeSessionToken },
  // Every refusal and failure (?error=…) comes back to the sign-in page, which explains it.
  pages: { signIn: "/login", error: "/login", signOut: "/login" },
  providers: [
    ...(ssoProvider() ? [ssoProvider()!] : []),
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const result = await authenticate(raw, originFromHeaders(request?.headers));
        if (result.ok) return result.user;
        // next-auth passes an error's message to the client as `error`: a code, never details.
        if (result.reason === "locked") throw new Error(SIGN_IN_LOCKED);
        return null;
      },
    }),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== SSO_PROVIDER_ID) return true;
      const decision = await decideSsoSignIn(profile as OidcClaims | undefined);
      const origin = await requestOrigin();
      if (!decision.ok) {
        // An unverified claim proves nothing about the account: the event is not attributed to it.
        const actorId = decision.reason === "SsoDeactivated" ? (decision.user?.id ?? null) : null;
        await audit("auth.sign_in_failed", actorId, decision.email, origin, new Date(), {
          method: "sso",
          reason: decision.reason,
        });
        return `/login?error=${decision.reason}`;
      }
      await audit("auth.signed_in", decision.user.id, decision.email, origin, new Date(), { method: "sso" });
      // The account's id and role replace the provider's subject from here on.
      Object.assign(user, { id: decision.user.id, role: decision.user.role });
      return true;
    },
    async jwt({ token, user, account }) {
      if (user) {
        // A sign-in: a new server-side session, named by the cookie.
        const method = account?.provider === SSO_PROVIDER_ID ? "sso" : "password";
        token.sub = user.id;
        token.sid = await startSession(user.id, method, await requestOrigin());
        delete token.email;
        delete token.name;
        delete token.picture;
        return token;
      }
      let current: SessionUser | null;
      try {
        current = await liveSessionUser(token.sub, token.sid);
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        uncheckedTokens.add(token);
        return token;
      }
      if (!current) throw new SessionEnded();
      resolvedUsers.set(token, current);
      return token;
    },
    async session({ session, token }) {
      if (uncheckedTokens.has(token)) {
        session.user = { databaseUnavailable: true } as typeof session.user;
        return session;
      }
      const current = resolvedUsers.get(token);
      session.user = (
        current
          ? {
              id: current.id,
              name: current.name,
              email: current.email,
              role: current.role,
              sessionId: current.sessionId,
            }
          : undefined
      ) as typeof session.user;
      return session;
    },
    async redirect({ url, baseUrl }) {
      return `${baseUrl}${safeRedirectPath(url, baseUrl)}`;
    },
  },
  events: {
    // Sign-out ends the server-side session: a copy of the cookie is worth nothing afterwards.
    async signOut({ token }) {
      await revokeSession(token?.sid);
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session presenting its cookie is expected, not an error.
      if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === "SessionEnded") return;
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
};

const secureOptions: NextAuthOptions = { ...baseOptions, useSecureCookies: true };
const plainOptions: NextAuthOptions = { ...baseOptions, useSecureCookies: false };

/** next-auth's options for a request: `Secure` cookies (`__Secure-` names) when it came over https. */
export function authOptionsFor(https: boolean): NextAuthOptions {
  return https ? secureOptions : plainOptions;
}
