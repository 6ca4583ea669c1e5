import { CHART_COLOURS, CHART_FONT_SIZE } from "./chart-style";
import { monthAxis, niceTicks, round } from "./scale";

const TOP = 24; // room for the last point's label above the highest value
const BOTTOM = 28; // the month labels
const AXIS = 48; // the value labels on the left
const RIGHT = 24; // room for the last point's label and the latest month's label
/** Dots only while they stay apart; a long daily series is a line. */
const MAX_DOTS = 60;

/**
 * A line over time against a target line (and a baseline), drawn on the server as SVG. The height is
 * fixed and the width follows the container, so nothing moves when the page loads. The geometry
 * stretches with the width (the line lives in a viewBox that scales; its stroke does not), while the
 * text stays at CHART_FONT_SIZE: month labels are placed in % of the width and thin out on a narrow
 * chart (container queries), so they never overlap. Only the last point carries its value; the target
 * line carries its own. Shared attributes sit on groups, so that the page stays small.
 */
export function LineChart({
  points,
  target,
  baseline,
  height,
  valueTick,
  monthLabel,
  lastLabel,
}: {
  /** Oldest first; `date` is YYYY-MM-DD. */
  points: { date: string; value: number }[];
  target: { value: number; label: string };
  baseline: number | null;
  height: number;
  valueTick: (value: number) => string;
  monthLabel: (monthStart: string) => string;
  lastLabel: (value: number) => string;
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
  // In the line's 0–1000 viewBox.
  const vx = (date: string) => Math.round(axis.x(date) * 10);
  const last = points.at(-1)!;
  const lastX = x(last.date);
  // The target's label goes to the side away from the last point's label.
  const targetOnLeft = lastX >= 50;
  return (
    <div className="flex" style={{ height }} data-chart="line">
      <svg width={AXIS} height={height} className="shrink-0 overflow-visible">
        <g fontSize={CHART_FONT_SIZE} fill={CHART_COLOURS.text} textAnchor="end" dominantBaseline="middle">
          {ticks.map((tick) => (
            <text key={tick} x={AXIS - 6} y={y(tick)}>
              {valueTick(tick)}
            </text>
          ))}
        </g>
      </svg>
      <div className="@container min-w-0 flex-1">
        <svg width="100%" height={height} className="block overflow-visible">
          <g stroke={CHART_COLOURS.grid} strokeDasharray="3 3">
            {ticks.map((tick) => (
              <line key={tick} x2="100%" y1={y(tick)} y2={y(tick)} />
            ))}
          </g>
          <path d={`M0 ${TOP}V${TOP + plot}`} stroke={CHART_COLOURS.axis} />
          <line x2="100%" y1={TOP + plot} y2={TOP + plot} stroke={CHART_COLOURS.axis} />
          {baseline !== null ? (
            <line x2="100%" y1={y(baseline)} y2={y(baseline)} stroke="#94a3b8" strokeDasharray="2 4" />
          ) : null}
          <line
            x2="100%"
            y1={y(target.value)}
            y2={y(target.value)}
            stroke="#15803d"
            strokeWidth={1.5}
            strokeDasharray="6 4"
          />
          {/* The line: x in a 0–1000 viewBox stretched to the width; y in pixels (the viewBox is as tall as the chart). Strokes do not stretch. */}
          <svg
            width="100%"
            height={height}
            viewBox={`0 0 1000 ${height}`}
            preserveAspectRatio="none"
            className="overflow-visible [&_*]:[vector-effect:non-scaling-stroke]"
          >
            <g stroke={CHART_COLOURS.line} fill="none">
              <polyline
                points={points.map((p) => `${vx(p.date)},${y(p.value)}`).join(" ")}
                strokeWidth={2}
                strokeLinejoin="round"
              />
              {points.length <= MAX_DOTS ? (
                // Zero-length strokes with round caps: dots that stay round however the viewBox stretches
                // (one path for all: the values are in the table, the latest on the chart).
                <path
                  d={points.map((p) => `M${vx(p.date)} ${y(p.value)}h0`).join("")}
                  strokeWidth={5}
                  strokeLinecap="round"
                />
              ) : null}
              <path d={`M${vx(last.date)} ${y(last.value)}h0`} strokeWidth={7} strokeLinecap="round" />
            </g>
          </svg>
          <g fontSize={CHART_FONT_SIZE} fill={CHART_COLOURS.text} textAnchor="middle" data-chart="tick-x">
            {axis.months.map((month) => (
              <text
                key={month.start}
                x={`${round(month.middle)}%`}
                y={height - 8}
                className={
                  month.level === 1
                    ? "hidden @min-[220px]:inline"
                    : month.level === 2
                      ? "hidden @min-[400px]:inline"
                      : undefined
                }
              >
                {monthLabel(month.start)}
              </text>
            ))}
          </g>
          <g fontSize={CHART_FONT_SIZE} fontWeight={600}>
            <text
              x={targetOnLeft ? 4 : "100%"}
              dx={targetOnLeft ? undefined : -4}
              y={y(target.value) - 5}
              textAnchor={targetOnLeft ? "start" : "end"}
              fill="#166534"
              data-chart="target"
            >
              {target.label}
            </text>
            <text x={`${lastX}%`} y={y(last.value) - 9} textAnchor="middle" fill="#1e3a8a" data-chart="last">
              {lastLabel(last.value)}
            </text>
          </g>
        </svg>
      </div>
      <div className="shrink-0" style={{ width: RIGHT }} />
    </div>
  );
}
