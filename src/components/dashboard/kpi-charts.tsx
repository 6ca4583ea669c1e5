import { getTranslations } from "next-intl/server";
import type { DashboardKpi } from "@/server/queries/dashboard";
import { KpiTrendChart } from "../charts/kpi-trend-chart";

/** Every shared KPI against its target, one chart each (each with its "Show as table"). */
export async function KpiCharts({ kpis, height = 200 }: { kpis: DashboardKpi[]; height?: number }) {
  const t = await getTranslations("dash");
  if (kpis.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("kpis.empty")}</p>;
  return (
    <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3 print:grid-cols-3">
      {kpis.map(({ id, ...kpi }) => (
        <li key={id} className="break-inside-avoid">
          <KpiTrendChart kpi={kpi} height={height} />
        </li>
      ))}
    </ul>
  );
}
