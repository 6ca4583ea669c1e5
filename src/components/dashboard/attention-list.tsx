import { getFormatsKey, getFormatter, getTranslations } from "@/i18n/server";
import type { PriorityRow } from "@/server/queries/dashboard";
import { HealthBadge } from "../ui/badge";
import { DataTable, type Column } from "../ui/data-table";
import { EmptyState } from "../ui/empty-state";
import { priorityColumns } from "./priority-columns";

/**
 * Live initiatives at risk or off track, overdue, or one-sided, by rank, each with why it is listed:
 * its health, the overdue target date in red, the one-sided reason in words.
 */
export async function AttentionList({ rows, total }: { rows: readonly PriorityRow[]; total: number }) {
  const [t, format, formats] = await Promise.all([getTranslations(), getFormatter(), getFormatsKey()]);
  if (rows.length === 0) return <EmptyState>{t("dash.attention.empty")}</EmptyState>;
  const c = priorityColumns(t, format);
  const why: Column<PriorityRow> = {
    header: t("dash.attention.why"),
    cell: (row) => (
      <span className="flex flex-wrap items-center gap-2">
        <HealthBadge health={row.health} label={t(`health.${row.health}`)} />
        {row.overdue && row.targetDate ? (
          <span className="text-xs font-semibold text-red-800">
            {t("dash.attention.overdueSince", {
              date: format.dateTime(new Date(row.targetDate), { dateStyle: "medium" }),
            })}
          </span>
        ) : null}
      </span>
    ),
  };
  const owners: Column<PriorityRow> = {
    header: t("dash.attention.owners"),
    className: "text-slate-700",
    cell: (row) => t("dash.attention.ownerPair", { marketing: row.marketingOwner, it: row.itOwner }),
  };
  const columns = [c.rank, c.title, c.lever, owners, c.status, c.progress, c.targetDate, why];
  const more = total > rows.length ? t("dash.attention.more", { count: total - rows.length }) : null;
  return (
    <DataTable
      caption={t("dash.attention.title")}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      remember={`attention|${formats}`}
      cards="lg"
      footer={more}
    />
  );
}
