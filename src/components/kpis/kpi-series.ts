import { madeOnce } from "@/lib/made-once";
import type { KpiSeries } from "@/server/queries/dashboard-kpis";
import type { KpiCard } from "@/server/queries/kpis";

/**
 * A KPI's trend as its chart takes it (`KpiTrendChart`), counting `measurements` (what the points
 * are, or every measurement). One object per KPI from the read cache, so that its chart is made once.
 */
export function kpiSeries(kpi: KpiCard, measurements: "points" | "all"): KpiSeries {
  return madeOnce(kpi, `series|${measurements}`, () =>
    Object.freeze({
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      target: kpi.target,
      baseline: kpi.baseline,
      points: kpi.points,
      measurements: measurements === "points" ? kpi.points.length : kpi.measurementCount,
    }),
  );
}
