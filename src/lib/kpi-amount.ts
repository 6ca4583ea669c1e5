import { kpiUnit } from "./kpi-units";

// A KPI value with its unit, as a sentence says it: "12 days", "1 day", "€1,200k", "+5 points", "45%" /
// "12 giorni", "1.200 mila €". One message (kpiUnits.amount) per language, with the unit's plural and
// the sign in front of the whole amount ("+€335k", not "€+335k"); a unit from before the list of
// units is shown as stored after the number.

type Translate = (
  key: "kpiUnits.amount",
  values: { unit: string; n: number; value: string; sign: string; code: string },
) => string;
type NumberFormat = { number(value: number, options?: Intl.NumberFormatOptions): string };

export function kpiAmount(
  t: Translate,
  format: NumberFormat,
  code: string,
  value: number,
  { signed = false, maximumFractionDigits = 1 }: { signed?: boolean; maximumFractionDigits?: number } = {},
): string {
  const text = format.number(Math.abs(value), { maximumFractionDigits, useGrouping: "always" });
  const sign = value < 0 && text !== "0" ? "-" : signed && value > 0 && text !== "0" ? "+" : "";
  return t("kpiUnits.amount", { unit: kpiUnit(code)?.key ?? "other", n: Math.abs(value), value: text, sign, code });
}
