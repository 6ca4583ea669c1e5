import { randomUUID } from "node:crypto";
import type { Request } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { queryE2eDatabase, userExists } from "./support/database";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

/** The admin creates an account through the form; returns that request, as the browser sent it. */
async function captureCreateUserRequest(
  page: import("@playwright/test").Page,
): Promise<{ request: Request; email: string }> {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/users");
  const email = `captured-${randomUUID()}@levers.example`;
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Add a person" }) });
  await form.getByLabel("Name").fill("Captured Request");
  await form.getByLabel("Email").fill(email);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    form.getByRole("button", { name: "Create account" }).click(),
  ]);
  await expect(form.getByRole("status")).toHaveText("Account created.");
  expect(await userExists(email)).toBe(true);
  return { request, email };
}

function replayHeaders(request: Request, extra: Record<string, string> = {}): Record<string, string> {
  const keep = ["next-action", "next-router-state-tree", "content-type", "accept", "origin"];
  return { ...Object.fromEntries(Object.entries(request.headers()).filter(([name]) => keep.includes(name))), ...extra };
}

test("a board member who replays the administrator's server-action request is refused and nothing is written", async ({
  page,
  browser,
}) => {
  const { request, email } = await captureCreateUserRequest(page);
  const forgedEmail = `forged-${randomUUID()}@levers.example`;
  const body = request.postDataBuffer()!.toString("utf8").replace(email, forgedEmail);

  const board = await browser.newPage();
  await signInAs(board, DEMO.board);
  const response = await board.request.post(request.url(), { headers: replayHeaders(request), data: body });
  expect(await response.text()).toContain("You are not allowed to do this.");
  expect(await userExists(forgedEmail)).toBe(false);
  await board.close();
});

test("an anonymous replay of the same request is refused", async ({ page, playwright, baseURL }) => {
  const { request, email } = await captureCreateUserRequest(page);
  const forgedEmail = `anon-${randomUUID()}@levers.example`;
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.post(request.url(), {
    headers: replayHeaders(request),
    data: request.postDataBuffer()!.toString("utf8").replace(email, forgedEmail),
  });
  expect(await response.text()).toContain("Your session has ended.");
  expect(await userExists(forgedEmail)).toBe(false);
  await anonymous.dispose();
});

test("a cross-origin POST of a server action is refused, even with the administrator's cookie", async ({ page }) => {
  const { request, email } = await captureCreateUserRequest(page);
  const forgedEmail = `csrf-${randomUUID()}@levers.example`;
  const response = await page.request.post(request.url(), {
    headers: replayHeaders(request, { origin: "https://attacker.example" }),
    data: request.postDataBuffer()!.toString("utf8").replace(email, forgedEmail),
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(await userExists(forgedEmail)).toBe(false);
});

test("every response carries its own CSP nonce, and the page's scripts use it", async ({ request }) => {
  const [first, second] = await Promise.all([request.get("/login"), request.get("/login")]);
  const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
  const a = nonceOf(first.headers()["content-security-policy"]);
  const b = nonceOf(second.headers()["content-security-policy"]);
  expect(a).toBeTruthy();
  expect(b).toBeTruthy();
  expect(a).not.toBe(b);
  expect(first.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["referrer-policy"]).toBe("same-origin");
  expect(await first.text()).toContain(`nonce="${a}"`);
});

test.describe("after sign-in, only pages of Levers are followed", () => {
  for (const payload of [
    "/%5Cevil.example/phish",
    "/%09/evil.example",
    "//evil.example/phish",
    "/%255Cevil.example",
    "javascript:alert(1)",
  ]) {
    test(`a signed-in visit to /login?callbackUrl=${payload} goes home`, async ({ page, baseURL }) => {
      await signInAs(page, DEMO.cio);
      await page.goto(`/login?callbackUrl=${payload}`);
      await expect(page).toHaveURL(`${baseURL}/board`);
    });
  }

  test("signing in with the form and a hostile callbackUrl lands on the user's home", async ({ page, baseURL }) => {
    await page.goto("/login?callbackUrl=/%5Cevil.example/phish");
    await page.getByLabel("Email").fill(DEMO.board);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(`${baseURL}/dashboard`);
  });

  test("a safe callbackUrl is followed", async ({ page, baseURL }) => {
    await page.goto("/login?callbackUrl=/kpis");
    await page.getByLabel("Email").fill(DEMO.cmo);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(`${baseURL}/kpis`);
  });
});

test("malformed ids and impossible values in addresses answer 404 or 400, never 500", async ({ page }) => {
  await signInAs(page, DEMO.cmo);
  const dashes = "-".repeat(36);
  expect((await page.request.get(`/initiatives/${dashes}`)).status()).toBe(404);
  expect((await page.request.get(`/kpis/${dashes}`)).status()).toBe(404);
  expect((await page.request.get(`/api/export/kpi-measurements.csv?kpi=${dashes}`)).status()).toBe(400);
  for (const path of [
    "/activity?before=99999999999999999999999999",
    "/activity?from=0001-01-01&to=9999-12-31",
    "/report?since=0001-01-01",
    `/board?owner=${dashes}`,
  ]) {
    expect((await page.request.get(path)).status(), path).toBe(200);
  }
});

test("a sign-in with a NUL byte in the email is refused as a wrong one, without a database error", async ({ page }) => {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: `${DEMO.cmo}\u0000`, password: DEMO_PASSWORD, json: "true" },
  });
  expect(response.status()).toBe(401);
  expect(await response.text()).not.toMatch(/prisma|invocation|22021/i);
  const [event] = await queryE2eDatabase<{ entityId: string }>(
    `SELECT "entityId" FROM "ActivityEvent" WHERE action = 'auth.sign_in_failed' AND "entityId" = $1 ORDER BY id DESC LIMIT 1`,
    [`${DEMO.cmo}\uFFFD`],
  );
  expect(event).toBeTruthy();
});
