"use client";

import { useFormatter, useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { KpiSeries } from "@/server/queries/dashboard-kpis";
import { ChartOrTable } from "./chart-or-table";


/** One KPI over time against its target (and baseline), with a table alternative. */
export function KpiTrendChart({ kpi, height = 220, title }: { kpi: KpiSeries; height?: number; title?: string }) {
  const t = useTranslations("charts");
  const format = useFormatter();
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { month: "short", year: "2-digit", timeZone: "UTC" });
  const number = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const latest = kpi.points.at(-1);
  const summary = latest
    ? t("kpiSummary", { name: kpi.name, value: number(latest.value), unit: kpi.unit, date: day(latest.date), target: number(kpi.target), count: kpi.points.length })
    : t("noData", { name: kpi.name });
  return (
    <ChartOrTable
      title={title ?? `${kpi.name} (${kpi.unit})`}
      summary={summary}
      table={{ caption: kpi.name, columns: [t("date"), `${t("value")} (${kpi.unit})`], rows: kpi.points.map((p) => [day(p.date), number(p.value)]) }}
    >
      {kpi.points.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-600">{t("noData", { name: kpi.name })}</p>
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          {/* No keyboard layer: the chart is aria-hidden (its table is the accessible view), so it must not take focus. */}
          <LineChart data={kpi.points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="date" tickFormatter={day} tick={{ fontSize: 11, fill: "#475569" }} minTickGap={24} />
            <YAxis tick={{ fontSize: 11, fill: "#475569" }} width={44} domain={["auto", "auto"]} />
            <Tooltip labelFormatter={(label) => day(String(label))} formatter={(value) => [`${number(Number(value))} ${kpi.unit}`, kpi.name]} />
            <ReferenceLine y={kpi.target} ifOverflow="extendDomain" stroke="#15803d" strokeDasharray="6 4" label={{ value: t("target"), position: "insideTopRight", fontSize: 11, fill: "#15803d" }} />
            {kpi.baseline !== null ? <ReferenceLine y={kpi.baseline} ifOverflow="extendDomain" stroke="#94a3b8" strokeDasharray="2 4" /> : null}
            <Line type="monotone" dataKey="value" stroke="#1d5fd1" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      )}
    </ChartOrTable>
  );
}
