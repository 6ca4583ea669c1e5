import { madeOnceInLanguage } from "@/i18n/server";
import type { Health } from "@/generated/prisma/enums";
import { HEALTHS } from "@/lib/initiative-enums";
import type { Formatter, RootTranslator } from "@/i18n/translator";
import { chartElement } from "../charts/chart-markup";
import { chartOrTable } from "../charts/chart-or-table";
import { columnChartMarkup } from "../charts/column-chart";

const COLORS: Record<Health, string> = { ON_TRACK: "#15803d", AT_RISK: "#d97706", OFF_TRACK: "#b91c1c" };

/**
 * How the live initiatives are doing: on track, at risk, off track, as bars (server-drawn SVG) or a
 * table. Made once per counts from the read cache and language (`madeOnce`).
 */
export async function HealthChart({ health }: { health: Readonly<Record<Health, number>> }) {
  return madeOnceInLanguage(health, "health-chart", (t, format) => healthChart(health, t, format));
}

function healthChart(health: Readonly<Record<Health, number>>, t: RootTranslator, format: Formatter) {
  const live = HEALTHS.reduce((sum, h) => sum + health[h], 0);
  const share = (n: number) => (live === 0 ? "—" : format.number(n / live, { style: "percent" }));
  const data = HEALTHS.map((h) => ({ key: h, label: t(`health.${h}`), value: health[h] }));
  return chartOrTable(
    t,
    {
      title: t("dash.health.chartTitle"),
      summary: t("dash.health.summary", {
        live,
        onTrack: health.ON_TRACK,
        atRisk: health.AT_RISK,
        offTrack: health.OFF_TRACK,
      }),
      table: {
        caption: t("dash.health.chartTitle"),
        columns: [t("board.health"), t("dash.health.initiatives"), t("dash.health.share")],
        rows: data.map((d) => [d.label, format.number(d.value, "count"), share(d.value)]),
      },
    },
    chartElement(
      columnChartMarkup(
        data.map((d) => ({
          key: d.key,
          label: d.label,
          value: d.value,
          valueLabel: format.number(d.value, "count"),
          colour: COLORS[d.key],
          title: `${d.label}: ${format.number(d.value, "count")} (${share(d.value)})`,
        })),
        240,
      ),
    ),
  );
}
