import { useTranslations } from "@/i18n/server";
import type { ReactNode } from "react";
import { ChartToggle, type TableView } from "./chart-toggle";

export type { TableView };

/**
 * A chart with its text alternative: a one-sentence summary read by screen readers, and a
 * "Show as table" toggle that swaps the chart for the same data as a table. No client code of its
 * own: a Server Component (or part of a client one); the toggle runs in the browser, and so does
 * the chart handed in when it is a client component (the KPI line, line-chart.tsx).
 */
export function ChartOrTable({
  title,
  summary,
  table,
  children,
}: {
  title: string;
  summary: string;
  table: TableView;
  children: ReactNode;
}) {
  const t = useTranslations("charts");
  return (
    <ChartToggle title={title} summary={summary} showTable={t("showTable")} showChart={t("showChart")} table={table}>
      {children}
    </ChartToggle>
  );
}
