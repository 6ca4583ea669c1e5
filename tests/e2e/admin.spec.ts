import { randomUUID } from "node:crypto";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

test("the administrator adds a person; bad input keeps what was typed and says what is wrong", async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/users");
  await expectNoSeriousA11yViolations(page);
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Add a person" }) });
  await form.getByLabel("Name").fill("Nadia Verdi");
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("alert")).toHaveText("Check the highlighted fields.");
  await expect(form.getByText("Enter a valid email address.")).toBeVisible();
  await expect(form.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue("Nadia Verdi");
  await expect(form.getByLabel("Email")).toHaveValue("not-an-email");

  const email = `nadia-${randomUUID().slice(0, 8)}@levers.example`;
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Initial password").fill("");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status")).toHaveText("Account created.");
  await expect(form.getByText(/Password to hand over \(shown only once\): [A-Za-z0-9]{20}/)).toBeVisible();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
});

test("deactivating a person ends their open session on their next request", async ({ page, browser }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/users");
  const email = `leaver-${randomUUID().slice(0, 8)}@levers.example`;
  const password = "a long enough passphrase";
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Add a person" }) });
  await form.getByLabel("Name").fill("Leo Leaver");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Initial password").fill(password);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status")).toHaveText("Account created.");

  const leaver = await browser.newPage();
  await signInAs(leaver, email, password);
  await leaver.goto("/board");
  await expect(leaver.getByRole("heading", { level: 1, name: "Board" })).toBeVisible();

  const row = page.getByRole("row", { name: new RegExp(email) });
  await row.getByRole("button", { name: "Deactivate" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Deactivate Leo Leaver?");
  await dialog.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("status")).toHaveText("Account updated.");
  await expect(row.getByRole("cell", { name: "Deactivated" })).toBeVisible();

  await leaver.goto("/board");
  await expect(leaver).toHaveURL(/\/login/);
  await leaver.close();
});

test("staff cannot reach account administration", async ({ page }) => {
  await signInAs(page, DEMO.marketing);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("You are not allowed to do this.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create account" })).toHaveCount(0);
});

test("anyone can change their own password; a wrong current password is refused", async ({ page }) => {
  await signInAs(page, DEMO.it);
  await page.goto("/account");
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("a fresh passphrase for it1");
  await page.getByLabel("Repeat the new password").fill("a fresh passphrase for it1");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Check the highlighted fields.");
  await expect(page.getByLabel("Current password")).toHaveAccessibleDescription("The current password is not right.");
  await expectNoSeriousA11yViolations(page);
});
