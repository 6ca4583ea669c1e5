import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { queryE2eDatabase } from "./support/database";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

async function propose(page: Page, title: string, description = "") {
  await page.goto("/initiatives/new");
  await page.getByLabel("Title").fill(title);
  if (description) await page.getByLabel("Description").fill(description);
  await page.getByLabel("Lever").selectOption("METRICS");
  await page.getByLabel("Marketing owner").selectOption({ label: "Giulia Ferri" });
  await page.getByLabel("IT owner").selectOption({ label: "Marco Gallo" });
  await page.getByLabel("Target date").fill("2027-06-30");
  await page.getByLabel("Customer-experience outcome").fill("Customers see one consistent offer");
  await page.getByLabel("Business outcome").fill("Higher conversion");
}

test("the CMO proposes an initiative with both owners and sees it at the bottom of the board", async ({ page }) => {
  await signInAs(page, DEMO.cmo);
  await page.goto("/board");
  await page.getByRole("link", { name: "Propose an initiative" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Propose an initiative" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const title = `Closed-loop NPS follow-up ${randomUUID().slice(0, 6)}`;
  await propose(page, title);
  await page.getByRole("button", { name: "Propose initiative" }).click();
  await expect(page).toHaveURL(/\/board/);
  const rows = page.getByRole("table").getByRole("row");
  // Others may add initiatives at the same time; ours is below every one that existed before it.
  const ours = page.getByRole("row", { name: new RegExp(title) });
  await expect(ours).toContainText("Proposed");
  await expect(ours).toContainText("Giulia Ferri");
  await expect(ours).toContainText("Marco Gallo");
  const titles = await rows.locator("th[scope=row]").allInnerTexts();
  const position = titles.findIndex((text) => text.includes(title));
  const seeded = titles.findIndex((text) => text.includes("Shared campaign brief"));
  expect(position).toBeGreaterThan(seeded);
});

test("a forged submission without an IT owner shows the error, keeps the input and adds nothing", async ({ page }) => {
  await signInAs(page, DEMO.cmo);
  const title = `Forged without IT owner ${randomUUID().slice(0, 6)}`;
  await propose(page, title);
  // Forge past the form: remove the IT owner field before submitting.
  await page.getByLabel("IT owner").evaluate((select) => select.remove());
  await page.getByRole("button", { name: "Propose initiative" }).click();
  const form = page.locator("main form");
  await expect(form.getByRole("alert")).toContainText("Check the highlighted fields.");
  await expect(form.getByRole("alert")).toBeFocused();
  await expect(
    form.getByRole("alert").getByRole("link", { name: "IT owner: Choose an IT owner: every initiative needs one." }),
  ).toBeVisible();
  await expect(form.getByText("Choose an IT owner: every initiative needs one.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByLabel("Marketing owner")).toHaveValue(/.+/);
  expect(await queryE2eDatabase(`SELECT 1 FROM "Initiative" WHERE title = $1`, [title])).toHaveLength(0);
});

test("two open pages edit one initiative: the second save gets the conflict message and the first save survives", async ({
  page,
  browser,
}) => {
  await signInAs(page, DEMO.cmo);
  const title = `Concurrency check ${randomUUID().slice(0, 6)}`;
  await propose(page, title);
  await page.getByRole("button", { name: "Propose initiative" }).click();
  await page.getByRole("link", { name: title }).click();
  await page.waitForURL(/\/initiatives\/[0-9a-f-]{36}$/);
  const url = page.url();
  await page.getByRole("link", { name: "Edit" }).click();

  const other = await browser.newPage();
  await signInAs(other, DEMO.cio);
  await other.goto(`${url}?edit=1`);

  await page.getByLabel("Business outcome").fill("First save: more qualified leads");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeFocused();

  await other.getByLabel("Business outcome").fill("Second save: should not overwrite");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.locator("main form").getByRole("alert")).toContainText(
    "Not saved: Chiara Marino changed this initiative",
  );
  await expect(other.locator("main form").getByRole("alert")).toContainText("Business outcome");
  await expect(other.getByLabel("Business outcome")).toHaveValue("Second save: should not overwrite");

  await other.goto(url);
  await expect(other.getByText("First save: more qualified leads", { exact: true })).toBeVisible();
  await other.close();
});

test("a <script> or onerror in a description does nothing, and the page passes axe", async ({ page }) => {
  await signInAs(page, DEMO.cmo);
  const title = `Markdown safety ${randomUUID().slice(0, 6)}`;
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await propose(
    page,
    title,
    '## Plan\n\n- **first** step\n\n<script>alert("script")</script>\n\n<img src=x onerror="alert(\'onerror\')">\n\n[click me](javascript:alert("link"))',
  );
  await page.getByRole("button", { name: "Propose initiative" }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Plan" })).toBeVisible();
  await expect(page.locator("article strong", { hasText: "first" })).toBeVisible();
  await page.getByText("click me").click();
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(await page.locator("article script, article img").count()).toBe(0);
  await expectNoSeriousA11yViolations(page);
});

test("a board member sees no control that writes on the board or an initiative", async ({ page }) => {
  await signInAs(page, DEMO.board);
  await page.goto("/board");
  await expect(page.getByRole("heading", { level: 1, name: "Board" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Propose an initiative" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Move/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Single customer view shared by marketing and IT" }).click();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  // Signing out and choosing a language write nothing.
  await expect(page.getByRole("button").filter({ hasNotText: /^(Sign out|English|Italiano)$/ })).toHaveCount(0);
});

test("filters are kept in the URL and the count per lever follows them", async ({ page }) => {
  await signInAs(page, DEMO.cio);
  await page.goto("/board");
  await page.getByLabel("Lever", { exact: true }).selectOption("TECHNOLOGIES");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/lever=TECHNOLOGIES/);
  const table = page.getByRole("table");
  await expect(table.getByText("Technologies", { exact: true }).first()).toBeVisible();
  for (const other of ["Talents", "Processes", "Metrics"])
    await expect(table.getByText(other, { exact: true })).toHaveCount(0);
  await page.getByLabel("Search titles").fill("single customer view");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("row", { name: /Single customer view/ })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
});

test("a board row's title opens the initiative in the app without reloading; Ctrl+click opens it in a new tab", async ({
  page,
  context,
}) => {
  await signInAs(page, DEMO.cmo);
  await page.goto("/board");
  const link = page.getByRole("table").getByRole("rowheader").first().getByRole("link");
  const title = await link.innerText();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/initiatives\/[0-9a-f-]+$/);

  // A new tab: the browser's own, the board stays.
  const opened = context.waitForEvent("page");
  await link.click({ modifiers: ["Control"] });
  const tab = await opened;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe(href);
  await tab.close();
  await expect(page).toHaveURL(/\/board$/);

  // A plain click: navigation inside the app (what this page's script set is still there).
  await page.evaluate(() => ((window as unknown as { boardMarker: number }).boardMarker = 1));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { boardMarker?: number }).boardMarker)).toBe(1);
});
