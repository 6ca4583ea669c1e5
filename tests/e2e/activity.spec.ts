import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

test("the CMO filters the activity log by person and action and reads labelled entries", async ({ page }) => {
  await signInAs(page, DEMO.cmo);
  await page.goto("/activity");
  const filter = page.getByRole("search", { name: "Filter" });
  // Everyone who can act is a choice, board members and administrators included.
  await expect(filter.getByLabel("Who").locator("option", { hasText: "Anna Lombardi" })).toHaveCount(1);
  await filter.getByLabel("Who").selectOption({ label: "Chiara Marino" });
  await filter.getByLabel("Action").selectOption("auth.signed_in");
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=auth\.signed_in/);
  const firstRow = page.getByRole("row").nth(1);
  await expect(firstRow).toContainText("Chiara Marino");
  await expect(firstRow).toContainText("signed in");
  await expectNoSeriousA11yViolations(page);
});

test("staff get the one forbidden answer (403) for the activity log, and an unknown initiative or KPI is a 404", async ({ page }) => {
  await signInAs(page, DEMO.marketing);
  const refused = await page.goto("/activity");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  for (const path of ["/initiatives/00000000-0000-4000-8000-000000000000", "/kpis/00000000-0000-4000-8000-000000000000", "/initiatives/not-an-id"]) {
    const missing = await page.goto(path);
    expect(missing?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});
