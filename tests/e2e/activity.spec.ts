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
