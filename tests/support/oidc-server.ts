// A real OpenID Connect provider for the single sign-on tests (oidc-provider 9.13.3), on
// 127.0.0.1:LEVERS_TEST_OIDC_PORT (default 4411). Playwright starts it before the app
// (playwright.config.ts); `tsx tests/support/oidc-server.ts` starts it by hand.
//
// - One confidential client, `levers` (client_secret_basic), redirect URI
//   <LEVERS_TEST_APP_URL>/api/auth/callback/oidc, PKCE required.
// - A fresh RS256 signing key at every start.
// - Its own development login form ("Enter any login" / "and password" / "Sign-in", then
//   "Continue"): any password; the login names the identity:
//     someone@example            email someone@example, email_verified true
//     unverified:someone@example email someone@example, email_verified false
//     no-email:someone@example   no email claim; preferred_username someone@example
// - Two modes behind the same issuer: "id-token" (conformIdTokenClaims: false, the email is in the
//   ID token) and "userinfo" (conformIdTokenClaims: true, the email only from /userinfo).
//   POST /__test/mode with the mode's name switches; GET /__test/mode reads it.
import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import Provider, { type Configuration } from "oidc-provider";

export const OIDC_CLIENT_ID = "levers";
export const OIDC_CLIENT_SECRET = "levers-test-client-secret";
export type OidcMode = "id-token" | "userinfo";

export function oidcTestPort(env: Record<string, string | undefined> = process.env): number {
  return Number(env.LEVERS_TEST_OIDC_PORT ?? 4411);
}

function identity(login: string) {
  const [kind, rest] = login.includes(":")
    ? [login.slice(0, login.indexOf(":")), login.slice(login.indexOf(":") + 1)]
    : ["", login];
  const email = rest.trim().toLowerCase();
  if (kind === "no-email") return { sub: `no-email-${email}`, name: "No E-mail", preferred_username: email };
  return {
    sub: `${kind || "user"}-${email}`,
    name: email.split("@")[0] ?? email,
    email,
    email_verified: kind !== "unverified",
  };
}

export async function startOidcServer(options: {
  port: number;
  appUrl: string;
}): Promise<{ issuer: string; close(): Promise<void> }> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: randomUUID(), alg: "RS256", use: "sig" };
  const configuration = (conformIdTokenClaims: boolean): Configuration => ({
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [`${options.appUrl.replace(/\/$/, "")}/api/auth/callback/oidc`],
        token_endpoint_auth_method: "client_secret_basic",
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "preferred_username"] },
    conformIdTokenClaims,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      return { accountId: id, claims: async () => identity(id) };
    },
  });
  const providers: Record<OidcMode, Provider> = {
    "id-token": new Provider(issuer, configuration(false)),
    userinfo: new Provider(issuer, configuration(true)),
  };
  let mode: OidcMode = "id-token";
  const handlers = { "id-token": providers["id-token"].callback(), userinfo: providers.userinfo.callback() };

  const server = http.createServer((request, response) => {
    if (request.url === "/__test/mode") {
      if (request.method === "POST") {
        let body = "";
        request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        request.on("end", () => {
          const next = body.trim();
          if (next === "id-token" || next === "userinfo") mode = next;
          response.writeHead(next === mode ? 200 : 400, { "Content-Type": "text/plain" }).end(mode);
        });
        return;
      }
      response.writeHead(200, { "Content-Type": "text/plain" }).end(mode);
      return;
    }
    void handlers[mode](request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// Started directly (by Playwright's webServer, or by hand).
if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const port = oidcTestPort();
  const appUrl = process.env.LEVERS_TEST_APP_URL ?? `http://127.0.0.1:${process.env.LEVERS_E2E_PORT ?? 3100}`;
  const started = await startOidcServer({ port, appUrl });
  console.log(`[oidc] test OpenID provider at ${started.issuer} for ${appUrl}`);
  const stop = () => void started.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
