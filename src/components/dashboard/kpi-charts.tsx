import { getTranslations } from "@/i18n/server";
import type { DashboardKpi } from "@/server/queries/dashboard";
import { KpiTrendChart } from "../charts/kpi-trend-chart";
import { EmptyState } from "../ui/empty-state";

/** Every shared KPI against its target, one chart each (each with its "Show as table"). */
export async function KpiCharts({ kpis, height = 200 }: { kpis: readonly DashboardKpi[]; height?: number }) {
  const t = await getTranslations("dash");
  if (kpis.length === 0) return <EmptyState>{t("kpis.empty")}</EmptyState>;
  return (
    <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3 print:grid-cols-3">
      {kpis.map((kpi) => (
        // The KPI as the read cache holds it (not a copy): its chart is then made once (KpiTrendChart).
        <li key={kpi.id} className="break-inside-avoid">
          <KpiTrendChart kpi={kpi} height={height} />
        </li>
      ))}
    </ul>
  );
}
