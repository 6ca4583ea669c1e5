import { getFormatsKey, getFormatter, getTranslations } from "@/i18n/server";
import type { PriorityRow } from "@/server/queries/dashboard";
import { DataTable } from "../ui/data-table";
import { priorityColumns } from "./priority-columns";

/**
 * Ranked initiatives with owners, status, health, progress and target date; titles link to the
 * initiative. Below 1024 px each initiative is a card with all of it (a tablet cannot fit nine columns).
 * Rows from the read cache have their cells made once per language (`remember`).
 */
export async function PriorityTable({ rows, caption }: { rows: readonly PriorityRow[]; caption: string }) {
  const [t, format, formats] = await Promise.all([getTranslations(), getFormatter(), getFormatsKey()]);
  const c = priorityColumns(t, format);
  const columns = [c.rank, c.title, c.lever, c.marketingOwner, c.itOwner, c.status, c.health, c.progress, c.targetDate];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      remember={`priorities|${formats}`}
      cards="lg"
      rowClassName="break-inside-avoid print:text-xs"
    />
  );
}
