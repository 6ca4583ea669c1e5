import { describe, expect, it } from "vitest";
import { createFormatter } from "next-intl";
import { lineChartLabels, lineChartMarkupIn } from "@/components/charts/line-chart";
import { lineChartMarkup, type LineChartData } from "@/components/charts/line-chart-markup";
import { el, empty, escapeMarkup, markup } from "@/components/ui/markup";

const HOSTILE = `<img src=x onerror="alert(1)"> & 'quoted'`;

type Labels = Parameters<typeof lineChartMarkup>[1];

/** The SVG a LineChart hands to React as text. */
function markupOf(data: Partial<LineChartData> = {}, labels: Partial<Labels> = {}): string {
  return lineChartMarkup(
    {
      points: [
        { date: "2026-01-15", value: 10 },
        { date: "2026-02-15", value: 20 },
        { date: "2026-03-15", value: 30 },
      ],
      target: { value: 40, label: "Target 40" },
      baseline: 5,
      height: 200,
      ...data,
    },
    { number: (value) => `n ${value}`, month: (start) => `M ${start}`, ...labels },
  );
}

describe("SVG written as text", () => {
  it("escapes every character that could end a text or an attribute", () => {
    expect(escapeMarkup(HOSTILE)).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quoted&#39;");
    expect(escapeMarkup(12.5)).toBe("12.5");
  });

  it("writes attributes with a value and leaves out the others", () => {
    expect(el("text", { x: 4, dx: undefined, y: null, hidden: false, class: HOSTILE }, { text: HOSTILE })).toBe(
      `<text x='4' class='${escapeMarkup(HOSTILE)}'>${escapeMarkup(HOSTILE)}</text>`,
    );
    expect(empty("line", { x2: "100%" })).toBe("<line x2='100%'/>");
    expect(markup(el("g", {}), null, false, empty("path", { d: "M0 0" }))).toBe("<g></g><path d='M0 0'/>");
  });
});

describe("a line chart's markup", () => {
  it("has every value label, month label, the target and the last value", () => {
    const markup = markupOf();
    for (const text of ["M 2026-01-01", "M 2026-02-01", "M 2026-03-01", "Target 40", "n 30", "n 20"])
      expect(markup).toContain(`>${text}</text>`);
    expect(markup).toContain("data-chart='tick-x'");
    expect(markup).toMatch(/<polyline points='[^']+'/);
  });

  it("never lets a label become markup", () => {
    const markup = markupOf({ target: { value: 40, label: HOSTILE } }, { number: () => HOSTILE, month: () => HOSTILE });
    expect(markup).not.toContain("<img");
    expect(markup).not.toContain(`"alert`);
    expect(markup.split(escapeMarkup(HOSTILE)).length - 1).toBeGreaterThanOrEqual(5);
  });

  it("draws no dots on a long series, only the line and the latest point", () => {
    const points = Array.from({ length: 90 }, (_, day) => ({
      date: new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10),
      value: day,
    }));
    const markup = markupOf({ points });
    expect(markup.match(/stroke-linecap='round'/g)).toHaveLength(1);
  });
});

describe("a line chart's labels", () => {
  it("read as next-intl's formatter writes them, in both languages", () => {
    for (const locale of ["en", "it"] as const) {
      const format = createFormatter({ locale });
      const labels = lineChartLabels(locale);
      for (const value of [0, 12.5, 1234.56, -3, 1_000_000])
        expect(labels.number(value)).toBe(format.number(value, { maximumFractionDigits: 1, useGrouping: "always" }));
      for (const date of ["2026-01-01", "2026-12-01", "2025-02-01"])
        expect(labels.month(date)).toBe(
          format.dateTime(new Date(`${date}T00:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" }),
        );
    }
    expect(lineChartLabels("it").month("2026-12-01")).toBe("dic 2026");
  });
});

describe("a line chart written once for the same data", () => {
  const data: LineChartData = {
    points: [
      { date: "2026-01-01", value: 10 },
      { date: "2026-02-01", value: 20 },
    ],
    target: { value: 40, label: "Target 40" },
    baseline: null,
    height: 180,
  };

  it("reads as the chart written anew, and follows a changed value, target, height or language", () => {
    expect(lineChartMarkupIn("en", data)).toBe(lineChartMarkup(data, lineChartLabels("en")));
    expect(lineChartMarkupIn("en", { ...data })).toBe(lineChartMarkupIn("en", data));
    const changed: LineChartData[] = [
      { ...data, points: [data.points[0]!, { date: "2026-02-01", value: 21 }] },
      { ...data, points: [...data.points, { date: "2026-03-01", value: 20 }] },
      { ...data, target: { value: 41, label: "Target 41" } },
      { ...data, baseline: 5 },
      { ...data, height: 200 },
    ];
    for (const other of changed) {
      expect(lineChartMarkupIn("en", other)).toBe(lineChartMarkup(other, lineChartLabels("en")));
      expect(lineChartMarkupIn("en", other)).not.toBe(lineChartMarkupIn("en", data));
    }
    expect(lineChartMarkupIn("it", data)).toBe(lineChartMarkup(data, lineChartLabels("it")));
    expect(lineChartMarkupIn("it", data)).toContain("feb 2026");
    expect(lineChartMarkupIn("en", data)).toContain("Feb 2026");
  });
});
