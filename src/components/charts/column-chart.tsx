import { CHART_COLOURS, CHART_FONT_SIZE } from "./chart-style";
import { round } from "./scale";

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
 * fixed height; the columns share the width in %, the text stays at CHART_FONT_SIZE.
 */
export function ColumnChart({ columns, height }: { columns: Column[]; height: number }) {
  const max = Math.max(1, ...columns.map((c) => c.value));
  const plot = height - TOP - BOTTOM;
  const share = 100 / columns.length;
  const text = { fontSize: CHART_FONT_SIZE, fill: CHART_COLOURS.text, textAnchor: "middle" } as const;
  return (
    <svg width="100%" height={height} className="block overflow-visible" data-chart="columns">
      <line x1="0" x2="100%" y1={TOP + plot} y2={TOP + plot} stroke={CHART_COLOURS.axis} />
      {columns.map((column, index) => {
        const barHeight = round((column.value / max) * plot);
        const centre = `${round((index + 0.5) * share)}%`;
        return (
          <g key={column.key}>
            <rect
              x={`${round((index + 0.25) * share)}%`}
              width={`${round(0.5 * share)}%`}
              y={TOP + plot - barHeight}
              height={barHeight}
              fill={column.colour}
            >
              <title>{column.title}</title>
            </rect>
            <text
              x={centre}
              y={TOP + plot - barHeight - 6}
              data-chart="value"
              {...text}
              fill="#0f172a"
              fontWeight={600}
            >
              {column.valueLabel}
            </text>
            <text x={centre} y={height - 8} data-chart="category" {...text}>
              {column.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
