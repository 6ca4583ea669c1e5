"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { LEVERS } from "@/lib/initiative-enums";
import type { LeverProgress } from "@/server/queries/dashboard";
import { ChartOrTable } from "../charts/chart-or-table";

const STATUSES = ["PROPOSED", "AGREED", "IN_PROGRESS", "DONE"] as const;
const COLORS: Record<(typeof STATUSES)[number], string> = {
  PROPOSED: "#94a3b8",
  AGREED: "#3b82f6",
  IN_PROGRESS: "#4338ca",
  DONE: "#15803d",
};

/** Per lever, how many initiatives are proposed, agreed, in progress and done: stacked bars, or a table. */
export function LeverProgressChart({ levers }: { levers: LeverProgress }) {
  const t = useTranslations();
  const format = useFormatter();
  const statusLabel = (status: (typeof STATUSES)[number]) => t(`status.${status}`);
  const data = LEVERS.map((lever) => ({ lever: t(`levers.${lever}`), ...levers[lever] }));
  const summary = LEVERS.map((lever) =>
    t("dash.levers.summaryLine", {
      lever: t(`levers.${lever}`),
      proposed: levers[lever].PROPOSED,
      agreed: levers[lever].AGREED,
      inProgress: levers[lever].IN_PROGRESS,
      done: levers[lever].DONE,
    }),
  ).join(" ");
  return (
    <ChartOrTable
      title={t("dash.levers.chartTitle")}
      summary={summary}
      table={{
        caption: t("dash.levers.chartTitle"),
        columns: [t("board.lever"), ...STATUSES.map(statusLabel), t("dash.levers.total")],
        rows: LEVERS.map((lever) => {
          const counts = STATUSES.map((status) => levers[lever][status]);
          return [
            t(`levers.${lever}`),
            ...counts.map((n) => format.number(n, "count")),
            format.number(
              counts.reduce((a, b) => a + b, 0),
              "count",
            ),
          ];
        }),
      }}
    >
      <ResponsiveContainer width="100%" height={240}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 0, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#334155" }} />
          <YAxis type="category" dataKey="lever" width={100} tick={{ fontSize: 12, fill: "#334155" }} />
          <Tooltip formatter={(value, name) => [format.number(Number(value), "count"), String(name)]} />
          <Legend itemSorter={null} formatter={(value) => <span className="text-sm text-slate-700">{value}</span>} />
          {STATUSES.map((status) => (
            <Bar
              key={status}
              dataKey={status}
              name={statusLabel(status)}
              stackId="levers"
              fill={COLORS[status]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartOrTable>
  );
}
