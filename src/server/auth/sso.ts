import "server-only";
import type { Provider } from "next-auth/providers/index";
import { db } from "../db";
import { serverEnv } from "../env";

export const SSO_PROVIDER_ID = "oidc";

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
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile: { sub: string; email?: string; name?: string; preferred_username?: string }) {
      return { id: profile.sub, email: (profile.email ?? profile.preferred_username ?? "").toLowerCase(), name: profile.name ?? null };
    },
  } as Provider;
}

export function ssoName(): string | null {
  const env = serverEnv();
  return env.LEVERS_OIDC_ISSUER && env.LEVERS_OIDC_CLIENT_ID && env.LEVERS_OIDC_CLIENT_SECRET ? env.LEVERS_OIDC_NAME : null;
}

/** No self sign-up: an SSO sign-in must match a pre-provisioned, active account by email. */
export async function provisionedUser(email: string | null | undefined) {
  if (!email) return null;
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  return user && user.active ? user : null;
}
