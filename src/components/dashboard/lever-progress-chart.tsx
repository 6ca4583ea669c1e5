import { madeOnceInLanguage } from "@/i18n/server";
import { LEVERS } from "@/lib/initiative-enums";
import type { Formatter, RootTranslator } from "@/i18n/translator";
import type { LeverProgress } from "@/server/queries/dashboard";
import { chartElement } from "../charts/chart-markup";
import { chartOrTable } from "../charts/chart-or-table";
import { chartLegend, stackedBarsMarkup } from "../charts/stacked-bars";

const STATUSES = ["PROPOSED", "AGREED", "IN_PROGRESS", "DONE"] as const;
// Each colour carries its count in `INK` with a contrast of at least 4.5 : 1.
const COLOURS: Record<(typeof STATUSES)[number], string> = {
  PROPOSED: "#94a3b8",
  AGREED: "#2563eb",
  IN_PROGRESS: "#4338ca",
  DONE: "#15803d",
};
const INK: Record<(typeof STATUSES)[number], string> = {
  PROPOSED: "#0f172a",
  AGREED: "#ffffff",
  IN_PROGRESS: "#ffffff",
  DONE: "#ffffff",
};

/**
 * Per lever, how many initiatives are proposed, agreed, in progress and done: stacked bars
 * (server-drawn SVG), or a table. Made once per counts from the read cache and language (`madeOnce`).
 */
export async function LeverProgressChart({ levers }: { levers: LeverProgress }) {
  return madeOnceInLanguage(levers, "lever-chart", (t, format) => leverProgressChart(levers, t, format));
}

function leverProgressChart(levers: LeverProgress, t: RootTranslator, format: Formatter) {
  const count = (n: number) => format.number(n, "count");
  const statusLabel = (status: (typeof STATUSES)[number]) => t(`status.${status}`);
  const total = (lever: (typeof LEVERS)[number]) => STATUSES.reduce((sum, status) => sum + levers[lever][status], 0);
  const summary = LEVERS.map((lever) =>
    t("dash.levers.summaryLine", {
      lever: t(`levers.${lever}`),
      proposed: levers[lever].PROPOSED,
      agreed: levers[lever].AGREED,
      inProgress: levers[lever].IN_PROGRESS,
      done: levers[lever].DONE,
    }),
  ).join(" ");
  const rows = LEVERS.map((lever) => ({
    key: lever,
    label: t(`levers.${lever}`),
    totalLabel: `${t("dash.levers.total")}: ${count(total(lever))}`,
    segments: STATUSES.map((status) => ({
      key: status,
      value: levers[lever][status],
      colour: COLOURS[status],
      ink: INK[status],
      title: `${t(`levers.${lever}`)}, ${statusLabel(status)}: ${count(levers[lever][status])}`,
    })),
  }));
  return chartOrTable(
    t,
    {
      title: t("dash.levers.chartTitle"),
      summary,
      table: {
        caption: t("dash.levers.chartTitle"),
        columns: [t("board.lever"), ...STATUSES.map(statusLabel), t("dash.levers.total")],
        rows: LEVERS.map((lever) => [
          t(`levers.${lever}`),
          ...STATUSES.map((status) => count(levers[lever][status])),
          count(total(lever)),
        ]),
      },
    },
    <>
      {chartElement(stackedBarsMarkup(rows, count))}
      {chartLegend(STATUSES.map((status) => ({ key: status, label: statusLabel(status), colour: COLOURS[status] })))}
    </>,
  );
}
