import { getFormatter, getTranslations } from "@/i18n/server";
import type { MeasurementRow } from "@/server/queries/kpis";
import { DataTable, type Column } from "../ui/data-table";

/** A KPI's measurements, newest first, with who recorded them and when. */
export async function MeasurementsTable({
  rows,
  unit,
  caption,
}: {
  rows: MeasurementRow[];
  unit: string;
  caption: string;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const columns: Column<MeasurementRow>[] = [
    {
      header: t("kpiRegister.date"),
      rowHeader: true,
      className: "whitespace-nowrap font-normal",
      cell: (row) => (
        <time dateTime={row.date}>{format.dateTime(new Date(`${row.date}T00:00:00Z`), { dateStyle: "medium" })}</time>
      ),
    },
    {
      header: `${t("kpiRegister.value")} (${unit})`,
      align: "right",
      className: "tabular-nums",
      cell: (row) => format.number(row.value, { maximumFractionDigits: 4 }),
    },
    { header: t("kpiRegister.note"), className: "text-slate-700", cell: (row) => row.note },
    {
      header: t("kpiRegister.recordedBy"),
      cell: (row) => t("kpiRegister.byline", { name: row.recordedBy.name, role: t(`roles.${row.recordedBy.role}`) }),
    },
    {
      header: t("kpiRegister.recordedAt"),
      className: "whitespace-nowrap text-slate-600",
      cell: (row) => (
        <time dateTime={row.recordedAt}>
          {format.dateTime(new Date(row.recordedAt), { dateStyle: "medium", timeStyle: "short" })}
        </time>
      ),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.id} tall plain />;
}
