import { useFormatter, useTranslations } from "@/i18n/server";
import type { Health } from "@/generated/prisma/enums";
import { HEALTHS } from "@/lib/initiative-enums";
import { ChartOrTable } from "../charts/chart-or-table";
import { ColumnChart } from "../charts/column-chart";

const COLORS: Record<Health, string> = { ON_TRACK: "#15803d", AT_RISK: "#d97706", OFF_TRACK: "#b91c1c" };

/** How the live initiatives are doing: on track, at risk, off track, as bars (server-drawn SVG) or a table. */
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
      <ColumnChart
        height={240}
        columns={data.map((d) => ({
          key: d.key,
          label: d.label,
          value: d.value,
          valueLabel: format.number(d.value, "count"),
          colour: COLORS[d.key],
          title: `${d.label}: ${format.number(d.value, "count")} (${share(d.value)})`,
        }))}
      />
    </ChartOrTable>
  );
}
