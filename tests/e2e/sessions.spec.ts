// Sessions the server can end: sign-out, 12 hours, /account, open event streams, Secure cookies.
import { randomUUID } from "node:crypto";
import type { APIResponse, Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { queryE2eDatabase } from "./support/database";
import { DEMO, expect, signInAs, test } from "./support/fixtures";
import { sessionCookieName } from "../../src/lib/session-cookie";

const SECRET = process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-e2e-only-secret-e2e-only";

async function expectSignedOut(page: Page): Promise<void> {
  await page.goto("/board");
  await expect(page).toHaveURL(/\/login/);
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  expect((await page.request.get("/api/export/initiatives.csv")).status()).toBe(401);
}

/** A throwaway account with the demo password (so tests can deactivate it). */
async function throwawayAccount(role: "BOARD" | "IT" = "BOARD"): Promise<string> {
  const email = `session-${randomUUID()}@levers.example`;
  await queryE2eDatabase(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt")
     SELECT gen_random_uuid(), $1, 'Session Tester', $2::"Role", "passwordHash", now() FROM "User" WHERE email = $3`,
    [email, role, DEMO.cmo],
  );
  return email;
}

const setCookies = (response: APIResponse) =>
  response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value);

test("a copy of the session cookie taken before signing out is refused afterwards", async ({ page, browser }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.marketing);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/board$/);
  const copied = await page.context().cookies();
  expect(copied.some((cookie) => cookie.name === sessionCookieName(false))).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  await expectSignedOut(await replay.newPage());
  await replay.close();
});

test("a session cookie whose sign-in was more than 12 hours ago is refused, however recently it was used", async ({
  playwright,
  baseURL,
}) => {
  const [user] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [DEMO.cio]);
  const cookieFor = async (hoursAgo: number) => {
    const [session] = await queryE2eDatabase<{ id: string }>(
      `INSERT INTO "Session" (id, "userId", method, "createdAt", "lastSeenAt", "expiresAt")
       VALUES (gen_random_uuid(), $1, 'password', now() - make_interval(hours => $2), now() - interval '1 minute', now() - make_interval(hours => $2) + interval '12 hours')
       RETURNING id`,
      [user!.id, hoursAgo],
    );
    // A cookie exactly as next-auth writes it, freshly re-issued (as /api/auth/session would).
    return encode({ token: { sub: user!.id, sid: session!.id }, secret: SECRET, maxAge: 12 * 60 * 60 });
  };

  const asCookie = async (hoursAgo: number) => {
    const api = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: `next-auth.session-token=${await cookieFor(hoursAgo)}` },
    });
    const board = await api.get("/board");
    const session = await (await api.get("/api/auth/session")).json();
    const csv = (await api.get("/api/export/initiatives.csv")).status();
    await api.dispose();
    return { board: new URL(board.url()).pathname, session, csv };
  };

  // The same kind of cookie for a session that signed in an hour ago works…
  expect(await asCookie(1)).toMatchObject({ board: "/board", session: { user: { email: DEMO.cio } }, csv: 200 });
  // …and is refused once the sign-in is more than 12 hours old.
  for (const hoursAgo of [13, 24, 7 * 24, 20 * 24]) {
    expect(await asCookie(hoursAgo), `${hoursAgo} hours`).toEqual({ board: "/login", session: {}, csv: 401 });
  }
});

test("/account lists where the user is signed in and ends another browser's session", async ({ browser }) => {
  const email = await throwawayAccount("IT");
  const laptop = await browser.newContext();
  const phone = await browser.newContext({ userAgent: `Levers e2e phone ${randomUUID()}` });
  const [laptopPage, phonePage] = await Promise.all([laptop.newPage(), phone.newPage()]);
  await signInAs(laptopPage, email);
  await signInAs(phonePage, email);
  await phonePage.goto("/board");
  await expect(phonePage.getByRole("heading", { level: 1, name: "Board" })).toBeVisible();

  await laptopPage.goto("/account");
  const sessions = laptopPage.getByRole("region", { name: "Where you are signed in" });
  await expect(sessions.getByRole("listitem")).toHaveCount(2);
  await expect(sessions.getByRole("listitem").filter({ hasText: "This browser" })).toHaveCount(1);
  const phoneItem = sessions.getByRole("listitem").filter({ hasText: "Levers e2e phone" });
  await phoneItem.getByRole("button", { name: "End this session" }).click();
  await expect(phoneItem).toHaveCount(0);
  await expect(sessions.getByRole("listitem")).toHaveCount(1);

  await expectSignedOut(phonePage);
  await laptopPage.goto("/board");
  await expect(laptopPage.getByRole("heading", { level: 1, name: "Board" })).toBeVisible();

  // "Sign out everywhere" ends this browser's session too.
  await laptopPage.goto("/account");
  await laptopPage.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptopPage).toHaveURL(/\/login/);
  await expectSignedOut(laptopPage);
  await Promise.all([laptop.close(), phone.close()]);
});

/** Opens the board's event stream with the page's cookies; resolves with everything it sent once it closes. */
async function openEventStream(page: Page, baseURL: string): Promise<{ closed: Promise<string> }> {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const response = await fetch(`${baseURL}/api/board/events`, { headers: { cookie } });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  // Wrapped in an object: an async function returning a bare promise would wait for it.
  const closed = (async () => {
    let text = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return text;
      text += decoder.decode(value);
    }
  })();
  return { closed };
}

test("an open board event stream closes when its session is signed out", async ({ page, baseURL }) => {
  await signInAs(page, DEMO.board);
  const stream = await openEventStream(page, baseURL!);
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await page.request.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
  expect(await stream.closed).toContain("event: signed-out");
});

test("an open board event stream closes when the account is deactivated", async ({ page, baseURL }) => {
  const email = await throwawayAccount();
  await signInAs(page, email);
  const stream = await openEventStream(page, baseURL!);
  await queryE2eDatabase(`UPDATE "User" SET active = false WHERE email = $1`, [email]);
  expect(await stream.closed).toContain("event: signed-out");
});

test("cookies are Secure when a trusted proxy says the browser came over https, and only then", async ({
  playwright,
  baseURL,
}) => {
  const plain = await playwright.request.newContext({ baseURL });
  const plainCookies = setCookies(await plain.get("/api/auth/csrf"));
  expect(plainCookies.some((cookie) => cookie.startsWith("next-auth.csrf-token=") && !/;\s*secure/i.test(cookie))).toBe(
    true,
  );
  await plain.dispose();

  const proxied = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-Proto": "https" } });
  const csrf = await proxied.get("/api/auth/csrf");
  const csrfCookie = setCookies(csrf).find((cookie) => cookie.startsWith("__Host-next-auth.csrf-token="));
  expect(csrfCookie).toMatch(/;\s*Secure/i);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await proxied.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: DEMO.board, password: DEMO_PASSWORD, json: "true" },
    headers: { cookie: csrfCookie!.split(";")[0]! },
    maxRedirects: 0,
  });
  // The name next-auth writes is the one pages read (src/lib/session-cookie.ts).
  const session = setCookies(signIn).find((cookie) => cookie.startsWith(`${sessionCookieName(true)}=`));
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  // Pages read that cookie when the request came over https, and only then.
  const cookie = session!.split(";")[0]!;
  const overHttps = await proxied.get("/dashboard", { headers: { cookie }, maxRedirects: 0 });
  expect(overHttps.status()).toBe(200);
  expect(await overHttps.text()).toContain("Signed in as");
  await proxied.dispose();
  const overHttp = await playwright.request.newContext({ baseURL });
  const refused = await overHttp.get("/dashboard", { headers: { cookie }, maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers().location).toMatch(/\/login/);
  await overHttp.dispose();
});
