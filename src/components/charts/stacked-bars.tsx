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
        return (
          <g key={row.key} fontSize={CHART_FONT_SIZE}>
            <g fill={CHART_COLOURS.text}>
              <text y={top + LABEL - 2} fontWeight={600}>
                {row.label}
              </text>
              <text x="100%" y={top + LABEL - 2} textAnchor="end">
                {row.totalLabel}
              </text>
            </g>
            <rect width="100%" y={bar} height={BAR} fill="#f1f5f9" />
            <g stroke="white">
              {segments
                .filter((s) => s.value > 0)
                .map((s) => (
                  <rect
                    key={s.key}
                    x={`${round(s.start)}%`}
                    width={`${round(s.width)}%`}
                    y={bar}
                    height={BAR}
                    fill={s.colour}
                  >
                    <title>{s.title}</title>
                  </rect>
                ))}
            </g>
            <g textAnchor="middle" dominantBaseline="central" fontWeight={600} data-chart="value">
              {segments
                .filter((s) => s.value > 0 && s.fits)
                .map((s) => (
                  <text key={s.key} x={`${round(s.start + s.width / 2)}%`} y={bar + BAR / 2} fill={s.ink}>
                    {s.label}
                  </text>
                ))}
            </g>
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
