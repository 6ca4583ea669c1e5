import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { queryE2eDatabase } from "./support/database";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

// Every page of the app, in both languages, on a phone (390 px) and a desktop (1440 px): axe finds
// no violation of WCAG 2.0/2.1/2.2 A and AA at all (any impact), and no page needs a horizontal
// scroll bar on the phone (the board's list included: its items are cards there). One browser context per size and language keeps it quick.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const LOCALE_COOKIE = "LEVERS_LOCALE";

async function contextFor(
  browser: Browser,
  baseURL: string,
  width: number,
  locale: "en" | "it",
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: locale === "it" ? "it-IT" : "en-GB",
  });
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL }]);
  return context;
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

/** The pages a signed-in CMO can open (with a record of each kind), and the administrator's. */
async function pagesToScan(): Promise<{ cmo: string[]; admin: string[] }> {
  const [initiative] = await queryE2eDatabase<{ id: string }>(
    `SELECT id FROM "Initiative" WHERE status = 'IN_PROGRESS' ORDER BY "rankKey" LIMIT 1`,
  );
  const [kpi] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Kpi" ORDER BY name LIMIT 1`);
  const [session] = await queryE2eDatabase<{ id: string }>(
    `SELECT id FROM "TriageSession" ORDER BY "startedAt" DESC LIMIT 1`,
  );
  const cmo = [
    "/board",
    "/dashboard",
    "/report",
    "/kpis",
    "/kpis/new",
    "/activity",
    "/triage",
    "/triage/model",
    "/triage/session",
    "/initiatives/new",
    "/account",
  ];
  if (initiative) cmo.push(`/initiatives/${initiative.id}`);
  if (kpi) cmo.push(`/kpis/${kpi.id}`);
  if (session) cmo.push(`/triage/session/${session.id}`);
  return { cmo, admin: ["/admin/users"] };
}

for (const locale of ["en", "it"] as const) {
  for (const width of [390, 1440]) {
    test(`every page at ${width} px in ${locale === "en" ? "English" : "Italian"}: no axe violation${width < 768 ? ", no horizontal scrolling" : ""}`, async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(240_000);
      const pages = await pagesToScan();
      const context = await contextFor(browser, baseURL!, width, locale);
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      const scan = async (path: string) => {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        const problems = await axeViolations(page);
        if (width < 768) {
          const [scrollWidth, innerWidth] = await page.evaluate(() => [
            document.scrollingElement!.scrollWidth,
            window.innerWidth,
          ]);
          if (scrollWidth > innerWidth)
            problems.push(`horizontal scrolling: ${scrollWidth} px wide at ${innerWidth} px`);
        }
        if (problems.length) found[path] = problems;
      };
      try {
        await scan("/login");
        await signInAs(page, DEMO.cmo);
        for (const path of pages.cmo) await scan(path);
        await signInAs(page, DEMO.admin);
        for (const path of pages.admin) await scan(path);
      } finally {
        await context.close();
      }
      expect(found).toEqual({});
    });
  }
}

/** Each row of a DataTable as { column heading: the cell's text }, read on a wide screen. */
async function readRows(page: Page, section: string): Promise<Record<string, string>[]> {
  const table = page.locator(`section[aria-labelledby="${section}"] table`);
  const headings = (await table.locator("thead th").allInnerTexts()).map((text) => text.trim().toLowerCase());
  const rows: Record<string, string>[] = [];
  for (const row of await table.locator("tbody tr").all()) {
    const cells = (await row.locator(":scope > th, :scope > td").allInnerTexts()).map((text) => text.trim());
    rows.push(Object.fromEntries(headings.map((heading, index) => [heading, cells[index] ?? ""])));
  }
  return rows;
}

