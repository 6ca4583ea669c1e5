import { getFormatter, getTranslations } from "@/i18n/server";
import type { PriorityRow } from "@/server/queries/dashboard";
import { DataTable } from "../ui/data-table";
import { priorityColumns } from "./priority-columns";

/**
 * Ranked initiatives with owners, status, health, progress and target date; titles link to the
 * initiative. Below 1024 px each initiative is a card with all of it (a tablet cannot fit nine columns).
 */
export async function PriorityTable({ rows, caption }: { rows: PriorityRow[]; caption: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const c = priorityColumns(t, format);
  const columns = [c.rank, c.title, c.lever, c.marketingOwner, c.itOwner, c.status, c.health, c.progress, c.targetDate];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      cards="lg"
      rowClassName="break-inside-avoid print:text-xs"
    />
  );
}
