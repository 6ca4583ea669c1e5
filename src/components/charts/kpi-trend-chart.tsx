"use client";

import { useFormatter, useTranslations } from "next-intl";
import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { dynamicKeys } from "@/i18n/translator";
import { kpiAmount } from "@/lib/kpi-amount";
import { unitLabelKey } from "@/lib/kpi-units";
import type { KpiSeries } from "@/server/queries/dashboard-kpis";
import { ChartOrTable } from "./chart-or-table";

/** Text on a chart: at least 12 px, so that it reads on a projector and in print. */
export const CHART_FONT_SIZE = 12;
const TICK = { fontSize: CHART_FONT_SIZE, fill: "#334155" };

/**
 * One KPI over time against its target (and baseline), with a table alternative. The last point and
 * the target carry their values; month ticks carry the year ("Mar 2026"). `unit` is the KPI's unit
 * code (Kpi.unit), `measurements` how many measurements the points stand for (one point per month on
 * the dashboard and the report).
 */
export function KpiTrendChart({ kpi, height = 220, title }: { kpi: KpiSeries; height?: number; title?: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const month = (date: string) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" });
  const day = (date: string) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const number = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const amount = (value: number) => kpiAmount(t, format, kpi.unit, value);
  const unitKey = unitLabelKey(kpi.unit);
  const unitLabel = unitKey ? dynamicKeys(t)(unitKey) : kpi.unit;
  const latest = kpi.points.at(-1);
  const data = kpi.points.map((point, index) => ({
    ...point,
    last: index === kpi.points.length - 1 ? point.value : null,
  }));
  const summary = latest
    ? t("charts.kpiSummary", {
        name: kpi.name,
        value: amount(latest.value),
        date: day(latest.date),
        target: amount(kpi.target),
        count: kpi.measurements,
      })
    : t("charts.noData", { name: kpi.name });
  return (
    <ChartOrTable
      title={title ?? `${kpi.name} (${unitLabel})`}
      summary={summary}
      table={{
        caption: kpi.name,
        columns: [t("charts.date"), `${t("charts.value")} (${unitLabel})`],
        rows: kpi.points.map((p) => [day(p.date), number(p.value)]),
      }}
    >
      {kpi.points.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-600">{t("charts.noData", { name: kpi.name })}</p>
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          {/* No keyboard layer: the chart is aria-hidden (its table is the accessible view), so it must not take focus. */}
          <LineChart data={data} margin={{ top: 24, right: 28, bottom: 4, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="date" tickFormatter={month} tick={TICK} minTickGap={32} padding={{ left: 8, right: 24 }} />
            <YAxis tick={TICK} width={52} domain={["auto", "auto"]} tickFormatter={(value: number) => number(value)} />
            <Tooltip
              labelFormatter={(label) => day(String(label))}
              formatter={(value) => [amount(Number(value)), kpi.name]}
            />
            {/* The target's label sits at the left end, above its line: clear of the last point's label and of the ticks. */}
            <ReferenceLine
              y={kpi.target}
              ifOverflow="extendDomain"
              stroke="#15803d"
              strokeDasharray="6 4"
              label={{
                value: t("charts.targetValue", { value: number(kpi.target) }),
                position: "insideTopLeft",
                fontSize: CHART_FONT_SIZE,
                fill: "#166534",
              }}
            />
            {kpi.baseline !== null ? (
              <ReferenceLine y={kpi.baseline} ifOverflow="extendDomain" stroke="#94a3b8" strokeDasharray="2 4" />
            ) : null}
            <Line
              type="monotone"
              dataKey="value"
              stroke="#1d5fd1"
              strokeWidth={2}
              dot={{ r: 2 }}
              isAnimationActive={false}
            >
              {/* Only the last point is labelled (a null value draws no label): the latest value is what a meeting asks for. */}
              <LabelList
                dataKey="last"
                position="top"
                offset={8}
                fontSize={CHART_FONT_SIZE}
                fontWeight={600}
                fill="#1e3a8a"
                formatter={(value) => number(Number(value))}
              />
            </Line>
          </LineChart>
        </ResponsiveContainer>
      )}
    </ChartOrTable>
  );
}
