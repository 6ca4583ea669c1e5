import { useTranslations } from "@/i18n/server";
import type { ReactNode } from "react";
import { ChartToggle, type TableView } from "./chart-toggle";

export type { TableView };

export interface ChartView {
  title: string;
  /** One sentence for screen readers: what the chart shows. */
  summary: string;
  table: TableView;
}

type Translate = (key: "charts.showTable" | "charts.showChart") => string;

/**
 * `ChartOrTable` as a function of a translator, for a chart made once per read DTO and language
 * (`madeOnce`): `chart` must then be an element of the browser's (HTML, SVG or a client component),
 * since a server component inside a kept element would still run on every request.
 */
export function chartOrTable(t: Translate, view: ChartView, chart: ReactNode) {
  return (
    <ChartToggle {...view} showTable={t("charts.showTable")} showChart={t("charts.showChart")}>
      {chart}
    </ChartToggle>
  );
}

/**
 * A chart with its text alternative: a one-sentence summary read by screen readers, and a
 * "Show as table" toggle that swaps the chart for the same data as a table. No client code of its
 * own: a Server Component (or part of a client one); the toggle runs in the browser, and so does
 * the chart handed in when it is a client component (the KPI line, line-chart.tsx).
 */
export function ChartOrTable({ title, summary, table, children }: ChartView & { children: ReactNode }) {
  return chartOrTable(useTranslations(), { title, summary, table }, children);
}
