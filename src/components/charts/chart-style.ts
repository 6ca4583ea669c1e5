// What every chart shares, so they read as one family.

/** Text on a chart: at least 12 px, so that it reads on a projector, on a phone and in print. */
export const CHART_FONT_SIZE = 12;

/** How a chart writes a number (axis ticks, the last value, the target, its table). */
export const CHART_NUMBER_FORMAT = { maximumFractionDigits: 1, useGrouping: "always" } as const;

export const CHART_COLOURS = {
  text: "#334155",
  grid: "#e2e8f0",
  axis: "#cbd5e1",
  line: "#1d5fd1",
} as const;
