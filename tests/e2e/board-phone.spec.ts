import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import type { Page } from "@playwright/test";
import { distDir, firstLoadJs } from "../../scripts/lib/first-load-js";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

// The board's own list on a phone and a tablet: below 1024 px every item is a card. Other specs reorder the shared
// e2e database meanwhile, so items are matched by title, never by place.

/** Each board item as { column heading: the cell's text }, read from the table on a wide screen. */
async function readTable(page: Page): Promise<Record<string, string>[]> {
  const table = page.getByRole("table");
  const headings = (await table.locator("thead th").allInnerTexts()).map((text) => text.trim().toLowerCase());
  const rows: Record<string, string>[] = [];
  for (const row of await table.locator("tbody tr[data-row-id]").all()) {
    const cells = (await row.locator(":scope > th, :scope > td").allInnerTexts()).map((text) => text.trim());
    rows.push(Object.fromEntries(headings.map((heading, index) => [heading, cells[index] ?? ""])));
  }
  return rows;
}

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);

for (const [who, email] of [
  ["a board member", DEMO.board],
  ["the CMO (with the move controls)", DEMO.cmo],
] as const) {
  test(`at 390 px (and 820 px) ${who} sees each item's owners, status and target date on its card, without horizontal scrolling`, async ({
    page,
  }) => {
    test.slow(); // two widths, every card checked
    await signInAs(page, email);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/board");
    const rows = await readTable(page);
    expect(rows.length).toBeGreaterThan(5);
    expect(
      rows.some((row) => row["target date"]!.includes("(overdue)")),
      "the demo has an overdue item",
    ).toBe(true);
    expect(
      rows.some((row) => /(Marketing|IT) silent/.test(row.initiative!)),
      "the demo has a one-sided item",
    ).toBe(true);

    const wanted = rows.map((row) => ({
      title: row.initiative!.split("\n")[0]!.trim(),
      texts: [
        row["marketing owner"]!,
        row["it owner"]!,
        row.status!.split("\n")[0]!.trim(),
        row.health!,
        row.progress!,
        row["target date"]!,
        // The one-sided reason, written out on the card (not only a tooltip).
        ...(/(Marketing|IT) silent[^\n]*days/.exec(row.initiative!) ?? []).slice(0, 1),
      ],
    }));
    // A phone, then a tablet: cards. Per card, each text: an element showing exactly it, visible and
    // within the screen's width.
    for (const width of [390, 820]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto("/board");
      await expect(page.getByRole("columnheader", { name: "Marketing owner" })).toBeHidden(); // cards, not a table
      expect(await noHorizontalScroll(page), `no horizontal scrolling at ${width} px`).toBe(true);
      const missing = await page.evaluate((wanted) => {
        const problems: string[] = [];
        const cards = [...document.querySelectorAll<HTMLElement>("tbody tr[data-row-id]")];
        for (const { title, texts } of wanted) {
          const card = cards.find((row) => row.querySelector("th a")?.textContent?.trim() === title);
          if (!card) {
            problems.push(`no card for "${title}"`);
            continue;
          }
          const elements = [...card.querySelectorAll<HTMLElement>("*")];
          for (const text of texts) {
            const fits = elements
              .filter((element) => element.innerText?.trim() === text)
              .some((element) => {
                const box = element.getBoundingClientRect();
                return box.width > 0 && box.height > 0 && box.left >= 0 && box.right <= window.innerWidth;
              });
            if (!fits) problems.push(`"${title}": "${text}"`);
          }
        }
        return problems;
      }, wanted);
      expect(missing, `texts not visible within the screen at ${width} px`).toEqual([]);
    }
  });
}

test("'Post status update' on a card opens the initiative with the status-update form focused", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, DEMO.marketing);
  await page.goto("/board");
  const card = page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader") })
    .first();
  const title = await card.getByRole("rowheader").getByRole("link").innerText();
  const link = card.getByRole("link", { name: `Post status update: ${title}` });
  await expect(link).toHaveText("Post status update");
  expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await link.click(); // one tap
  await expect(page).toHaveURL(/\/initiatives\/[0-9a-f-]+\?update=1$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const form = page.getByRole("form", { name: "Post a status update" });
  await expect(form.getByLabel("Health")).toBeFocused();
  await expect(form.getByLabel("Health")).toBeInViewport();
});

test("a board member, who may not post updates, sees no 'Post status update' on the cards", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, DEMO.board);
  await page.goto("/board");
  await expect(page.getByRole("rowheader").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /^Post status update/ })).toHaveCount(0);
});

// The board's own JavaScript budget (issue 13; tests/e2e/js-budget.spec.ts has the other pages): read
// from the production build this run tests. Drag and drop (@dnd-kit) is not in it: board-table.tsx
// imports it when the CMO or the CIO first presses a drag handle.
test("the board's first-load JavaScript stays within 50 kB gzip above the framework's floor, without drag and drop", () => {
  const dist = distDir(path.resolve(import.meta.dirname, "../.."));
  const { routes } = firstLoadJs(dist, ["/board"]);
  const [board] = routes;
  expect(board!.aboveFloor, `/board: ${(board!.aboveFloor / 1024).toFixed(1)} kB above the floor`).toBeLessThanOrEqual(
    50 * 1024,
  );
  // dnd-kit's marker ("DndDescribedBy", its instructions' id) is in a chunk of the build, not in the board's entry chunks.
  const sandbox = { globalThis: {} as Record<string, unknown>, self: {} };
  sandbox.globalThis = sandbox as unknown as Record<string, unknown>;
  runInNewContext(
    readFileSync(path.join(dist, "server", "app", "(app)", "board", "page_client-reference-manifest.js"), "utf8"),
    sandbox,
  );
  const manifest = (sandbox.globalThis.__RSC_MANIFEST as Record<string, { entryJSFiles: Record<string, string[]> }>)[
    "/(app)/board/page"
  ]!;
  const entry = new Set(manifest.entryJSFiles["[project]/src/app/(app)/board/page"]);
  const withDnd = readdirSync(path.join(dist, "static", "chunks"))
    .map((file) => `static/chunks/${file}`)
    .filter((file) => file.endsWith(".js") && readFileSync(path.join(dist, file), "utf8").includes("DndDescribedBy"));
  expect(withDnd.length, "the build has a drag-and-drop chunk").toBeGreaterThan(0);
  expect(withDnd.filter((file) => entry.has(file))).toEqual([]);
});
