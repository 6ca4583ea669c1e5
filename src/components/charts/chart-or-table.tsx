"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";

export interface TableView {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

/**
 * A chart with its text alternative: a one-sentence summary read by screen readers, and a
 * "Show as table" toggle that swaps the chart for the same data as a table.
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
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
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
          {asTable ? t("showChart") : t("showTable")}
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
      ) : (
        <div aria-hidden="true">{children}</div>
      )}
    </figure>
  );
}
