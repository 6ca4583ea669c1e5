import { CHART_COLOURS, CHART_FONT_SIZE } from "./chart-style";
import { round } from "./scale";
import { el, empty, markup, type Markup } from "../ui/markup";

const ROW = 50; // a row: its label line, then its bar
const BAR = 22;
const LABEL = 14;

export interface Segment {
  key: string;
  value: number;
  colour: string;
  /** The colour of the count written inside the segment (contrast ≥ 4.5 : 1 against `colour`). */
  ink: string;
  /** The hover title: the row, the segment's name and its count. */
  title: string;
}

export interface StackedRow {
  key: string;
  label: string;
  /** The row's total as the locale writes it, at the end of its label line. */
  totalLabel: string;
  segments: Segment[];
}

/**
 * Horizontal stacked bars, one row per category, the row's name and total above its bar; a segment
 * wide enough carries its count. Drawn on the server as SVG, its height fixed by the number of rows;
 * the bars share the width in %, the text stays at CHART_FONT_SIZE. `count` writes a number the
 * locale's way. Written as text (ui/markup.ts): one element in the page's payload instead of a few
 * hundred values.
 */
export function stackedBarsMarkup(rows: StackedRow[], count: (n: number) => string): Markup {
  const max = Math.max(1, ...rows.map((row) => row.segments.reduce((sum, s) => sum + s.value, 0)));
  const height = rows.length * ROW;
  const bars = rows.map((row, index) => {
    const top = index * ROW;
    const bar = top + LABEL + 2;
    let from = 0;
    const segments = row.segments.map((segment) => {
      const start = (from / max) * 100;
      const width = (segment.value / max) * 100;
      from += segment.value;
      const label = count(segment.value);
      // Room for the count at a plot of about 250 px (a phone): 8 px of margin and 7.5 px a digit.
      return { ...segment, start, width, label, fits: width >= ((label.length * 7.5 + 8) / 250) * 100 };
    });
    const shown = segments.filter((s) => s.value > 0);
    return el(
      "g",
      { "font-size": CHART_FONT_SIZE },
      markup(
        el(
          "g",
          { fill: CHART_COLOURS.text },
          markup(
            el("text", { y: top + LABEL - 2, "font-weight": 600 }, { text: row.label }),
            el("text", { x: "100%", y: top + LABEL - 2, "text-anchor": "end" }, { text: row.totalLabel }),
          ),
        ),
        empty("rect", { width: "100%", y: bar, height: BAR, fill: "#f1f5f9" }),
        el(
          "g",
          { stroke: "white" },
          markup(
            ...shown.map((s) =>
              el(
                "rect",
                { x: `${round(s.start)}%`, width: `${round(s.width)}%`, y: bar, height: BAR, fill: s.colour },
                el("title", {}, { text: s.title }),
              ),
            ),
          ),
        ),
        el(
          "g",
          { "text-anchor": "middle", "dominant-baseline": "central", "font-weight": 600, "data-chart": "value" },
          markup(
            ...shown
              .filter((s) => s.fits)
              .map((s) =>
                el("text", { x: `${round(s.start + s.width / 2)}%`, y: bar + BAR / 2, fill: s.ink }, { text: s.label }),
              ),
          ),
        ),
      ),
    );
  });
  return el(
    "svg",
    { width: "100%", height, class: "block overflow-visible", "data-chart": "stacked" },
    markup(...bars),
  );
}

/** The colours' key, under a chart: a swatch and a name each (HTML only: it can be kept with the chart). */
export function chartLegend(items: { key: string; label: string; colour: string }[]) {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: item.colour }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
