// The arithmetic of the charts: round axis ticks, and month bands for a time axis. Pure functions,
// so that a chart draws the same picture every time, on the server and in the browser (and tests can
// check them without a browser).

/** Round ticks (1, 2, 2.5 or 5 × a power of ten) covering every value, about `count` of them. */
export function niceTicks(values: number[], count = 4): number[] {
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    // One value: a band around it (or 0–1 around zero), so the line sits in the middle.
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const first = Math.floor(min / step + 1e-9) * step;
  const last = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  // Rounded to the step's decimals: 0.1 + 0.2 is drawn as 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let value = first; value <= last + step / 2; value += step) ticks.push(Number(value.toFixed(decimals)));
  return ticks;
}

/** Milliseconds of a YYYY-MM-DD date at midnight UTC. */
export const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

export interface MonthBand {
  /** The month's first day, YYYY-MM-DD (for its label). */
  start: string;
  /** Where the month's middle falls on the axis, 0–100 (%). */
  middle: number;
  /**
   * 0 when the month's label is always shown, 1 from a plot about 260 px wide, 2 from about 440 px: the
   * labels thin out on a narrow chart (a phone) so that they never touch. The latest month is always shown.
   */
  level: 0 | 1 | 2;
}

/**
 * A time axis made of whole months: from the first day of the first point's month to the end of the
 * last point's month. `x` places a date on it (0–100 %); `months` are the bands with their labels'
 * places and levels.
 */
export function monthAxis(dates: string[]): { x: (date: string) => number; months: MonthBand[] } {
  const first = dates[0] ?? "1970-01-01";
  const last = dates.at(-1) ?? first;
  const startYear = Number(first.slice(0, 4));
  const startMonth = Number(first.slice(5, 7)) - 1;
  const count = (Number(last.slice(0, 4)) - startYear) * 12 + Number(last.slice(5, 7)) - 1 - startMonth + 1;
  const monthStart = (index: number) => Date.UTC(startYear, startMonth + index, 1);
  const from = monthStart(0);
  const span = monthStart(count) - from;
  const x = (date: string) => ((dayMs(date) - from) / span) * 100;
  // Steps of labels that nest (every 4k-th month ⊂ every 2k-th ⊂ every k-th), counted back from the latest.
  const fine = Math.max(1, Math.ceil(count / 6));
  const months: MonthBand[] = [];
  for (let index = 0; index < count; index += 1) {
    const back = count - 1 - index;
    const level = back % (4 * fine) === 0 ? 0 : back % (2 * fine) === 0 ? 1 : back % fine === 0 ? 2 : null;
    if (level === null) continue;
    const start = monthStart(index);
    months.push({
      start: new Date(start).toISOString().slice(0, 10),
      middle: ((start + (monthStart(index + 1) - start) / 2 - from) / span) * 100,
      level,
    });
  }
  return { x, months };
}

/** Rounded to 1 decimal (a tenth of a pixel or of a percent), so that the markup stays short. */
export const round = (value: number) => Math.round(value * 10) / 10;
