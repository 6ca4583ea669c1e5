import { getFormatter, getTranslations } from "next-intl/server";
import type { KpiMovement } from "@/server/queries/report";

const TREND_STYLES = { BETTER: "text-green-800", WORSE: "text-red-800", SAME: "text-slate-700" } as const;

/** Each KPI where it stood at the last meeting and where it stands now, better or worse given its direction. */
export async function KpiMovements({ kpis }: { kpis: KpiMovement[] }) {
  const [t, format] = await Promise.all([getTranslations("report.kpis"), getFormatter()]);
  if (kpis.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const number = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const point = (p: { date: string; value: number }, unit: string) =>
    t("point", { value: number(p.value), unit, date: format.dateTime(new Date(p.date), { dateStyle: "medium" }) });
  return (
    <>
    <p className="mb-2 text-sm text-slate-600">{t("intro")}</p>
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white print:overflow-visible">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">{t("kpi")}</th>
            <th scope="col" className="px-3 py-2">{t("then")}</th>
            <th scope="col" className="px-3 py-2">{t("now")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("change")}</th>
            <th scope="col" className="px-3 py-2">{t("target")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {kpis.map((kpi) => (
            <tr key={kpi.id} className="break-inside-avoid">
              <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">{kpi.name}</th>
              <td className="px-3 py-2">{kpi.from ? point(kpi.from, kpi.unit) : t("noMeasurement")}</td>
              <td className="px-3 py-2">{kpi.to ? point(kpi.to, kpi.unit) : t("noNewMeasurement")}</td>
              <td className="whitespace-nowrap px-3 py-2 text-right">
                {kpi.trend && kpi.from && kpi.to ? (
                  <span className={`font-semibold ${TREND_STYLES[kpi.trend]}`}>
                    {format.number(kpi.to.value - kpi.from.value, { maximumFractionDigits: 1, signDisplay: "exceptZero" })} {kpi.unit} · {t(`trend.${kpi.trend}`)}
                  </span>
                ) : (
                  <span className="text-slate-600">—</span>
                )}
              </td>
              <td className="px-3 py-2">{t("targetValue", { value: number(kpi.target), unit: kpi.unit, direction: kpi.direction })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    </>
  );
}
