import { DEMO, expect, signInAs, test } from "./support/fixtures";

// Charts for a meeting: read on a projector or on paper, so every text is at least 12 px, the month
// ticks carry the year, the last point and the target carry their values, and no label covers another.
type Box = { x: number; y: number; width: number; height: number; text: string };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const [locale, tick, target] of [
  ["en-GB", /^[A-Z][a-z]{2} \d{4}$/, /^Target \d/],
  ["it-IT", /^[a-z]{3} \d{4}$/, /^Obiettivo \d/],
] as const) {
  test(`the dashboard's KPI charts are labelled, legible and without overlaps (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width: 1440, height: 1000 } });
    try {
      const page = await context.newPage();
      await signInAs(page, DEMO.board);
      await page.goto("/dashboard");
      const charts = page.locator("figure").filter({ has: page.locator("svg.recharts-surface .recharts-line") });
      await expect(charts.first()).toBeVisible();
      expect(await charts.count()).toBeGreaterThanOrEqual(3);
      for (const chart of await charts.all()) {
        const texts = await chart.locator("svg.recharts-surface text").evaluateAll((nodes) =>
          nodes.map((node) => {
            const box = (node as SVGTextElement).getBoundingClientRect();
            return {
              x: box.x,
              y: box.y,
              width: box.width,
              height: box.height,
              text: (node.textContent ?? "").trim(),
              size: parseFloat(getComputedStyle(node).fontSize),
              tick:
                node.classList.contains("recharts-cartesian-axis-tick-value") ||
                node.closest(".recharts-cartesian-axis-tick") !== null,
              last: node.closest(".recharts-label-list") !== null,
            };
          }),
        );
        const shown = texts.filter((t) => t.text !== "");
        for (const t of shown) expect(t.size, `“${t.text}” is at least 12 px`).toBeGreaterThanOrEqual(12);
        // The month ticks: the axis ticks along the bottom (the value ticks stand one above the other on the left).
        const bottom = Math.max(...shown.filter((t) => t.tick).map((t) => t.y));
        const ticks = shown.filter((t) => t.tick && t.y >= bottom - 2);
        expect(ticks.length).toBeGreaterThan(0);
        for (const t of ticks) expect(t.text).toMatch(tick);
        expect(
          shown.filter((t) => target.test(t.text)),
          "the target's label, with its value",
        ).toHaveLength(1);
        const last = shown.filter((t) => t.last);
        expect(last, "only the last point is labelled").toHaveLength(1);
        for (let i = 0; i < shown.length; i += 1) {
          for (let j = i + 1; j < shown.length; j += 1) {
            expect(
              overlap(shown[i] as Box, shown[j] as Box),
              `“${shown[i]!.text}” and “${shown[j]!.text}” overlap`,
            ).toBe(false);
          }
        }
      }
    } finally {
      await context.close();
    }
  });
}
