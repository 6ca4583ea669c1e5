import "server-only";
import type { Provider } from "next-auth/providers/index";
import type { User } from "@/generated/prisma/client";
import { db } from "../db";
import { serverEnv } from "../env";

export const SSO_PROVIDER_ID = "oidc";

/** Why a single sign-on was turned away; each has its own message on the sign-in page. */
export type SsoRefusal = "SsoNoEmail" | "SsoUnverified" | "SsoUnknownAccount" | "SsoDeactivated";
export const SSO_REFUSALS: readonly SsoRefusal[] = [
  "SsoNoEmail",
  "SsoUnverified",
  "SsoUnknownAccount",
  "SsoDeactivated",
];

/** The claims Levers reads from the ID token (and /userinfo): nothing else identifies a person. */
export interface OidcClaims {
  sub?: unknown;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
  [claim: string]: unknown;
}

interface TokenSet {
  claims(): OidcClaims;
  access_token?: string;
}
interface OidcClient {
  userinfo(tokens: TokenSet): Promise<OidcClaims>;
}

/**
 * The identity claims of a sign-in: those of the ID token, and when the ID token carries no email
 * (providers that follow OpenID Connect strictly put profile claims only in /userinfo) the email
 * and email_verified of /userinfo, for the same subject.
 */
export async function identityClaims(tokens: TokenSet, client: OidcClient): Promise<OidcClaims> {
  const claims = tokens.claims();
  if (typeof claims.email === "string" && claims.email) return claims;
  const info = await client.userinfo(tokens);
  if (info.sub !== claims.sub) throw new Error("The userinfo response is for another subject.");
  const merged: OidcClaims = { ...claims };
  for (const claim of ["email", "email_verified", "name"] as const)
    if (info[claim] !== undefined) merged[claim] = info[claim];
  return merged;
}

/** The OpenID Connect provider when LEVERS_OIDC_ISSUER, _CLIENT_ID and _CLIENT_SECRET are set. */
export function ssoProvider(): Provider | null {
  const env = serverEnv();
  if (!env.LEVERS_OIDC_ISSUER || !env.LEVERS_OIDC_CLIENT_ID || !env.LEVERS_OIDC_CLIENT_SECRET) return null;
  return {
    id: SSO_PROVIDER_ID,
    name: env.LEVERS_OIDC_NAME,
    type: "oauth",
    wellKnown: `${env.LEVERS_OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: env.LEVERS_OIDC_CLIENT_ID,
    clientSecret: env.LEVERS_OIDC_CLIENT_SECRET,
    // client_secret_basic at the token endpoint; the ID token's signature, issuer, audience and nonce are checked.
    client: { token_endpoint_auth_method: "client_secret_basic" },
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    userinfo: {
      request: ({ tokens, client }: { tokens: TokenSet; client: OidcClient }) => identityClaims(tokens, client),
    },
    // Only `email` identifies someone (never preferred_username, which the user may choose).
    profile(profile: OidcClaims) {
      return {
        id: String(profile.sub ?? ""),
        email: typeof profile.email === "string" ? profile.email.trim().toLowerCase() : null,
        name: typeof profile.name === "string" ? profile.name : null,
      };
    },
  } as unknown as Provider;
}

export function ssoName(): string | null {
  const env = serverEnv();
  return env.LEVERS_OIDC_ISSUER && env.LEVERS_OIDC_CLIENT_ID && env.LEVERS_OIDC_CLIENT_SECRET
    ? env.LEVERS_OIDC_NAME
    : null;
}

export type SsoDecision =
  { ok: true; user: User; email: string } | { ok: false; reason: SsoRefusal; email: string; user: User | null };

/**
 * No self sign-up: a single sign-on must carry an email claim, verified when the provider says
 * whether it is (`email_verified` must then be true), that matches an active account an
 * administrator created.
 */
export async function decideSsoSignIn(claims: OidcClaims | null | undefined): Promise<SsoDecision> {
  const email = typeof claims?.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email || email.length > 320 || /[\u0000-\u001F\u007F]/.test(email))
    return { ok: false, reason: "SsoNoEmail", email: "", user: null };
  const user = await db().user.findUnique({ where: { email } });
  if (claims && "email_verified" in claims && claims.email_verified !== true)
    return { ok: false, reason: "SsoUnverified", email, user };
  if (!user) return { ok: false, reason: "SsoUnknownAccount", email, user: null };
  if (!user.active) return { ok: false, reason: "SsoDeactivated", email, user };
  return { ok: true, user, email };
}
