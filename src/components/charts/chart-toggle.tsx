"use client";

import { useFormatter } from "@/i18n/client";
import { useId, useState, type ReactNode } from "react";
import { Card } from "../ui/card";
import { CHART_NUMBER_FORMAT } from "./chart-style";

/** A chart's data as a table: its rows as written, or a line's points (a day and a value each). */
export type TableView = { caption: string; columns: string[] } & (
  | { rows: (string | number)[][] }
  | {
      /**
       * Written here when the table is shown: the day in the language's medium style, the value as
       * the chart writes numbers. The same array as the line's own points, which the page's payload
       * then carries once.
       */
      points: { date: string; value: number }[];
    }
);

/** The rows of a table view; a line's points are written in the browser's language. */
function useTableRows(table: TableView, shown: boolean): (string | number)[][] {
  const format = useFormatter();
  if ("rows" in table) return table.rows;
  if (!shown) return [];
  return table.points.map(({ date, value }) => [
    format.dateTime(Date.parse(`${date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
    format.number(value, CHART_NUMBER_FORMAT),
  ]);
}

/**
 * The one interactive part of a chart: "Show as table" / "Show as chart". The chart is handed in
 * (drawn on the server, or a client component drawn from its points such as the KPI line); the table
 * comes as data (shorter in the page than its markup), or as the line's points, and is drawn here
 * when asked for: only ever in the browser. A few hundred bytes of script.
 */
export function ChartToggle({
  title,
  summary,
  showTable,
  showChart,
  table,
  children,
}: {
  title: string;
  summary: string;
  showTable: string;
  showChart: string;
  table: TableView;
  children: ReactNode;
}) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const rows = useTableRows(table, asTable);
  return (
    <Card as="figure" aria-labelledby={`${id}-title`}>
      <div className="mb-2 flex items-start justify-between gap-3">
        <figcaption id={`${id}-title`} className="font-semibold text-slate-900">
          {title}
        </figcaption>
        <button
          type="button"
          aria-pressed={asTable}
          onClick={() => setAsTable((value) => !value)}
          className="shrink-0 rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 print:hidden"
        >
          {asTable ? showChart : showTable}
        </button>
      </div>
      <p className="sr-only">{summary}</p>
      {asTable ? (
        // Focusable, so that keyboard users can scroll a long table (WCAG 2.1.1).
        <div className="max-h-80 overflow-auto" tabIndex={0} role="region" aria-label={table.caption}>
          <table className="min-w-full text-sm">
            <caption className="sr-only">{table.caption}</caption>
            <thead className="text-left text-xs uppercase text-slate-600">
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col" className="px-2 py-1">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) =>
                    column === 0 ? (
                      <th key={column} scope="row" className="px-2 py-1 text-left font-normal">
                        {cell}
                      </th>
                    ) : (
                      <td key={column} className="px-2 py-1 tabular-nums">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div aria-hidden="true">{children}</div>
      )}
    </Card>
  );
}
