import { CHART_COLOURS, CHART_FONT_SIZE } from "./chart-style";
import { monthAxis, niceTicks, round } from "./scale";

const TOP = 24; // room for the last point's label above the highest value
const BOTTOM = 28; // the month labels
const AXIS = 48; // the value labels on the left
const RIGHT = 24; // room for the last point's label and the latest month's label
/** Dots (with their hover titles) only while they stay apart; a long daily series is a line. */
const MAX_DOTS = 60;

/**
 * A line over time against a target line (and a baseline), drawn on the server as SVG. The height is
 * fixed and the width follows the container, so nothing moves when the page loads. The geometry
 * stretches with the width (the line lives in a viewBox that scales; its stroke does not), while the
 * text stays at CHART_FONT_SIZE: month labels are placed in % of the width and thin out on a narrow
 * chart (container queries), so they never overlap. Only the last point carries its value; the target
 * line carries its own.
 */
export function LineChart({
  points,
  target,
  baseline,
  height,
  valueTick,
  monthLabel,
  lastLabel,
  pointTitle,
}: {
  /** Oldest first; `date` is YYYY-MM-DD. */
  points: { date: string; value: number }[];
  target: { value: number; label: string };
  baseline: number | null;
  height: number;
  valueTick: (value: number) => string;
  monthLabel: (monthStart: string) => string;
  lastLabel: (value: number) => string;
  pointTitle: (point: { date: string; value: number }) => string;
}) {
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
  const last = points.at(-1)!;
  const lastX = x(last.date);
  // The target's label goes to the side away from the last point's label.
  const targetOnLeft = lastX >= 50;
  const text = { fontSize: CHART_FONT_SIZE, fill: CHART_COLOURS.text };
  return (
    <div className="flex" style={{ height }} data-chart="line">
      <svg width={AXIS} height={height} className="shrink-0 overflow-visible">
        {ticks.map((tick) => (
          <text
            key={tick}
            x={AXIS - 6}
            y={y(tick)}
            textAnchor="end"
            dominantBaseline="middle"
            data-chart="tick-y"
            {...text}
          >
            {valueTick(tick)}
          </text>
        ))}
      </svg>
      <div className="@container min-w-0 flex-1">
        <svg width="100%" height={height} className="block overflow-visible">
          {ticks.map((tick) => (
            <line
              key={tick}
              x1="0"
              x2="100%"
              y1={y(tick)}
              y2={y(tick)}
              stroke={CHART_COLOURS.grid}
              strokeDasharray="3 3"
            />
          ))}
          <line x1="0" x2="0" y1={TOP} y2={TOP + plot} stroke={CHART_COLOURS.axis} />
          <line x1="0" x2="100%" y1={TOP + plot} y2={TOP + plot} stroke={CHART_COLOURS.axis} />
          {baseline !== null ? (
            <line x1="0" x2="100%" y1={y(baseline)} y2={y(baseline)} stroke="#94a3b8" strokeDasharray="2 4" />
          ) : null}
          <line
            x1="0"
            x2="100%"
            y1={y(target.value)}
            y2={y(target.value)}
            stroke="#15803d"
            strokeWidth={1.5}
            strokeDasharray="6 4"
          />
          {/* The line: x in a 0–1000 viewBox stretched to the width; y in pixels (the viewBox is as tall as the chart). */}
          <svg
            width="100%"
            height={height}
            viewBox={`0 0 1000 ${height}`}
            preserveAspectRatio="none"
            className="overflow-visible"
          >
            <polyline
              points={points.map((p) => `${round(x(p.date) * 10)},${y(p.value)}`).join(" ")}
              fill="none"
              stroke={CHART_COLOURS.line}
              strokeWidth={2}
              strokeLinejoin="round"
              vectorEffect="non-scaling-stroke"
            />
            {points.length <= MAX_DOTS
              ? points.map((p) => (
                  // A zero-length stroke with round caps: a dot that stays round however the viewBox stretches.
                  <path
                    key={p.date}
                    d={`M${round(x(p.date) * 10)} ${y(p.value)}h0`}
                    stroke={CHART_COLOURS.line}
                    strokeWidth={p === last ? 7 : 5}
                    strokeLinecap="round"
                    vectorEffect="non-scaling-stroke"
                  >
                    <title>{pointTitle(p)}</title>
                  </path>
                ))
              : null}
          </svg>
          {axis.months.map((month) => (
            <text
              key={month.start}
              x={`${round(month.middle)}%`}
              y={height - 8}
              textAnchor="middle"
              data-chart="tick-x"
              className={
                month.level === 1
                  ? "hidden @min-[220px]:inline"
                  : month.level === 2
                    ? "hidden @min-[400px]:inline"
                    : undefined
              }
              {...text}
            >
              {monthLabel(month.start)}
            </text>
          ))}
          <text
            x={targetOnLeft ? 4 : "100%"}
            dx={targetOnLeft ? 0 : -4}
            y={y(target.value) - 5}
            textAnchor={targetOnLeft ? "start" : "end"}
            data-chart="target"
            fontSize={CHART_FONT_SIZE}
            fill="#166534"
            fontWeight={600}
          >
            {target.label}
          </text>
          <text
            x={`${lastX}%`}
            y={y(last.value) - 9}
            textAnchor="middle"
            data-chart="last"
            fontSize={CHART_FONT_SIZE}
            fontWeight={600}
            fill="#1e3a8a"
          >
            {lastLabel(last.value)}
          </text>
        </svg>
      </div>
      <div className="shrink-0" style={{ width: RIGHT }} />
    </div>
  );
}
