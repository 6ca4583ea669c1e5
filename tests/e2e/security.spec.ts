import { randomUUID } from "node:crypto";
import type { Request } from "@playwright/test";
import { userExists } from "./support/database";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

/** The admin creates an account through the form; returns that request, as the browser sent it. */
async function captureCreateUserRequest(page: import("@playwright/test").Page): Promise<{ request: Request; email: string }> {
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

test("a board member who replays the administrator's server-action request is refused and nothing is written", async ({ page, browser }) => {
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
