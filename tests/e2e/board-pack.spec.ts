import type { Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

// The board pack: the report printed to an A4 PDF by Chromium (page.pdf, as "Save as PDF" does), read
// back page by page with unpdf (pdf.js).
const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const COMPANY = "Levers demo company"; // LEVERS_COMPANY_NAME's default
const MEETING = "2031-03-05";

async function pdfPages(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text.map(squash);
}

test("the board pack has a cover, a one-page summary first, a footer with page numbers on every page, and no page with a lone row", async ({
  page,
}, testInfo) => {
  await signInAs(page, DEMO.board);
  await page.goto(`/report?since=2000-01-01&meeting=${MEETING}`);
  await expect(page.getByRole("heading", { level: 1, name: "Board report" })).toBeVisible();
  await expect(page.getByLabel("Meeting date")).toHaveValue(MEETING);

  // One line per agreement: an agreed initiative has no separate sign-off lines; its line names both sign-offs.
  const decisions = page.getByRole("region", { name: /^What changed since/ }).locator("ol > li");
  const agreements = decisions.filter({ hasText: "Agreed by both sides" });
  expect(await agreements.count()).toBeGreaterThan(0);
  for (const agreement of await agreements.all()) {
    const title = squash(await agreement.getByRole("link").first().innerText());
    await expect(agreement).toContainText("Marketing:");
    await expect(agreement).toContainText("IT:");
    await expect(decisions.filter({ hasText: title }).filter({ hasText: "Signed off for" })).toHaveCount(0);
  }

  // What a page may hold alone: a heading of the report, or at least two of its rows.
  const headings = (await page.locator(".board-pack h2, .board-pack h3").allInnerTexts()).map(squash);
  // Each row by its title: a table row's header cell, a list item's first link.
  const rows = (
    await page
      .locator(".board-pack tbody tr, .board-pack li")
      .evaluateAll((items) => items.map((item) => (item.querySelector("th, a") as HTMLElement | null)?.innerText ?? ""))
  )
    .map(squash)
    .filter((title) => title.length >= 8);

  await page.pdf({ path: testInfo.outputPath("board-pack.pdf"), preferCSSPageSize: true, printBackground: true });
  const pages = await pdfPages(page);
  expect(pages.length).toBeGreaterThanOrEqual(5); // cover, summary, what changed, the ranked list, the KPI charts

  const [cover = "", summary = "", next = ""] = pages;
  for (const text of [
    "Board report",
    COMPANY,
    "Board meeting of March 5, 2031",
    "Prepared by",
    "Anna Lombardi, Board member",
    "Prepared on",
  ]) {
    expect(cover, "the cover").toContain(text);
  }
  expect(summary, "the summary comes first, on one page").toContain("Summary");
  expect(summary).toContain("Agreed by both sides"); // a headline figure
  expect(summary).not.toContain("What changed since");
  expect(next).toContain("What changed since");

  pages.forEach((text, index) => {
    expect(text, `the footer of page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    expect(text, `the footer of page ${index + 1}`).toContain(`${COMPANY} · Board report · meeting of March 5, 2031`);
  });
  pages.slice(1).forEach((text, index) => {
    const hasHeading = headings.some((heading) => text.includes(heading));
    const rowsOnPage = rows.filter((row) => text.includes(row)).length;
    expect(hasHeading || rowsOnPage >= 2, `page ${index + 2} holds a heading or at least two rows`).toBe(true);
  });
});

test("the Italian board pack has no English unit, and its footer and cover are in Italian", async ({ browser }) => {
  const context = await browser.newContext({ locale: "it-IT" });
  try {
    const page = await context.newPage();
    await signInAs(page, DEMO.board);
    // Since today: the KPI movements and charts (every unit) without the demo's notes, which are English text its authors wrote.
    await page.goto(`/report?since=${new Date().toISOString().slice(0, 10)}&meeting=${MEETING}`);
    await expect(page.getByRole("heading", { level: 1, name: "Report per il consiglio" })).toBeVisible();
    const screen = squash(await page.locator("main").innerText());
    const pages = await pdfPages(page);
    for (const text of [screen, ...pages]) {
      expect(text).not.toMatch(/\b(days?|points?|EUR k|EUR)\b/);
    }
    expect(screen).toMatch(/\d giorni|\d punti/);
    expect(pages[0]).toContain("Riunione del consiglio del 5 marzo 2031");
    expect(pages[0]).toContain("Anna Lombardi, Membro del consiglio");
    pages.forEach((text, index) => expect(text).toContain(`Pagina ${index + 1} di ${pages.length}`));
  } finally {
    await context.close();
  }
});

test("the report opens with ten rows in each list, says what it leaves out, and one link shows up to 50", async ({
  page,
}) => {
  await signInAs(page, DEMO.board);
  await page.goto(`/report?since=2000-01-01&meeting=${MEETING}`);
  const ranked = page.getByRole("region", { name: "The ranked list" });
  // The demo has 12 live initiatives (other tests may add some): the report shows the first 10 and says so.
  await expect(ranked.locator("tbody tr")).toHaveCount(10);
  const intro = await ranked.getByText(/^The first 10 of \d+ live initiatives/).innerText();
  const live = Number(/of (\d+) live/.exec(intro)![1]);
  expect(live).toBeGreaterThanOrEqual(12);
  const changes = page.getByRole("region", { name: /^What changed since/ });
  // The four lists the report shortens (the triage sessions of the period are all listed).
  for (const heading of [/^Added/, /^Decisions/, /^Moved in rank/, /^Changes of health/]) {
    const list = changes.getByRole("heading", { level: 3, name: heading }).locator("xpath=following-sibling::*[1]");
    expect(await list.locator(":scope > li").count()).toBeLessThanOrEqual(10);
  }
  // Every initiative was added since 2000: the list of added ones says how many it leaves out.
  await expect(changes.getByText(/^10 of \d+ shown\.$/).first()).toBeVisible();

  await ranked.getByRole("link", { name: "Show up to 50 in each list" }).click();
  await expect(page).toHaveURL(/[?&]full=1/);
  await expect(ranked.locator("tbody tr")).toHaveCount(Math.min(live, 50));
  if (live <= 50) await expect(ranked).toContainText(`All ${live} live initiatives, in priority order.`);
  // Another date keeps the long lists.
  await page.getByLabel("Last meeting", { exact: true }).fill("2001-01-01");
  await page.getByRole("button", { name: "Show changes" }).click();
  await expect(page).toHaveURL(/since=2001-01-01/);
  await expect(page).toHaveURL(/[?&]full=1/);
  await ranked.getByRole("link", { name: "Show 10 in each list" }).click();
  await expect(ranked.locator("tbody tr")).toHaveCount(10);
});

test("a title in the report's lists (written as text) opens the initiative in the app, without reloading", async ({
  page,
}) => {
  await signInAs(page, DEMO.board);
  await page.goto(`/report?since=2000-01-01&meeting=${MEETING}`);
  const changes = page.getByRole("region", { name: /^What changed since/ });
  const added = changes.getByRole("heading", { level: 3, name: /^Added/ }).locator("xpath=following-sibling::*[1]");
  const link = added.getByRole("link").first();
  const title = await link.innerText();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/initiatives\/[0-9a-f-]+$/);
  await page.evaluate(() => ((window as unknown as { reportMarker: number }).reportMarker = 1));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { reportMarker?: number }).reportMarker)).toBe(1);
});
