import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

async function proposeReadyInitiative(page: Page, title: string): Promise<string> {
  await page.goto("/initiatives/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Lever").selectOption("TECHNOLOGIES");
  await page.getByLabel("Marketing owner").selectOption({ label: "Sofia Ricci" });
  await page.getByLabel("IT owner").selectOption({ label: "Elena Costa" });
  await page.getByRole("button", { name: "Propose initiative" }).click();
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.waitForURL(/\/initiatives\/[0-9a-f-]{36}$/);
  const url = page.url();
  await expect(page.getByRole("button", { name: "Sign off for marketing" })).toBeVisible();
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Requirements detail").fill("Consent flags synced nightly from the CRM.");
  await page.getByLabel("Success measure").fill("Opt-in rate +10% in six months");
  await page.getByLabel("Technology and security risk").selectOption("MEDIUM");
  await page.getByLabel("Risk note").fill("Personal data leaves the CRM; DPIA done.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeFocused();
  return url;
}

test("the sign-off path: not ready is refused with why; CMO and CIO sign; it becomes Agreed, then In progress", async ({
  page,
  browser,
}) => {
  test.slow(); // two browsers and a dozen page loads: about 25 s on a quiet 2-core machine
  await signInAs(page, DEMO.cmo);
  const title = `Consent sync ${randomUUID().slice(0, 6)}`;
  await page.goto("/initiatives/new");
  await page.getByLabel("Title").fill(`${title} (not ready)`);
  await page.getByLabel("Lever").selectOption("PROCESSES");
  await page.getByLabel("Marketing owner").selectOption({ label: "Sofia Ricci" });
  await page.getByLabel("IT owner").selectOption({ label: "Elena Costa" });
  await page.getByRole("button", { name: "Propose initiative" }).click();
  await page.getByRole("link", { name: `${title} (not ready)` }).click();
  // Not ready: the button is off and says what is missing; each missing item links to its field.
  await expect(page.getByRole("button", { name: "Sign off for marketing" })).toBeDisabled();
  await expect(
    page.getByText(/Sign-off opens when the checklist is complete\. Still missing: Requirements detail/),
  ).toBeVisible();
  await page.getByRole("link", { name: "Fill it in" }).first().click();
  await expect(page.getByLabel("Requirements detail")).toBeFocused();

  const url = await proposeReadyInitiative(page, title);

  // The IT-standards verdict is the IT side's: the CIO gives it, then signs for IT.
  const cioContext = await browser.newContext();
  const cio = await cioContext.newPage();
  await signInAs(cio, DEMO.cio);
  await cio.goto(url);
  await expect(cio.getByRole("button", { name: "Sign off for marketing" })).toHaveCount(0);
  await cio.getByLabel("Verdict").selectOption("PASSED");
  await cio.getByRole("button", { name: "Save verdict" }).click();
  await expect(cio.getByRole("status").filter({ hasText: "IT-standards verdict saved." })).toBeVisible();

  await page.goto(url);
  await page.getByRole("button", { name: "Sign off for marketing" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Sign off for marketing" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Signed off." })).toBeVisible();
  await expect(page.getByText("Signed by Chiara Marino")).toBeVisible();
  await expect(page.getByText("Signed off by marketing · waiting for the CIO")).toBeVisible();

  await cio.reload();
  await cio.getByRole("button", { name: "Sign off for IT" }).click();
  await cio.getByRole("dialog").getByRole("button", { name: "Sign off for IT" }).click();
  await expect(cio.getByRole("status").filter({ hasText: "Signed off." })).toBeVisible();
  await expect(cio.locator("header").getByText("Agreed", { exact: true })).toBeVisible();
  await cio.getByRole("button", { name: "Start work" }).click();
  await expect(cio.locator("header").getByText("In progress", { exact: true })).toBeVisible();
  await expect(cio.getByRole("heading", { name: "History" })).toBeVisible();
  await expect(cio.getByText("signed it off").first()).toBeVisible();
  await expectNoSeriousA11yViolations(cio);
  await cioContext.close();
});

test("an owner posts a status update and a comment; both appear newest first with author and side", async ({
  page,
}) => {
  await signInAs(page, DEMO.it);
  await page.goto("/board");
  await page.getByRole("link", { name: "Single customer view shared by marketing and IT" }).click();
  const body = `Identity resolution at 92% ${randomUUID().slice(0, 4)}`;
  await page.getByLabel("Health").selectOption("AT_RISK");
  await page.getByLabel("Progress (%)").fill("60");
  await page.getByLabel("What happened").fill(body);
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Update posted." })).toBeVisible();
  const first = page.getByRole("heading", { name: "Status updates" }).locator("xpath=following-sibling::ul/li[1]");
  await expect(first).toContainText(body);
  await expect(first).toContainText("Marco Gallo (IT)");

  await page.getByLabel("Progress (%)").fill("150");
  await page.getByLabel("What happened").fill("Too far");
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByText("Enter a whole number from 0 to 100.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("What happened")).toHaveValue("Too far");
});
