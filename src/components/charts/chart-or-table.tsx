import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ChartToggle } from "./chart-toggle";

export interface TableView {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

/**
 * A chart with its text alternative: a one-sentence summary read by screen readers, and a
 * "Show as table" toggle that swaps the chart for the same data as a table. No client code of its
 * own: a Server Component (or part of a client one, for the triage matrix); only the toggle runs in
 * the browser.
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
    <ChartToggle
      title={title}
      summary={summary}
      showTable={t("showTable")}
      showChart={t("showChart")}
      table={
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
              {table.rows.map((row, index) => (
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
      }
    >
      {children}
    </ChartToggle>
  );
}
