// Single sign-on through a real OpenID provider (oidc-provider, tests/support/oidc-server.ts, started
// by playwright.config.ts on 127.0.0.1): client_secret_basic, PKCE, state and nonce, its own login form.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { queryE2eDatabase } from "./support/database";
import { DEMO, expect, test } from "./support/fixtures";

// The provider's mode (where it puts the email claim) is shared: these tests run one after another.
test.describe.configure({ mode: "serial" });

const ISSUER = `http://127.0.0.1:${process.env.LEVERS_TEST_OIDC_PORT ?? 4411}`;

async function setProviderMode(mode: "id-token" | "userinfo"): Promise<void> {
  const response = await fetch(`${ISSUER}/__test/mode`, { method: "POST", body: mode });
  expect(await response.text()).toBe(mode);
}

/** Starts SSO on the sign-in page and signs in at the provider's own form as `login`. */
async function signInThroughProvider(page: Page, login: string): Promise<void> {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in with Test IdP" }).click();
  await expect(page).toHaveURL(new RegExp(`^${ISSUER}/interaction/`));
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("any password at the provider");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // The provider asks once per sign-in to share the profile with Levers.
  await page.getByRole("button", { name: "Continue" }).click();
}

const formAlert = (page: Page) => page.locator("form").getByRole("alert");

/**
 * The newest sign-in event for `email` made through single sign-on. Other tests sign in as the demo
 * accounts with a password at the same time, so password sign-ins are left out.
 */
async function lastSignInEvent(email: string) {
  const [event] = await queryE2eDatabase<{
    action: string;
    changes: Record<string, string> | null;
    actorId: string | null;
  }>(
    `SELECT action, changes, "actorId" FROM "ActivityEvent"
      WHERE "entityType" = 'sign_in' AND "entityId" = $1 AND coalesce(changes->>'method', '') <> 'password'
      ORDER BY id DESC LIMIT 1`,
    [email],
  );
  return event;
}

test.afterAll(async () => {
  await setProviderMode("id-token");
});

test("an administrator-provisioned account signs in through the provider and lands on its home page", async ({
  page,
}) => {
  await signInThroughProvider(page, DEMO.cmo);
  await expect(page).toHaveURL(/\/board$/);
  await expect(page.getByText("Signed in as Chiara Marino, CMO")).toBeVisible();
  expect(await lastSignInEvent(DEMO.cmo)).toMatchObject({ action: "auth.signed_in", changes: { method: "sso" } });
  const [session] = await queryE2eDatabase<{ method: string }>(
    `SELECT s.method FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1 ORDER BY s."createdAt" DESC LIMIT 1`,
    [DEMO.cmo],
  );
  expect(session?.method).toBe("sso");
});

test("a provider that sends the email only from /userinfo (conformIdTokenClaims) signs people in too", async ({
  page,
}) => {
  await setProviderMode("userinfo");
  await signInThroughProvider(page, DEMO.cio);
  await expect(page).toHaveURL(/\/board$/);
  await expect(page.getByText("Signed in as Ivan Moretti, CIO")).toBeVisible();
  await setProviderMode("id-token");
});

test("someone the provider knows but Levers does not is turned away on the sign-in page", async ({ page }) => {
  const email = `stranger-${randomUUID()}@levers.example`;
  await signInThroughProvider(page, email);
  await expect(page).toHaveURL(/\/login\?error=SsoUnknownAccount/);
  await expect(formAlert(page)).toHaveText(
    "Your single sign-on account does not match any Levers account. Ask your administrator to create one for your e-mail address.",
  );
  expect(await lastSignInEvent(email)).toMatchObject({
    action: "auth.sign_in_failed",
    changes: { method: "sso", reason: "SsoUnknownAccount" },
  });
});

test("an unverified e-mail address at the provider does not sign anyone in, even a real account's", async ({
  page,
}) => {
  await signInThroughProvider(page, `unverified:${DEMO.cmo}`);
  await expect(page).toHaveURL(/\/login\?error=SsoUnverified/);
  await expect(formAlert(page)).toContainText("not verified at your single sign-on provider");
  await page.goto("/board");
  await expect(page).toHaveURL(/\/login/);
  expect(await lastSignInEvent(DEMO.cmo)).toMatchObject({
    action: "auth.sign_in_failed",
    actorId: null,
    changes: { reason: "SsoUnverified" },
  });
});

test("a deactivated account cannot sign in through the provider", async ({ page }) => {
  const email = `sso-deactivated-${randomUUID()}@levers.example`;
  await queryE2eDatabase(
    `INSERT INTO "User" (id, email, name, role, active, "updatedAt") VALUES (gen_random_uuid(), $1, 'Former Colleague', 'IT', false, now())`,
    [email],
  );
  await signInThroughProvider(page, email);
  await expect(page).toHaveURL(/\/login\?error=SsoDeactivated/);
  await expect(formAlert(page)).toHaveText("Your Levers account is deactivated. Ask your administrator.");
});

test("a preferred_username without an email claim identifies nobody", async ({ page }) => {
  await signInThroughProvider(page, `no-email:${DEMO.cmo}`);
  await expect(page).toHaveURL(/\/login\?error=SsoNoEmail/);
  await expect(formAlert(page)).toContainText("did not tell Levers your e-mail address");
  await page.goto("/board");
  await expect(page).toHaveURL(/\/login/);
});

test("a provider error or a broken callback comes back to the sign-in page with the app's own message", async ({
  page,
}) => {
  await page.goto("/api/auth/callback/oidc?error=access_denied&error_description=denied&state=forged");
  await expect(page).toHaveURL(/\/login\?.*error=/);
  await expect(formAlert(page)).toHaveText(
    "Single sign-on did not complete: the provider refused or did not answer. Try again, or sign in with your password.",
  );
  await page.goto("/login?error=OAuthCallback");
  await expect(formAlert(page)).toHaveText(
    "Single sign-on did not complete: the provider refused or did not answer. Try again, or sign in with your password.",
  );
});
