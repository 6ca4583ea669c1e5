// The units a shared KPI can be measured in, each with the range a value must fall in. The code is
// what the database stores (Kpi.unit); `key` names its label and its range message in the catalogues.
export const KPI_UNITS = [
  { code: "points", key: "points", min: -100, max: 100, whole: false }, // e.g. Net Promoter Score
  { code: "%", key: "percent", min: 0, max: 100, whole: false },
  { code: "days", key: "days", min: 0, max: null, whole: false },
  { code: "EUR k", key: "eurK", min: 0, max: null, whole: false },
  { code: "count", key: "count", min: 0, max: null, whole: true },
] as const;

export type KpiUnit = (typeof KPI_UNITS)[number];
export type KpiUnitCode = KpiUnit["code"];
export const KPI_UNIT_CODES = KPI_UNITS.map((unit) => unit.code) as [KpiUnitCode, ...KpiUnitCode[]];
export const KPI_DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;

export function kpiUnit(code: string): KpiUnit | undefined {
  return KPI_UNITS.find((unit) => unit.code === code);
}

/** The catalogue key of the message for a value that does not fit `code`, or null when it fits. */
export function unitValueIssue(code: string, value: number): string | null {
  const unit = kpiUnit(code);
  if (!Number.isFinite(value)) return "kpiValidation.notANumber";
  if (!unit) return null; // a unit from before this list: any finite number
  const tooHigh = unit.max !== null && value > unit.max;
  if (value < unit.min || tooHigh || (unit.whole && !Number.isInteger(value))) return `kpiValidation.range.${unit.key}`;
  return null;
}

/**
 * A decimal number as people type it: "12.5", "12,5" (Italian), "-3", "+4", " 41 ". No thousands
 * separators, no exponents, nothing else: null when the text is not such a number.
 */
export function parseDecimal(text: string): number | null {
  const compact = text.trim().replace(/\s+/g, "").replace("−", "-");
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return null;
  const value = Number(compact.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/** The latest calendar date anywhere on Earth (UTC+14): a later date has not begun for anyone. */
export function latestTodayIso(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** True when the YYYY-MM-DD date has not yet begun in any time zone. */
export function isFutureDate(isoDate: string, now: Date = new Date()): boolean {
  return isoDate > latestTodayIso(now);
}

/** The catalogue key of a unit's short label (kpiUnits.*), or null for a unit not in the list (shown as stored). */
export function unitLabelKey(code: string): string | null {
  const unit = kpiUnit(code);
  return unit ? `kpiUnits.${unit.key}` : null;
}

/** How far the latest value is from the target, in the KPI's good direction; 0 or less means reached. */
export function gapToTarget(direction: (typeof KPI_DIRECTIONS)[number], latest: number, target: number): number {
  return direction === "HIGHER_IS_BETTER" ? target - latest : latest - target;
}
