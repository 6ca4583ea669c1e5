import { CHART_COLOURS, CHART_FONT_SIZE } from "./chart-style";
import { monthAxis, niceTicks, round } from "./scale";
import { el, empty, markup, type Markup } from "../ui/markup";

const TOP = 24; // room for the last point's label above the highest value
const BOTTOM = 28; // the month labels
const AXIS = 48; // the value labels on the left
const RIGHT = 24; // room for the last point's label and the latest month's label
/** Dots only while they stay apart; a long daily series is a line. */
const MAX_DOTS = 60;

export interface LineChartData {
  /** Oldest first; `date` is YYYY-MM-DD. */
  points: { date: string; value: number }[];
  target: { value: number; label: string };
  baseline: number | null;
  height: number;
}

/**
 * A line over time against a target line (and a baseline), as SVG markup (line-chart.tsx draws it). The height is
 * fixed and the width follows the container, so nothing moves when the page loads. The geometry
 * stretches with the width (the line lives in a viewBox that scales; its stroke does not), while the
 * text stays at CHART_FONT_SIZE: month labels are placed in % of the width and thin out on a narrow
 * chart (container queries), so they never overlap. Only the last point carries its value; the target
 * line carries its own. Shared attributes sit on groups, so that the page stays small.
 * The SVG is written as text (ui/markup.ts): one element for React instead of about forty.
 */
export function lineChartMarkup(
  { points, target, baseline, height }: LineChartData,
  { number, month }: { number: (value: number) => string; month: (monthStart: string) => string },
): Markup {
  const plot = height - TOP - BOTTOM;
  // About one value label per 40 px of height: 2–5 steps.
  const ticks = niceTicks(
    [...points.map((p) => p.value), target.value, ...(baseline === null ? [] : [baseline])],
    Math.max(2, Math.min(5, Math.floor(plot / 40))),
  );
  const low = ticks[0]!;
  const high = ticks.at(-1)!;
  const y = (value: number) => round(TOP + (1 - (value - low) / (high - low)) * plot);
  const axis = monthAxis(points.map((p) => p.date));
  const x = (date: string) => round(axis.x(date));
  // In the line's 0–1000 viewBox.
  const vx = (date: string) => Math.round(axis.x(date) * 10);
  const last = points.at(-1)!;
  const lastX = x(last.date);
  // The target's label goes to the side away from the last point's label.
  const targetOnLeft = lastX >= 50;
  const text = { "font-size": CHART_FONT_SIZE };

  const valueAxis = el(
    "svg",
    { width: AXIS, height, class: "shrink-0 overflow-visible" },
    el(
      "g",
      { ...text, fill: CHART_COLOURS.text, "text-anchor": "end", "dominant-baseline": "middle" },
      markup(...ticks.map((tick) => el("text", { x: AXIS - 6, y: y(tick) }, { text: number(tick) }))),
    ),
  );
  // Grid lines, axes, baseline and target: full-width lines (x2="100%": a path cannot say "the width").
  const across = (at: number, attrs: Record<string, string | number> = {}) =>
    empty("line", { x2: "100%", y1: at, y2: at, ...attrs });
  const grid = el(
    "g",
    { stroke: CHART_COLOURS.grid, "stroke-dasharray": "3 3" },
    markup(...ticks.map((tick) => across(y(tick)))),
  );
  const axes = markup(
    empty("path", { d: `M0 ${TOP}V${TOP + plot}`, stroke: CHART_COLOURS.axis }),
    across(TOP + plot, { stroke: CHART_COLOURS.axis }),
    baseline !== null && across(y(baseline), { stroke: "#94a3b8", "stroke-dasharray": "2 4" }),
    across(y(target.value), { stroke: "#15803d", "stroke-width": 1.5, "stroke-dasharray": "6 4" }),
  );
  // The line: x in a 0–1000 viewBox stretched to the width; y in pixels (the viewBox is as tall as the
  // chart). Strokes do not stretch. Dots are zero-length strokes with round caps, so they stay round
  // however the viewBox stretches (one path for all: the values are in the table, the latest on the chart).
  const line = el(
    "svg",
    {
      width: "100%",
      height,
      viewBox: `0 0 1000 ${height}`,
      preserveAspectRatio: "none",
      class: "overflow-visible [&_*]:[vector-effect:non-scaling-stroke]",
    },
    el(
      "g",
      { stroke: CHART_COLOURS.line, fill: "none" },
      markup(
        empty("polyline", {
          points: points.map((p) => `${vx(p.date)},${y(p.value)}`).join(" "),
          "stroke-width": 2,
          "stroke-linejoin": "round",
        }),
        points.length <= MAX_DOTS &&
          empty("path", {
            d: points.map((p) => `M${vx(p.date)} ${y(p.value)}h0`).join(""),
            "stroke-width": 5,
            "stroke-linecap": "round",
          }),
        empty("path", { d: `M${vx(last.date)} ${y(last.value)}h0`, "stroke-width": 7, "stroke-linecap": "round" }),
      ),
    ),
  );
  const monthLabels = el(
    "g",
    { ...text, fill: CHART_COLOURS.text, "text-anchor": "middle", "data-chart": "tick-x" },
    markup(
      ...axis.months.map((band) =>
        el(
          "text",
          {
            x: `${round(band.middle)}%`,
            y: height - 8,
            class:
              band.level === 1
                ? "hidden @min-[220px]:inline"
                : band.level === 2
                  ? "hidden @min-[400px]:inline"
                  : undefined,
          },
          { text: month(band.start) },
        ),
      ),
    ),
  );
  const valueLabels = el(
    "g",
    { ...text, "font-weight": 600 },
    markup(
      el(
        "text",
        {
          x: targetOnLeft ? 4 : "100%",
          dx: targetOnLeft ? undefined : -4,
          y: y(target.value) - 5,
          "text-anchor": targetOnLeft ? "start" : "end",
          fill: "#166534",
          "data-chart": "target",
        },
        { text: target.label },
      ),
      el(
        "text",
        { x: `${lastX}%`, y: y(last.value) - 9, "text-anchor": "middle", fill: "#1e3a8a", "data-chart": "last" },
        { text: number(last.value) },
      ),
    ),
  );
  return markup(
    valueAxis,
    el(
      "div",
      { class: "@container min-w-0 flex-1" },
      el(
        "svg",
        { width: "100%", height, class: "block overflow-visible" },
        markup(grid, axes, line, monthLabels, valueLabels),
      ),
    ),
    el("div", { class: "shrink-0", style: `width:${RIGHT}px` }),
  );
}
