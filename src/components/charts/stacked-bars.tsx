import { CHART_COLOURS, CHART_FONT_SIZE } from "./chart-style";
import { round } from "./scale";

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
 * locale's way.
 */
export function StackedBars({ rows, count }: { rows: StackedRow[]; count: (n: number) => string }) {
  const max = Math.max(1, ...rows.map((row) => row.segments.reduce((sum, s) => sum + s.value, 0)));
  const height = rows.length * ROW;
  return (
    <svg width="100%" height={height} className="block overflow-visible" data-chart="stacked">
      {rows.map((row, index) => {
        const top = index * ROW;
        let from = 0;
        return (
          <g key={row.key}>
            <text x="0" y={top + LABEL - 2} fontSize={CHART_FONT_SIZE} fill={CHART_COLOURS.text} fontWeight={600}>
              {row.label}
            </text>
            <text x="100%" y={top + LABEL - 2} textAnchor="end" fontSize={CHART_FONT_SIZE} fill={CHART_COLOURS.text}>
              {row.totalLabel}
            </text>
            <rect x="0" width="100%" y={top + LABEL + 2} height={BAR} fill="#f1f5f9" />
            {row.segments.map((segment) => {
              const start = (from / max) * 100;
              const width = (segment.value / max) * 100;
              from += segment.value;
              if (segment.value === 0) return null;
              const label = count(segment.value);
              // Room for the count at a plot of about 250 px (a phone): 8 px of margin and 7.5 px a digit.
              const fits = width >= ((label.length * 7.5 + 8) / 250) * 100;
              return (
                <g key={segment.key}>
                  <rect
                    x={`${round(start)}%`}
                    width={`${round(width)}%`}
                    y={top + LABEL + 2}
                    height={BAR}
                    fill={segment.colour}
                    stroke="white"
                    strokeWidth={1}
                  >
                    <title>{segment.title}</title>
                  </rect>
                  {fits ? (
                    <text
                      x={`${round(start + width / 2)}%`}
                      y={top + LABEL + 2 + BAR / 2}
                      textAnchor="middle"
                      dominantBaseline="central"
                      fontSize={CHART_FONT_SIZE}
                      fontWeight={600}
                      fill={segment.ink}
                      data-chart="value"
                    >
                      {label}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** The colours' key, under a chart: a swatch and a name each. */
export function ChartLegend({ items }: { items: { key: string; label: string; colour: string }[] }) {
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
