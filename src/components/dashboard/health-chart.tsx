"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { Health } from "@/generated/prisma/enums";
import { HEALTHS } from "@/lib/initiative-enums";
import { ChartOrTable } from "../charts/chart-or-table";

const COLORS: Record<Health, string> = { ON_TRACK: "#15803d", AT_RISK: "#d97706", OFF_TRACK: "#b91c1c" };

/** How the live initiatives are doing: on track, at risk, off track, as bars or a table. */
export function HealthChart({ health }: { health: Record<Health, number> }) {
  const t = useTranslations();
  const format = useFormatter();
  const live = HEALTHS.reduce((sum, h) => sum + health[h], 0);
  const share = (n: number) => (live === 0 ? "—" : format.number(n / live, { style: "percent" }));
  const data = HEALTHS.map((h) => ({ key: h, label: t(`health.${h}`), value: health[h] }));
  return (
    <ChartOrTable
      title={t("dash.health.chartTitle")}
      summary={t("dash.health.summary", {
        live,
        onTrack: health.ON_TRACK,
        atRisk: health.AT_RISK,
        offTrack: health.OFF_TRACK,
      })}
      table={{
        caption: t("dash.health.chartTitle"),
        columns: [t("board.health"), t("dash.health.initiatives"), t("dash.health.share")],
        rows: data.map((d) => [d.label, format.number(d.value, "count"), share(d.value)]),
      }}
    >
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 20, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#334155" }} />
          <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12, fill: "#334155" }} />
          <Bar dataKey="value" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.key} fill={COLORS[d.key]} />
            ))}
            <LabelList
              dataKey="value"
              position="top"
              fill="#0f172a"
              fontSize={12}
              formatter={(value) => format.number(Number(value), "count")}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartOrTable>
  );
}
