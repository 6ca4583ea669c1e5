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

test("the activity log reads as sentences, names people and values by label, and hides sign-ins unless asked", async ({
  page,
}) => {
  test.slow(); // three loads of the log and an axe scan: more than the default 30 s on a busy machine
  await signInAs(page, DEMO.cio);
  await page.goto("/activity");
  const table = page.getByRole("table");
  await expect(table).toBeVisible();
  // Off by default: no sign-in event, and the page says how to see them.
  await expect(table).not.toContainText("signed in");
  await expect(page.getByText("Sign-ins are hidden")).toBeVisible();
  // No code or id on the screen: no raw action (initiative.signed_off), enum (IN_PROGRESS) or uuid.
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(
    /\b(initiative|kpi|user|auth|triage)\.[a-z_]+\b|\b[A-Z]+_[A-Z_]+\b|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/,
  );
  // The demo's agreements: "Chiara Marino signed off for marketing".
  await page.getByRole("search", { name: "Filter" }).getByLabel("Action").selectOption({ label: "signed it off" });
  await page.getByRole("search", { name: "Filter" }).getByRole("button", { name: "Filter" }).click();
  await expect(table.getByRole("cell", { name: "Chiara Marino signed off for marketing" }).first()).toBeVisible();
  await expect(table.getByRole("cell", { name: "Ivan Moretti signed off for IT" }).first()).toBeVisible();

  // Asked for: sign-ins are listed, by name.
  await page.goto("/activity");
  await page.getByLabel("Show sign-ins").check();
  await page.getByRole("search", { name: "Filter" }).getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/signIns=1/);
  await expect(table.getByRole("cell", { name: /^Ivan Moretti signed in$/ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("staff get the one forbidden answer (403) for the activity log, and an unknown initiative or KPI is a 404", async ({
  page,
}) => {
  await signInAs(page, DEMO.marketing);
  const refused = await page.goto("/activity");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  for (const path of [
    "/initiatives/00000000-0000-4000-8000-000000000000",
    "/kpis/00000000-0000-4000-8000-000000000000",
    "/initiatives/not-an-id",
  ]) {
    const missing = await page.goto(path);
    expect(missing?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});
