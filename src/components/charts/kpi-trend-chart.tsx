import { madeOnceInLanguage } from "@/i18n/server";
import { dynamicKeys, type Formatter, type RootTranslator } from "@/i18n/translator";
import { kpiAmount } from "@/lib/kpi-amount";
import { unitLabelKey } from "@/lib/kpi-units";
import type { KpiSeries } from "@/server/queries/dashboard-kpis";
import { chartOrTable } from "./chart-or-table";
import { CHART_NUMBER_FORMAT } from "./chart-style";
import { LineChart } from "./line-chart";

/**
 * One KPI over time against its target (and baseline), with a table alternative: a Server Component
 * around a line drawn from the points (line-chart.tsx; no chart library in the browser). The last
 * point and the target carry their values; month labels carry the year ("Mar 2026"); the table view
 * has every value.
 * `unit` is the KPI's unit code (Kpi.unit), `measurements` how many measurements the points stand
 * for (one point per month on the dashboard and the report).
 * A KPI from the read cache (frozen) has its chart made once per height, title and language
 * (`madeOnce`); the chart in it is a client component, so nothing of it runs again on the server.
 */
export async function KpiTrendChart({ kpi, height = 220, title }: { kpi: KpiSeries; height?: number; title?: string }) {
  return madeOnceInLanguage(kpi, `kpi-chart|${JSON.stringify([height, title ?? null])}`, (t, format) =>
    kpiTrendChart(kpi, height, title, t, format),
  );
}

function kpiTrendChart(
  kpi: KpiSeries,
  height: number,
  title: string | undefined,
  t: RootTranslator,
  format: Formatter,
) {
  const day = (date: string) =>
    format.dateTime(Date.parse(`${date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const number = (value: number) => format.number(value, CHART_NUMBER_FORMAT);
  const amount = (value: number) => kpiAmount(t, format, kpi.unit, value);
  const unitKey = unitLabelKey(kpi.unit);
  const unitLabel = unitKey ? dynamicKeys(t)(unitKey) : kpi.unit;
  const latest = kpi.points.at(-1);
  const summary = latest
    ? t("charts.kpiSummary", {
        name: kpi.name,
        value: amount(latest.value),
        date: day(latest.date),
        target: amount(kpi.target),
        count: kpi.measurements,
      })
    : t("charts.noData", { name: kpi.name });
  return chartOrTable(
    t,
    {
      title: title ?? `${kpi.name} (${unitLabel})`,
      summary,
      table: {
        caption: kpi.name,
        columns: [t("charts.date"), `${t("charts.value")} (${unitLabel})`],
        points: kpi.points, // written in the browser when shown; the payload carries the points once
      },
    },
    kpi.points.length === 0 ? (
      <p className="py-8 text-center text-sm text-slate-600" style={{ height }}>
        {t("charts.noData", { name: kpi.name })}
      </p>
    ) : (
      <LineChart
        points={kpi.points}
        target={{ value: kpi.target, label: t("charts.targetValue", { value: number(kpi.target) }) }}
        baseline={kpi.baseline}
        height={height}
      />
    ),
  );
}
