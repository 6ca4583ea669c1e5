import type { ReactNode } from "react";
import { madeOnce } from "@/lib/made-once";
import { DataTableView, type ColumnLook, type TableShell } from "./data-table-view";

export interface Column<T> extends ColumnLook {
  cell: (row: T) => ReactNode;
}

interface Props<T> extends TableShell {
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /**
   * For rows from the read cache (frozen, the same array until the data changes): the cells are made
   * once per `remember` while the rows live, and the next requests reuse them. It must name whatever
   * else the cells depend on: the table and its columns, the language, the time zone.
   */
  remember?: string;
}

/** Each row's cells, made once per frozen `rows` and `variant` when `variant` is given (see `remember`). */
function cellsOf<T>(rows: readonly T[], columns: Column<T>[], variant: string | undefined): ReactNode[][] {
  const make = () => rows.map((row) => columns.map((column) => column.cell(row)));
  return variant === undefined ? make() : madeOnce(rows, `cells|${variant}`, make);
}

/**
 * The app's one table shell: caption, column headings, a focusable and labelled scroll region (so a
 * keyboard can scroll a wide table), and a phone card mode (see `cards:` in globals.css) in which
 * each row is a card listing its essential columns with their headings. Each cell's content is made
 * here (on the server, for a Server Component caller); the rows, cells and their looks are drawn by
 * DataTableView, a client component, so that the page's payload carries each cell's content, not
 * every cell's element and classes again (a tenth of a dashboard's payload at 10,000 initiatives).
 */
export function DataTable<T>({ columns, rows, rowKey, remember, ...shell }: Props<T>) {
  return (
    <DataTableView
      {...shell}
      columns={columns.map(({ header, rowHeader, align, card, className }) => ({
        header,
        rowHeader,
        align,
        card,
        className,
      }))}
      rowKeys={rows.map(rowKey)}
      cells={cellsOf(rows, columns, remember)}
    />
  );
}
