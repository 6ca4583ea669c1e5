"use client";

import { useLocale } from "next-intl";
import { CHART_NUMBER_FORMAT } from "./chart-style";
import { lineChartMarkup, type LineChartData } from "./line-chart-markup";

type Labels = Parameters<typeof lineChartMarkup>[1];

/** Most month labels remembered per language; then the memo starts again. */
const MAX_MONTHS = 5_000;
const labelsByLocale = new Map<string, Labels>();
/**
 * Most characters of chart markup and keys remembered (a month-by-month chart: about 3.5 kB); then
 * the memo starts again.
 */
const MAX_CHART_CHARS = 4_000_000;
const markupByChart = new Map<string, string>();
let chartChars = 0;

/**
 * The chart's number and month labels in a language, made once per process (in the browser, and on
 * the server for every request): a page of 25 charts formats about 300 labels, and next-intl's
 * formatter builds its Intl formats anew for every request's provider. The same output as
 * `format.number(value, CHART_NUMBER_FORMAT)` and
 * `format.dateTime(date, { month: "short", year: "numeric", timeZone: "UTC" })`.
 */
export function lineChartLabels(locale: string): Labels {
  let labels = labelsByLocale.get(locale);
  if (!labels) {
    const numberFormat = new Intl.NumberFormat(locale, CHART_NUMBER_FORMAT);
    const monthFormat = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
    const months = new Map<string, string>();
    labels = {
      number: (value) => numberFormat.format(value),
      month: (date) => {
        let text = months.get(date);
        if (text === undefined) {
          text = monthFormat.format(Date.parse(`${date}T00:00:00Z`));
          if (months.size >= MAX_MONTHS) months.clear();
          months.set(date, text);
        }
        return text;
      },
    };
    labelsByLocale.set(locale, labels);
  }
  return labels;
}

/**
 * The chart's markup in a language, written once per process for the same data: a KPI's chart is the
 * same on every request until a measurement or its target changes, and writing 25 charts took about
 * 2 ms of every dashboard, report and KPI page (85 µs each; the key, 4 µs).
 */
export function lineChartMarkupIn(locale: string, data: LineChartData): string {
  const { points, target, baseline, height } = data;
  const key = JSON.stringify([locale, height, baseline, target, points]);
  let markup = markupByChart.get(key);
  if (markup === undefined) {
    markup = lineChartMarkup(data, lineChartLabels(locale));
    chartChars += key.length + markup.length;
    if (chartChars > MAX_CHART_CHARS) {
      markupByChart.clear();
      chartChars = key.length + markup.length;
    }
    markupByChart.set(key, markup);
  }
  return markup;
}

/**
 * A line over time against a target (line-chart-markup.ts), drawn from its points where it renders:
 * on the server into the page's HTML, and again in the browser only when it is shown anew (after
 * "Show as table"). The page's payload carries the points (a dozen, one a month, on the dashboard and
 * the report), not the SVG: a dashboard of 25 KPI charts sent every chart twice, once as markup and
 * once inside the payload. The browser's Intl writes the labels when it draws the chart anew; an
 * engine whose Intl data differs from Node's may then write a label differently (a month's
 * abbreviation), which is acceptable for a chart whose exact values are in its table.
 */
export function LineChart(data: LineChartData) {
  const markup = lineChartMarkupIn(useLocale(), data);
  return (
    <div
      className="flex"
      style={{ height: data.height }}
      data-chart="line"
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}
