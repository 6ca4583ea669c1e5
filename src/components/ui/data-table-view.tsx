"use client";

import type { ReactNode } from "react";

/** A column's heading and looks (data-table.tsx's Column without its cell function). */
export interface ColumnLook {
  /** The column's heading; in a phone card, the label before the value. */
  header: string;
  /** The cell that names the row (a `th scope="row"`); in a phone card it comes first, as the card's title. */
  rowHeader?: boolean;
  align?: "right";
  /**
   * In a phone card: `label` (default) shows "Heading value", `bare` the value alone, `hide` leaves
   * the column out (only for what is not essential: nothing essential may need a wider screen).
   */
  card?: "label" | "bare" | "hide";
  /** Extra classes of the column's cells (widths, wrapping). */
  className?: string;
}

export interface TableShell {
  /** Read by screen readers as the table's name; also names its scroll region. */
  caption: string;
  /**
   * Below which width the rows become cards: `md` (768 px, default), `lg` (1024 px, for tables with
   * many columns that a tablet cannot show side by side), or `never` (a small table inside a card).
   */
  cards?: "md" | "lg" | "never";
  /** A long list: on a wide screen the table scrolls in its own box under a sticky header. */
  tall?: boolean;
  /** Inside a card: no frame of its own, tighter cells. */
  plain?: boolean;
  /** Classes of each row (e.g. `break-inside-avoid` for print). */
  rowClassName?: string;
  /** A line under the table (e.g. "12 more"). */
  footer?: ReactNode;
}

/** The classes of a column's cells: worked out once per column, not sent with every cell. */
function cellLook(column: ColumnLook, plain: boolean): { className: string; labelled: boolean } {
  // On a phone card the heading shows before the value (CSS, from data-label).
  const labelled = column.card === "label" || (!column.card && !column.rowHeader);
  const className = [
    plain ? "dt-cell-plain" : "dt-cell",
    labelled ? "dt-labelled" : "",
    column.rowHeader ? "dt-rowhead" : "",
    column.align === "right" ? "dt-right" : "",
    column.card === "hide" ? "cards:hidden" : "",
    column.className ?? "",
  ]
    .filter(Boolean)
    .join(" ");
  return { className, labelled };
}

/** DataTable's rows and cells, drawn from each cell's content (see data-table.tsx). */
export function DataTableView({
  caption,
  columns,
  rowKeys,
  cells,
  cards = "md",
  tall = false,
  plain = false,
  rowClassName = "",
  footer,
}: TableShell & { columns: ColumnLook[]; rowKeys: string[]; cells: ReactNode[][] }) {
  // Row, cell and label looks are component classes (globals.css): written once, not in every row.
  const pad = plain ? "px-2 py-1" : "px-3 py-2";
  const frame = plain ? "" : "rounded-lg border border-slate-200 bg-white shadow-sm print:shadow-none";
  const looks = columns.map((column) => cellLook(column, plain));
  return (
    <div data-cards={cards}>
      <div
        role="group"
        aria-label={caption}
        tabIndex={0}
        className={`overflow-x-auto print:overflow-visible ${frame} ${tall ? "md:max-h-[70vh] md:overflow-y-auto" : ""} cards:overflow-visible cards:border-0 cards:bg-transparent cards:shadow-none`}
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm cards:block cards:divide-y-0">
          <caption className="sr-only">{caption}</caption>
          <thead
            className={`bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 cards:hidden ${tall ? "sticky top-0 z-10 shadow-[0_1px_0_var(--color-slate-200)]" : ""}`}
          >
            <tr>
              {columns.map((column) => (
                <th
                  key={column.header}
                  scope="col"
                  className={`${pad} ${column.align === "right" ? "text-right" : ""}`}
                >
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 cards:block cards:space-y-3 cards:divide-y-0">
            {cells.map((row, index) => (
              <tr key={rowKeys[index]} className={`dt-row ${rowClassName}`.trim()}>
                {columns.map((column, at) => {
                  const Cell = column.rowHeader ? "th" : "td";
                  const value = row[at];
                  return (
                    <Cell
                      key={column.header}
                      scope={column.rowHeader ? "row" : undefined}
                      data-label={looks[at]!.labelled ? column.header : undefined}
                      className={looks[at]!.className}
                    >
                      {/* Text is the card's value as it is; anything else is kept together in one box. */}
                      {typeof value === "string" || typeof value === "number" ? (
                        value
                      ) : (
                        <span className="min-w-0">{value}</span>
                      )}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {footer ? <div className="px-3 py-2 text-sm text-slate-600">{footer}</div> : null}
    </div>
  );
}
