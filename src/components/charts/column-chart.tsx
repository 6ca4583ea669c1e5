import { CHART_COLOURS, CHART_FONT_SIZE } from "./chart-style";
import { round } from "./scale";
import { el, empty, markup, type Markup } from "../ui/markup";

const TOP = 22; // the value labels above the bars
const BOTTOM = 26; // the category labels

export interface Column {
  key: string;
  label: string;
  value: number;
  /** The value as the locale writes it, shown above the bar. */
  valueLabel: string;
  colour: string;
  /** The hover title: label and value (and share) in words. */
  title: string;
}

/**
 * Vertical bars, one per category, each with its value above it: drawn on the server as SVG with a
 * fixed height; the columns share the width in %, the text stays at CHART_FONT_SIZE. Written as text
 * (ui/markup.ts): one element in the page's payload instead of a few dozen.
 */
export function columnChartMarkup(columns: Column[], height: number): Markup {
  const max = Math.max(1, ...columns.map((c) => c.value));
  const plot = height - TOP - BOTTOM;
  const share = 100 / columns.length;
  const barHeight = (column: Column) => round((column.value / max) * plot);
  return el(
    "svg",
    { width: "100%", height, class: "block overflow-visible", "data-chart": "columns" },
    markup(
      empty("line", { x2: "100%", y1: TOP + plot, y2: TOP + plot, stroke: CHART_COLOURS.axis }),
      ...columns.map((column, index) =>
        el(
          "rect",
          {
            x: `${round((index + 0.25) * share)}%`,
            width: `${round(0.5 * share)}%`,
            y: TOP + plot - barHeight(column),
            height: barHeight(column),
            fill: column.colour,
          },
          el("title", {}, { text: column.title }),
        ),
      ),
      el(
        "g",
        { "font-size": CHART_FONT_SIZE, "text-anchor": "middle" },
        markup(
          el(
            "g",
            { fill: "#0f172a", "font-weight": 600, "data-chart": "value" },
            markup(
              ...columns.map((column, index) =>
                el(
                  "text",
                  { x: `${round((index + 0.5) * share)}%`, y: TOP + plot - barHeight(column) - 6 },
                  { text: column.valueLabel },
                ),
              ),
            ),
          ),
          el(
            "g",
            { fill: CHART_COLOURS.text },
            markup(
              ...columns.map((column, index) =>
                el("text", { x: `${round((index + 0.5) * share)}%`, y: height - 8 }, { text: column.label }),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