test("on a phone and a tablet the dashboard shows each item's owners, status and target date, without horizontal scrolling", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, DEMO.board);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/dashboard");
  const top = await readRows(page, "top");
  const attention = await readRows(page, "attention");
  expect(top.length).toBe(10);
  expect(attention.length).toBeGreaterThan(0);
  expect(
    top.some((row) => row["target date"]!.includes("(overdue)")),
    "the demo has an overdue item in the top 10",
  ).toBe(true);

  for (const width of [390, 820]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/dashboard");
    expect(
      await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth),
      `no horizontal scrolling at ${width} px`,
    ).toBe(true);
    const checks: [string, Record<string, string>[], string[]][] = [
      ["top", top, ["marketing owner", "it owner", "status", "health", "progress", "target date"]],
      ["attention", attention, ["owners", "status", "progress", "target date"]],
    ];
    for (const [section, rows, columns] of checks) {
      await expect(page.locator(`section[aria-labelledby="${section}"] table tbody tr`)).toHaveCount(rows.length);
      const wanted = rows.map((row) => [
        ...columns.map((column) => row[column]!),
        // The one-sided reason, written out (not only a tooltip).
        ...(row.initiative!.includes("One-sided") ? [/(Marketing|IT) silent.*days/.exec(row.initiative!)![0]] : []),
      ]);
      // Per card, each wanted text: an element showing exactly it, visible, within the screen's width.
      const missing = await page.evaluate(
        ({ section, wanted }) => {
          const cards = [...document.querySelectorAll(`section[aria-labelledby="${section}"] table tbody tr`)];
          const problems: string[] = [];
          wanted.forEach((texts, index) => {
            const elements = [...cards[index]!.querySelectorAll<HTMLElement>("*")];
            for (const text of texts) {
              const shown = elements.filter((element) => element.innerText?.trim() === text);
              const fits = shown.some((element) => {
                const box = element.getBoundingClientRect();
                return box.width > 0 && box.height > 0 && box.left >= 0 && box.right <= window.innerWidth;
              });
              if (!fits) problems.push(`#${index + 1} "${text}"`);
            }
          });
          return problems;
        },
        { section, wanted },
      );
      expect(missing, `${section} at ${width} px: texts not visible within the screen`).toEqual([]);
    }
  }
});

test("a confirmation dialog keeps Tab and Shift+Tab inside, closes on Escape and gives focus back to its button", async ({
  page,
}) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/users");
  const opener = page.getByRole("button", { name: "Sign out everywhere" }).first();
  await opener.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  const focusInDialog = () => page.evaluate(() => !!document.activeElement?.closest("dialog[open]"));
  for (let press = 1; press <= 5; press += 1) {
    await page.keyboard.press("Tab");
    expect(await focusInDialog(), `Tab #${press} stays in the dialog`).toBe(true);
  }
  for (let press = 1; press <= 5; press += 1) {
    await page.keyboard.press("Shift+Tab");
    expect(await focusInDialog(), `Shift+Tab #${press} stays in the dialog`).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Cancel by keyboard as well: focus back on the opener.
  await opener.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Enter"); // Cancel has the focus
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test("the first Tab reaches 'Skip to main content', which moves focus to the page's content, in both languages", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, DEMO.cmo);
  for (const [locale, label] of [
    ["en", "Skip to main content"],
    ["it", "Vai al contenuto principale"],
  ] as const) {
    await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);
    for (const path of ["/dashboard", "/kpis"]) {
      await page.goto(path);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: label });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(page.locator("main#main")).toBeFocused();
      await page.keyboard.press("Tab");
      expect(
        await page.evaluate(() => !!document.activeElement?.closest("main")),
        "the next Tab is inside the content",
      ).toBe(true);
    }
  }
});

test("the language changes only when a language is chosen, not while moving through the choices (WCAG 3.2.2)", async ({
  page,
  baseURL,
}) => {
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: "en", url: baseURL! }]);
  await signInAs(page, DEMO.cmo);
  await page.goto("/account");
  const languages = page.getByRole("group", { name: "Language" });
  const english = languages.getByRole("button", { name: "English" });
  await expect(english).toHaveAttribute("aria-pressed", "true");
  await english.focus();
  for (const key of ["ArrowDown", "ArrowRight", "ArrowUp", "Home", "End"]) await page.keyboard.press(key);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.keyboard.press("Tab");
  await expect(languages.getByRole("button", { name: "Italiano" })).toBeFocused();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(page.getByRole("group", { name: "Lingua" }).getByRole("button", { name: "Italiano" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});
