import { getFormatsKey, getFormatter, getTranslations } from "@/i18n/server";
import { kpiAmount } from "@/lib/kpi-amount";
import type { KpiMovement } from "@/server/queries/report";
import { DataTable, type Column } from "../ui/data-table";
import { EmptyState } from "../ui/empty-state";

const TREND_STYLES = { BETTER: "text-green-800", WORSE: "text-red-800", SAME: "text-slate-700" } as const;

/** Each KPI where it stood at the last meeting and where it stands now, better or worse given its direction. */
export async function KpiMovements({ kpis }: { kpis: readonly KpiMovement[] }) {
  const [t, root, format, formats] = await Promise.all([
    getTranslations("report.kpis"),
    getTranslations(),
    getFormatter(),
    getFormatsKey(),
  ]);
  if (kpis.length === 0) return <EmptyState variant="inline">{t("empty")}</EmptyState>;
  const amount = (code: string, value: number, options?: { signed?: boolean }) =>
    kpiAmount(root, format, code, value, options);
  const point = (p: { date: string; value: number }, unit: string) =>
    t("point", { value: amount(unit, p.value), date: format.dateTime(new Date(p.date), { dateStyle: "medium" }) });
  const columns: Column<KpiMovement>[] = [
    { header: t("kpi"), rowHeader: true, cell: (kpi) => kpi.name },
    { header: t("then"), cell: (kpi) => (kpi.from ? point(kpi.from, kpi.unit) : t("noMeasurement")) },
    { header: t("now"), cell: (kpi) => (kpi.to ? point(kpi.to, kpi.unit) : t("noNewMeasurement")) },
    {
      header: t("change"),
      align: "right",
      className: "whitespace-nowrap",
      cell: (kpi) =>
        kpi.trend && kpi.from && kpi.to ? (
          <span className={`font-semibold ${TREND_STYLES[kpi.trend]}`}>
            {amount(kpi.unit, kpi.to.value - kpi.from.value, { signed: true })} · {t(`trend.${kpi.trend}`)}
          </span>
        ) : (
          <span className="text-slate-600">—</span>
        ),
    },
    {
      header: t("target"),
      cell: (kpi) => t("targetValue", { value: amount(kpi.unit, kpi.target), direction: kpi.direction }),
    },
  ];
  return (
    <>
      <p className="mb-2 text-sm text-slate-600">{t("intro")}</p>
      <DataTable
        caption={t("caption")}
        columns={columns}
        rows={kpis}
        rowKey={(kpi) => kpi.id}
        remember={`kpi-movements|${formats}`}
        rowClassName="break-inside-avoid"
      />
    </>
  );
}
