import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO, expect, signInAs, test } from "./support/fixtures";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";

test("an anonymous visitor to / lands on the sign-in page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in to Levers" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the CMO signs in with the form and sees the signed-in shell in English", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.cmo);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/board$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Board", "Dashboard", "KPIs"])
    await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await expect(page.getByText("Signed in as Chiara Marino, CMO")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Board" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).not.toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
});

test("a wrong password is refused with a clear message and the email is kept", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.cio);
  await page.getByLabel("Password").fill("not-the-right-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const form = page.locator("form");
  await expect(form.getByRole("alert")).toHaveText("That email and password do not match an active account.");
  await expect(page.getByLabel("Email")).toHaveValue(DEMO.cio);
  await expect(page).toHaveURL(/\/login/);
});

test.describe("in Italian", () => {
  test.use({ locale: "it-IT" });

  test("a browser that prefers Italian gets the sign-in page and the shell in Italian", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "Accedi a Levers" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "it");
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Email").fill(DEMO.cmo);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Accedi", exact: true }).click();
    await expect(page).toHaveURL(/\/board$/);
    const nav = page.getByRole("navigation", { name: "Principale" });
    for (const name of ["Bacheca", "Cruscotto", "KPI"])
      await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Bacheca" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test("the header's language switch turns the shell to Italian and back", async ({ page }) => {
  await signInAs(page, DEMO.cio);
  await page.goto("/board");
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Italiano" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bacheca" })).toBeVisible();
  await page.getByRole("group", { name: "Lingua" }).getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Board" })).toBeVisible();
});

test("a board member lands on the dashboard", async ({ page }) => {
  await signInAs(page, DEMO.board);
  await page.goto("/");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("only the administrator sees Admin, and the account list", async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/board");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("cell", { name: DEMO.cmo })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
