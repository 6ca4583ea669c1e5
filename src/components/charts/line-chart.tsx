"use client";

import { useFormatter } from "next-intl";
import { lineChartMarkup, type LineChartData } from "./line-chart-markup";

/**
 * A line over time against a target (line-chart-markup.ts), drawn from its points where it renders:
 * on the server into the page's HTML, and again in the browser only when it is shown anew (after
 * "Show as table"). The page's payload carries the dozen points, not the SVG: a dashboard of 25 KPI
 * charts sent every chart twice, once as markup and once inside the payload.
 */
export function LineChart(data: LineChartData) {
  const format = useFormatter();
  const markup = lineChartMarkup(data, {
    number: (value) => format.number(value, { maximumFractionDigits: 1, useGrouping: "always" }),
    month: (date) =>
      format.dateTime(new Date(`${date}T00:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" }),
  });
  return (
    <div
      className="flex"
      style={{ height: data.height }}
      data-chart="line"
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}
