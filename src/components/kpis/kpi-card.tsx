import { getTranslations } from "@/i18n/server";
import Link from "next/link";
import type { KpiCard as KpiCardData } from "@/server/queries/kpis";
import { KpiTrendChart } from "../charts/kpi-trend-chart";
import { KpiFigures } from "./kpi-figures";
import { kpiSeries } from "./kpi-series";
import { Card } from "../ui/card";

/** One KPI on the list: name, direction, figures and a compact trend line. */
export async function KpiCard({ kpi }: { kpi: KpiCardData }) {
  const t = await getTranslations();
  return (
    <Card as="li" className="flex flex-col gap-3">
      <div className="flex items-start justify-between gap-3">
        <h2 className="font-semibold text-slate-900">
          <Link href={`/kpis/${kpi.id}`} className="text-brand-700 underline-offset-2 hover:underline">
            {kpi.name}
          </Link>
        </h2>
        <span className="shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800">
          {t(`kpiDirections.${kpi.direction}`)}
        </span>
      </div>
      <KpiFigures kpi={kpi} />
      <p className="text-xs text-slate-600">
        {t("kpiRegister.counts", { measurements: kpi.measurementCount, initiatives: kpi.initiativeCount })}
      </p>
      <div className="mt-auto">
        <KpiTrendChart
          kpi={kpiSeries(kpi, "points")}
          height={140}
          title={t("kpiRegister.trendOf", { name: kpi.name })}
        />
      </div>
    </Card>
  );
}
