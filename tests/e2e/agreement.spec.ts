import { randomUUID } from "node:crypto";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { insertAgreedE2eInitiative, queryE2eDatabase } from "./support/database";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

const statusOf = async (id: string) =>
  (await queryE2eDatabase<{ status: string }>(`SELECT status FROM "Initiative" WHERE id = $1`, [id]))[0]?.status;

test("the CIO changes only the target date of the agreed, multi-line Omnichannel journey: it stays Agreed", async ({
  page,
}) => {
  await signInAs(page, DEMO.cio);
  await page.goto("/board");
  await page.getByRole("link", { name: "Omnichannel journey: think omnichannel, act multichannel" }).click();
  await expect(page.locator("header").getByText("Agreed", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Edit" }).click();
  const form = page.locator("main form").first();
  await expect(form.getByLabel("Description")).toHaveValue(/\n- Map the journey/);
  await form.getByLabel("Target date").fill("2028-03-31");
  // Nothing material changed: no warning, no question.
  await expect(form.getByText("Saving will withdraw both sign-offs")).toHaveCount(0);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeFocused();
  await expect(page.locator("header").getByText("Agreed", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveCount(0); // the form closed
  const history = page.getByRole("heading", { name: "History" }).locator("xpath=following-sibling::ol/li[1]");
  await expect(history).toContainText("Target date");
  await expect(history).toContainText("Mar 31, 2028");
  await expect(history).not.toContainText("Description");
  await expect(history).not.toContainText("T00:00:00");
});

test("a material edit of an agreed initiative is announced before saving, confirmed, and makes it Proposed", async ({
  page,
}) => {
  const title = `Order-status feed ${randomUUID().slice(0, 6)}`;
  const id = await insertAgreedE2eInitiative(title);
  await signInAs(page, DEMO.cmo);
  await page.goto(`/initiatives/${id}?edit=1`);
  const form = page.locator("main form").first();
  await form.getByLabel("Title").fill(`${title} v2`);
  await form.getByLabel("Technology and security risk").selectOption("HIGH");
  await expect(form.getByRole("status")).toHaveText(
    /Saving will withdraw both sign-offs \(changed: Title, Technology and security risk\)/,
  );
  await expectNoSeriousA11yViolations(page);
  await form.getByRole("button", { name: "Save changes" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(
    "Saving will withdraw both sign-offs (changed: Title, Technology and security risk)",
  );
  await dialog.getByRole("button", { name: "Keep editing" }).click();
  expect(await statusOf(id)).toBe("AGREED");
  await form.getByRole("button", { name: "Save changes" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Save and withdraw sign-offs" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Both sign-offs were withdrawn because of: Title, Technology and security risk" }),
  ).toBeVisible();
  await expect(page.locator("header").getByText("Proposed", { exact: true })).toBeVisible();
  expect(await statusOf(id)).toBe("PROPOSED");
  await expect(page.getByText("Because of: Title, Technology and security risk", { exact: true })).toBeVisible();
  // The CIO sees it in their list on the board.
  await page.goto("/board");
  await page.getByText(/Waiting for your sign-off/).click();
  await expect(page.locator("details").filter({ hasText: "Waiting for your sign-off" })).toContainText(`${title} v2`);
});

test("the marketing side cannot give the IT-standards verdict; the IT side can, and sign-off opens when ready", async ({
  page,
  browser,
}) => {
  const title = `Consent centre ${randomUUID().slice(0, 6)}`;
  const id = await insertAgreedE2eInitiative(title);
  await queryE2eDatabase(
    `UPDATE "Initiative" SET status = 'PROPOSED', "marketingApprovedById" = NULL, "marketingApprovedAt" = NULL, "itApprovedById" = NULL,
            "itApprovedAt" = NULL, "standardsReview" = NULL, "standardsReviewedById" = NULL, "standardsReviewedAt" = NULL WHERE id = $1`,
    [id],
  );
  await signInAs(page, DEMO.cmo);
  await page.goto(`/initiatives/${id}`);
  await expect(page.getByRole("button", { name: "Sign off for marketing" })).toBeDisabled();
  await expect(
    page.getByText("Sign-off opens when the checklist is complete. Still missing: IT-standards review"),
  ).toBeVisible();
  await expect(page.getByText("(given by the CIO or IT staff)")).toBeVisible();
  await expect(page.getByLabel("Verdict")).toHaveCount(0);

  const itContext = await browser.newContext();
  const it = await itContext.newPage();
  await signInAs(it, DEMO.it);
  await it.goto(`/initiatives/${id}`);
  await it.getByRole("link", { name: "Give the verdict" }).click();
  await it.getByLabel("Verdict").selectOption("NOT_NEEDED");
  await it.getByLabel("Note (conditions, what was checked)").fill("No new system involved");
  await it.getByRole("button", { name: "Save verdict" }).click();
  await expect(it.getByRole("status").filter({ hasText: "IT-standards verdict saved." })).toBeFocused();
  await expect(it.getByText("Sign-off is given by the CMO for marketing and the CIO for IT.")).toBeVisible();
  await itContext.close();

  await page.reload();
  await page.getByRole("button", { name: "Sign off for marketing" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Sign off for marketing" }).click();
  await expect(page.getByText("Signed off by marketing · waiting for the CIO").first()).toBeVisible();
  await page.goto("/board");
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText(
    "Signed off by marketing · waiting for the CIO",
  );
});

test("posting Off track, then a second update without touching Health, keeps Off track", async ({ page }) => {
  const title = `Vendor API ${randomUUID().slice(0, 6)}`;
  const id = await insertAgreedE2eInitiative(title);
  await signInAs(page, DEMO.it);
  await page.goto(`/initiatives/${id}`);
  await expect(page.getByLabel("Health")).toHaveValue("ON_TRACK");
  await page.getByLabel("Health").selectOption("OFF_TRACK");
  await page.getByLabel("Progress (%)").fill("41");
  await page.getByLabel("What happened").fill("Identity vendor missed the second milestone");
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Update posted." })).toBeFocused();
  await expect(page.getByLabel("Health")).toHaveValue("OFF_TRACK");
  await expect(page.getByLabel("Progress (%)")).toHaveValue("41");
  await page.getByLabel("What happened").fill("Escalated to the vendor's account manager");
  await page.getByRole("button", { name: "Post update" }).click();
  const first = page.getByRole("heading", { name: "Status updates" }).locator("xpath=following-sibling::ul/li[1]");
  await expect(first).toContainText("Escalated to the vendor's account manager");
  await expect(first).toContainText("Off track");
  await expect(page.getByLabel("Health")).toHaveValue("OFF_TRACK");
  const [row] = await queryE2eDatabase<{ health: string }>(`SELECT health FROM "Initiative" WHERE id = $1`, [id]);
  expect(row?.health).toBe("OFF_TRACK");
});

test("a refused save puts focus on an error summary that links to the field", async ({ page }) => {
  const id = await insertAgreedE2eInitiative(`Summary focus ${randomUUID().slice(0, 6)}`);
  await signInAs(page, DEMO.cio);
  await page.goto(`/initiatives/${id}?edit=1`);
  const form = page.locator("main form").first();
  await form.getByLabel("Target date").fill("2027-07-01");
  await form.getByLabel("Business outcome").fill("Bad \u0007 bell");
  await form.getByRole("button", { name: "Save changes" }).click();
  const summary = form.getByRole("alert");
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: /Business outcome/ }).click();
  await expect(form.getByLabel("Business outcome")).toBeFocused();
  await expect(form.getByLabel("Business outcome")).toHaveValue("Bad \u0007 bell");
});
