import type { ReactNode } from "react";
import { DataTableView, type ColumnLook, type TableShell } from "./data-table-view";

export interface Column<T> extends ColumnLook {
  cell: (row: T) => ReactNode;
}

interface Props<T> extends TableShell {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
}

/**
 * The app's one table shell: caption, column headings, a focusable and labelled scroll region (so a
 * keyboard can scroll a wide table), and a phone card mode (see `cards:` in globals.css) in which
 * each row is a card listing its essential columns with their headings. Each cell's content is made
 * here (on the server, for a Server Component caller); the rows, cells and their looks are drawn by
 * DataTableView, a client component, so that the page's payload carries each cell's content, not
 * every cell's element and classes again (a tenth of a dashboard's payload at 10,000 initiatives).
 */
export function DataTable<T>({ columns, rows, rowKey, ...shell }: Props<T>) {
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
      cells={rows.map((row) => columns.map((column) => column.cell(row)))}
    />
  );
}
