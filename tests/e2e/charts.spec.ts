import { DEMO, expect, signInAs, test } from "./support/fixtures";

// Charts for a meeting: read on a projector, on paper or on a phone, so every text is at least 12 px, the
// month labels carry the year, the last point and the target carry their values, and no label covers
// another — at 1440 px and at 390 px, on the dashboard, the report and the KPI list. The charts are SVG drawn on the server with a fixed height: nothing
// moves once the page has loaded.
type Box = { x: number; y: number; width: number; height: number; text: string };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const [locale, tick, target] of [
  ["en-GB", /^[A-Z][a-z]{2,3} \d{4}$/, /^Target \d/],
  ["it-IT", /^[a-z]{3} \d{4}$/, /^Obiettivo \d/],
] as const) {
  // The dashboard at both widths; the report's and the KPI list's (smaller) charts on a phone, the narrowest case.
  for (const [route, width] of [
    ["/dashboard", 1440],
    ["/dashboard", 390],
    ["/report", 390],
    ["/kpis", 390],
  ] as const) {
    test(`${route}: the charts are labelled, legible and without overlaps (${locale}, ${width} px)`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ locale, viewport: { width, height: 1000 } });
      try {
        const page = await context.newPage();
        await signInAs(page, DEMO.board);
        await page.goto(route);
        const figures = page.locator("figure").filter({ has: page.locator("svg text") });
        await expect(figures.first()).toBeVisible();
        const lines = page.locator("figure").filter({ has: page.locator('[data-chart="line"]') });
        expect(await lines.count(), "a line chart per shared KPI").toBeGreaterThanOrEqual(3);
        if (route === "/dashboard")
          expect(await figures.count(), "and the lever and health charts").toBe((await lines.count()) + 2);
        for (const chart of await figures.all()) {
          await chart.scrollIntoViewIfNeeded();
          const texts = await chart.locator("svg text").evaluateAll((nodes) =>
            nodes.map((node) => {
              const box = (node as SVGTextElement).getBoundingClientRect();
              return {
                x: box.x,
                y: box.y,
                width: box.width,
                height: box.height,
                text: (node.textContent ?? "").trim(),
                // The size as drawn (an SVG scaled down would draw 12 px text smaller): the glyphs' box height.
                size: parseFloat(getComputedStyle(node).fontSize),
                drawn: box.height,
                shown: getComputedStyle(node).display !== "none" && box.width > 0,
                role: (node.closest("[data-chart]") as SVGElement | null)?.dataset.chart ?? "",
              };
            }),
          );
          const shown = texts.filter((t) => t.shown && t.text !== "");
          expect(shown.length).toBeGreaterThan(0);
          for (const t of shown) {
            expect(t.size, `“${t.text}” is at least 12 px`).toBeGreaterThanOrEqual(12);
            expect(t.drawn, `“${t.text}” is drawn at least 12 px high`).toBeGreaterThanOrEqual(12);
          }
          for (let i = 0; i < shown.length; i += 1) {
            for (let j = i + 1; j < shown.length; j += 1) {
              expect(
                overlap(shown[i] as Box, shown[j] as Box),
                `“${shown[i]!.text}” and “${shown[j]!.text}” overlap`,
              ).toBe(false);
            }
          }
          // Every text inside the figure's box: nothing cut off on a phone.
          const frame = (await chart.boundingBox())!;
          for (const t of shown) {
            expect(t.x, `“${t.text}” starts inside its chart`).toBeGreaterThanOrEqual(frame.x);
            expect(t.x + t.width, `“${t.text}” ends inside its chart`).toBeLessThanOrEqual(frame.x + frame.width);
          }
          if (!(await chart.locator('[data-chart="line"]').count())) continue;
          const ticks = shown.filter((t) => t.role === "tick-x");
          expect(ticks.length, "month labels").toBeGreaterThan(0);
          for (const t of ticks) expect(t.text).toMatch(tick);
          expect(
            shown.filter((t) => t.role === "target" && target.test(t.text)),
            "the target's label, with its value",
          ).toHaveLength(1);
          expect(
            shown.filter((t) => t.role === "last"),
            "only the last point is labelled",
          ).toHaveLength(1);
        }
      } finally {
        await context.close();
      }
    });
  }
}

test("the dashboard's bars carry their counts: every lever's total and the health of the live initiatives", async ({
  page,
}) => {
  await signInAs(page, DEMO.board);
  await page.goto("/dashboard");
  const levers = page.getByRole("figure", { name: "Initiatives per lever and status" });
  const totals = await levers.locator("svg text").allTextContents();
  expect(totals.filter((text) => /^Total: \d+$/.test(text))).toHaveLength(4);
  const health = page.getByRole("figure", { name: "Health of live initiatives" });
  const values = await health.locator('svg [data-chart="value"] text').allTextContents();
  expect(values).toHaveLength(3);
  // The same counts as its table.
  await health.getByRole("button", { name: "Show as table" }).click();
  const cells = await health
    .getByRole("row")
    .evaluateAll((rows) =>
      rows.slice(1).map((row) => (row as HTMLTableRowElement).cells[1]?.textContent?.trim() ?? ""),
    );
  expect(values).toEqual(cells);
});

for (const route of ["/dashboard", "/report", "/kpis"]) {
  test(`${route}: nothing moves once the page has loaded (cumulative layout shift under 0.1)`, async ({ page }) => {
    await signInAs(page, DEMO.board);
    await page.goto(route, { waitUntil: "load" });
    await expect(page.locator("figure svg").first()).toBeVisible();
    // Every layout shift since navigation (buffered), summed as Chromium reports them; the charts draw on the server at a fixed height.
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: "layout-shift", buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
        }),
    );
    expect(shift).toBeLessThan(0.1);
  });
}
