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
  return (
    <svg width="100%" height={height} className="block overflow-visible" data-chart="columns">
      <line x2="100%" y1={TOP + plot} y2={TOP + plot} stroke={CHART_COLOURS.axis} />
      {columns.map((column, index) => {
        const barHeight = round((column.value / max) * plot);
        return (
          <rect
            key={column.key}
            x={`${round((index + 0.25) * share)}%`}
            width={`${round(0.5 * share)}%`}
            y={TOP + plot - barHeight}
            height={barHeight}
            fill={column.colour}
          >
            <title>{column.title}</title>
          </rect>
        );
      })}
      <g fontSize={CHART_FONT_SIZE} textAnchor="middle">
        <g fill="#0f172a" fontWeight={600} data-chart="value">
          {columns.map((column, index) => (
            <text
              key={column.key}
              x={`${round((index + 0.5) * share)}%`}
              y={TOP + plot - round((column.value / max) * plot) - 6}
            >
              {column.valueLabel}
            </text>
          ))}
        </g>
        <g fill={CHART_COLOURS.text}>
          {columns.map((column, index) => (
            <text key={column.key} x={`${round((index + 0.5) * share)}%`} y={height - 8}>
              {column.label}
            </text>
          ))}
        </g>
      </g>
    </svg>
  );
}
