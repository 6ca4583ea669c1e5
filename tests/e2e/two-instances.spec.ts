import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { insertLiveAtTheBottom, queryE2eDatabase } from "./support/database";
import { DEMO, expect, signInAs, test } from "./support/fixtures";
import { startApp, type Running } from "./support/processes";

// Two `next start` instances on one database, sharing nothing but Postgres and the secrets: the
// instance Playwright started (A) and a second one (B, port LEVERS_E2E_SECOND_PORT, default 3105).
// `npm run bench` measures how fast a change on A reaches a browser on B (p50, p95).

test.describe.configure({ mode: "serial", timeout: 90_000 }); // two instances and two browsers on a shared 2-core machine

const secondPort = Number(process.env.LEVERS_E2E_SECOND_PORT ?? 3105);
let second: (Running & { url: string }) | null = null;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  second = await startApp(secondPort, process.env.E2E_DATABASE_URL ?? "");
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && second)
    await testInfo.attach("instance B's log", { body: second.output().slice(-20_000) });
});

test.afterAll(async () => {
  await second?.stop();
});

/** Two new live initiatives at the very bottom of the list, so no other test's ranks move. */
async function twoAtTheBottom(): Promise<[string, string]> {
  const suffix = randomUUID().slice(0, 6);
  const titles: [string, string] = [`Instance check one ${suffix}`, `Instance check two ${suffix}`];
  await insertLiveAtTheBottom(titles, { marketing: DEMO.marketing, it: DEMO.it });
  return titles;
}

const rankOf = async (page: Page, title: string) =>
  Number(
    await page
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: title }) })
      .getByRole("cell")
      .nth(1)
      .innerText(),
  );

test("a session started on instance A works on instance B", async ({ page }) => {
  await signInAs(page, DEMO.cio);
  await page.goto(`${second!.url}/board`);
  await expect(page).toHaveURL(`${second!.url}/board`);
  await expect(page.getByText("Signed in as Ivan Moretti, CIO")).toBeVisible();
});

test("a move made through instance A appears in a browser on instance B without a reload", async ({
  page,
  browser,
}) => {
  const [upper, lower] = await twoAtTheBottom();
  const watcherContext = await browser.newContext();
  try {
    const watcher = await watcherContext.newPage();
    await signInAs(watcher, DEMO.cio);
    await watcher.goto(`${second!.url}/board`);
    await expect(watcher.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible();
    await expect(watcher.getByRole("link", { name: lower })).toBeVisible();
    expect(await rankOf(watcher, lower)).toBeGreaterThan(await rankOf(watcher, upper));

    await signInAs(page, DEMO.cmo);
    await page.goto("/board");
    // "Move up" moves the row one place up from where it is on the server, so a parallel test that
    // takes an initiative above these two off the list just before the click changes nothing here.
    await page.getByRole("button", { name: `Move up: ${lower}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `“${lower}”` })).toContainText(`“${lower}” moved from`);

    // The goal is 1 s at p95 (measured by `npm run bench`); the bound here only allows for a loaded test machine.
    await expect
      .poll(async () => (await rankOf(watcher, lower)) < (await rankOf(watcher, upper)), { timeout: 5_000 })
      .toBe(true);
  } finally {
    await watcherContext.close();
  }
});

test("an edit made through B on a stale version is refused after a save through A", async ({ page, browser }) => {
  const [title] = await twoAtTheBottom();
  const [row] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Initiative" WHERE title = $1`, [title]);
  await signInAs(page, DEMO.cmo);
  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await signInAs(other, DEMO.cio);
    await other.goto(`${second!.url}/initiatives/${row!.id}?edit=1`);
    await page.goto(`/initiatives/${row!.id}?edit=1`);

    await page.getByLabel("Business outcome").fill("Saved through instance A");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();

    await other.getByLabel("Business outcome").fill("Stale edit through instance B");
    await other.getByRole("button", { name: "Save changes" }).click();
    await expect(other.locator("main form").getByRole("alert")).toContainText(
      "Not saved: Chiara Marino changed this initiative",
    );
    await expect(other.getByLabel("Business outcome")).toHaveValue("Stale edit through instance B");
    const [saved] = await queryE2eDatabase<{ businessOutcome: string }>(
      `SELECT "businessOutcome" FROM "Initiative" WHERE id = $1`,
      [row!.id],
    );
    expect(saved!.businessOutcome).toBe("Saved through instance A");
  } finally {
    await otherContext.close();
  }
});

test("a KPI value recorded through A shows on B's KPI pages at their next load (B had them cached)", async ({
  page,
  browser,
}) => {
  const name = `Instance KPI ${randomUUID().slice(0, 6)}`;
  const [kpi] = await queryE2eDatabase<{ id: string }>(
    `INSERT INTO "Kpi" (id, name, unit, direction, target, "updatedAt")
     VALUES (gen_random_uuid(), $1, '%', 'HIGHER_IS_BETTER', 80, now()) RETURNING id`,
    [name],
  );
  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await signInAs(other, DEMO.cio);
    // B reads both pages (and keeps their data) before the value exists.
    await other.goto(`${second!.url}/kpis/${kpi!.id}`);
    await expect(other.getByText("No measurements yet: record the first one above.")).toBeVisible();
    await other.goto(`${second!.url}/kpis`);
    await expect(other.getByRole("link", { name })).toBeVisible();

    await signInAs(page, DEMO.cmo);
    await page.goto(`/kpis/${kpi!.id}`);
    await page.getByLabel("Value (%)").fill("42,5");
    await page.getByLabel("Date", { exact: true }).fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
    await page.getByRole("button", { name: "Record measurement" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Measurement recorded." })).toBeVisible();

    await other.goto(`${second!.url}/kpis/${kpi!.id}`);
    await expect(other.getByRole("table", { name: "Measurements" }).getByRole("row").nth(1)).toContainText("42.5");
    await other.goto(`${second!.url}/kpis`);
    await expect(other.getByRole("listitem").filter({ has: other.getByRole("link", { name }) })).toContainText("42.5");
  } finally {
    await otherContext.close();
  }
});
