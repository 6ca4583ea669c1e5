"use client";

import { useId, useState, type ReactNode } from "react";

/**
 * The one interactive part of a chart: "Show as table" / "Show as chart". The chart and the table
 * are drawn on the server and handed in; this island only swaps them (a few hundred bytes of script).
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
  table: ReactNode;
  children: ReactNode;
}) {
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
          {asTable ? showChart : showTable}
        </button>
      </div>
      <p className="sr-only">{summary}</p>
      {asTable ? table : <div aria-hidden="true">{children}</div>}
    </figure>
  );
}
