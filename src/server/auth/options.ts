import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isRole } from "@/lib/roles";
import { audit, authenticate, originFromHeaders } from "./authenticate";
import { provisionedUser, SSO_PROVIDER_ID, ssoProvider } from "./sso";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** The error code the sign-in form shows as "too many failed attempts". */
export const SIGN_IN_LOCKED = "AccountLocked";

// A getter-free object: providers are read once per server process, from the environment.
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
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
    async signIn({ user, account }) {
      if (account?.provider !== SSO_PROVIDER_ID) return true;
      const known = await provisionedUser(user.email);
      await audit(known ? "auth.signed_in" : "auth.sign_in_failed", known?.id ?? null, user.email ?? "", { ip: null, userAgent: "sso" });
      return known !== null;
    },
    async jwt({ token, user, account }) {
      if (user && account?.provider === SSO_PROVIDER_ID) {
        const known = await provisionedUser(user.email);
        if (!known) return token;
        token.sub = known.id;
        token.role = known.role;
        token.authTime = Date.now();
      } else if (user) {
        token.sub = user.id;
        token.role = (user as { role?: unknown }).role;
        // When this sign-in happened (ms): sessions older than the user's sessionsValidAfter end.
        token.authTime = Date.now();
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub && isRole(token.role)) {
        Object.assign(session.user, { id: token.sub, role: token.role, authTime: token.authTime });
      }
      return session;
    },
  },
};
