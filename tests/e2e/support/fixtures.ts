import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../../prisma/demo-accounts";

export const DEMO = {
  cmo: "cmo@levers.example",
  cio: "cio@levers.example",
  marketing: "marketing1@levers.example",
  it: "it1@levers.example",
  board: "board1@levers.example",
  admin: "admin@levers.example",
} as const;

/** Signs in through next-auth's credentials endpoint (no form clicking), sharing the page's cookies. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: "/" },
  });
  expect(response.ok(), `sign-in as ${email}`).toBeTruthy();
}

export const test = base;
export { expect };
