import { randomUUID } from "node:crypto";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

test("the CIO's open board shows the CMO's new initiative without reloading", async ({ page, browser }) => {
  await signInAs(page, DEMO.cio);
  await page.goto("/board");
  await expect(page.getByText("Live", { exact: true })).toBeVisible();

  const cmoContext = await browser.newContext();
  const cmo = await cmoContext.newPage();
  await signInAs(cmo, DEMO.cmo);
  const title = `Live board check ${randomUUID().slice(0, 6)}`;
  await cmo.goto("/initiatives/new");
  await cmo.getByLabel("Title").fill(title);
  await cmo.getByLabel("Lever").selectOption("TALENTS");
  await cmo.getByLabel("Marketing owner").selectOption({ label: "Luca Bianchi" });
  await cmo.getByLabel("IT owner").selectOption({ label: "Davide Greco" });
  await cmo.getByRole("button", { name: "Propose initiative" }).click();
  await expect(cmo).toHaveURL(/\/board/);

  // No reload on the CIO's page: the change arrives through the board's event stream.
  await expect(page.getByRole("link", { name: title })).toBeVisible({ timeout: 10_000 });
  await cmoContext.close();
});
