import { describe, expect, it } from "vitest";
import { columnChartMarkup } from "@/components/charts/column-chart";
import { stackedBarsMarkup } from "@/components/charts/stacked-bars";

// The dashboard's bar charts are written as SVG text (one element in the page's payload): the same
// drawing as before, with every label escaped.
const count = (n: number) => n.toLocaleString("en");

describe("stacked bars as SVG text", () => {
  const svg = stackedBarsMarkup(
    [
      {
        key: "A",
        label: "<b>R&D</b>",
        totalLabel: "Total: 3",
        segments: [
          { key: "X", value: 3, colour: "#111111", ink: "#ffffff", title: "R&D, X: 3" },
          { key: "Y", value: 0, colour: "#222222", ink: "#ffffff", title: "R&D, Y: 0" },
        ],
      },
      { key: "B", label: "Other", totalLabel: "Total: 1", segments: [] },
    ],
    count,
  );

  it("escapes every label and title, so no value becomes markup", () => {
    expect(svg).toContain("<text y='12' font-weight='600'>&lt;b&gt;R&amp;D&lt;/b&gt;</text>");
    expect(svg).toContain("<title>R&amp;D, X: 3</title>");
    expect(svg).not.toContain("<b>");
  });

  it("draws one row per category, a bar per non-empty segment with its count", () => {
    expect(svg.startsWith("<svg width='100%' height='100' class='block overflow-visible' data-chart='stacked'>")).toBe(
      true,
    );
    expect(svg.match(/<rect x=/g)).toHaveLength(1); // the empty segment draws nothing
    expect(svg).toContain("<text x='50%' y='27' fill='#ffffff'>3</text>");
  });
});

describe("column chart as SVG text", () => {
  it("draws a bar per column, its value above and its label below", () => {
    const svg = columnChartMarkup(
      [
        { key: "A", label: "On track", value: 2, valueLabel: "2", colour: "#15803d", title: "On track: 2 (67%)" },
        { key: "B", label: "At <risk>", value: 1, valueLabel: "1", colour: "#d97706", title: "At risk: 1 (33%)" },
      ],
      240,
    );
    expect(svg).toContain("data-chart='columns'");
    expect(svg).toContain(
      "<rect x='12.5%' width='25%' y='22' height='192' fill='#15803d'><title>On track: 2 (67%)</title></rect>",
    );
    expect(svg).toContain("<rect x='62.5%' width='25%' y='118' height='96' fill='#d97706'>");
    expect(svg).toContain(">At &lt;risk&gt;</text>");
  });
});
