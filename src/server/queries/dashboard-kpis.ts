import "server-only";
import type { KpiDirection } from "@/generated/prisma/enums";
import { db } from "../db";

// The shared KPIs over time, for the dashboard's and the report's charts, and their movement since
// a date, for the report. Not authorised here: loadDashboard and loadReport check the actor.

/** One KPI over time, as its charts draw it (KpiTrendChart). */
export interface KpiSeries {
  name: string;
  unit: string;
  direction: KpiDirection;
  target: number;
  baseline: number | null;
  /** Measurements, oldest first; `date` is YYYY-MM-DD. */
  points: { date: string; value: number }[];
  /** How many measurements the points stand for (more than the points when they are one per month). */
  measurements: number;
}

export interface DashboardKpi extends KpiSeries {
  id: string;
}

/**
 * Every KPI with its measurements since `from` (all when null), for all KPIs in ONE query. A chart
 * gets one point per calendar month, the month's latest measurement, so it stays readable (and
 * the page light) whether a KPI is measured monthly or daily. Each month's point is one probe of
 * the (kpiId, measuredOn) index, so the cost follows KPIs × months, not the number of measurements.
 */
export async function loadKpiSeries(from: string | null): Promise<DashboardKpi[]> {
  return db().$queryRaw<DashboardKpi[]>`
    WITH months AS (
      SELECT k.id AS kpi, month::date AS month
        FROM "Kpi" k
        CROSS JOIN LATERAL (SELECT min("measuredOn") AS first, max("measuredOn") AS last FROM "KpiMeasurement"
                             WHERE "kpiId" = k.id AND "measuredOn" >= coalesce(${from}::date, '-infinity'::date)) span
        CROSS JOIN LATERAL generate_series(date_trunc('month', span.first::timestamp), span.last::timestamp, interval '1 month') AS month
    ), points AS (
      SELECT months.kpi, p."measuredOn", p.value
        FROM months
        CROSS JOIN LATERAL (SELECT "measuredOn", value FROM "KpiMeasurement"
                             WHERE "kpiId" = months.kpi AND "measuredOn" >= months.month
                               AND "measuredOn" < (months.month + interval '1 month')::date
                               AND "measuredOn" >= coalesce(${from}::date, '-infinity'::date)
                             ORDER BY "measuredOn" DESC LIMIT 1) p
    )
    SELECT k.id, k.name, k.unit, k.direction, k.target, k.baseline,
           (SELECT count(*)::int FROM "KpiMeasurement" m
             WHERE m."kpiId" = k.id AND m."measuredOn" >= coalesce(${from}::date, '-infinity'::date)) AS measurements,
           coalesce(json_agg(json_build_object('date', to_char(p."measuredOn", 'YYYY-MM-DD'), 'value', p.value)
                             ORDER BY p."measuredOn") FILTER (WHERE p.kpi IS NOT NULL), '[]'::json) AS points
      FROM "Kpi" k
      LEFT JOIN points p ON p.kpi = k.id
     GROUP BY k.id
     ORDER BY k.name`;
}

export type KpiTrend = "BETTER" | "WORSE" | "SAME";

export interface KpiMovement {
  id: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  target: number;
  /** The value in force when the period began (the latest before it), else the period's first. */
  from: { date: string; value: number } | null;
  /** The latest measurement in the period, when it is later than `from`. */
  to: { date: string; value: number } | null;
  /** Null when there is nothing to compare: no measurement in the period, or only the one. */
  trend: KpiTrend | null;
}

/** Per KPI, where it stood when the period began and where it stands now, direction-aware. */
export async function loadKpiMovements(since: string): Promise<KpiMovement[]> {
  const rows = await db().$queryRaw<
    {
      id: string;
      name: string;
      unit: string;
      direction: KpiDirection;
      target: number;
      fromDate: string | null;
      fromValue: number | null;
      toDate: string | null;
      toValue: number | null;
      trend: KpiTrend | null;
    }[]
  >`
    SELECT k.id, k.name, k.unit, k.direction, k.target,
           to_char(s."measuredOn", 'YYYY-MM-DD') AS "fromDate", s.value AS "fromValue",
           to_char(l."measuredOn", 'YYYY-MM-DD') AS "toDate", l.value AS "toValue",
           CASE WHEN s."measuredOn" IS NULL OR l."measuredOn" IS NULL OR l."measuredOn" <= s."measuredOn" THEN NULL
                WHEN l.value = s.value THEN 'SAME'
                WHEN (l.value > s.value) = (k.direction = 'HIGHER_IS_BETTER') THEN 'BETTER'
                ELSE 'WORSE' END AS trend
      FROM "Kpi" k
      LEFT JOIN LATERAL (
        SELECT c."measuredOn", c.value FROM (
          (SELECT "measuredOn", value, 0 AS pick FROM "KpiMeasurement"
            WHERE "kpiId" = k.id AND "measuredOn" < ${since}::date ORDER BY "measuredOn" DESC LIMIT 1)
          UNION ALL
          (SELECT "measuredOn", value, 1 FROM "KpiMeasurement"
            WHERE "kpiId" = k.id AND "measuredOn" >= ${since}::date ORDER BY "measuredOn" ASC LIMIT 1)
        ) c ORDER BY c.pick LIMIT 1
      ) s ON true
      LEFT JOIN LATERAL (
        SELECT "measuredOn", value FROM "KpiMeasurement"
         WHERE "kpiId" = k.id AND "measuredOn" >= ${since}::date ORDER BY "measuredOn" DESC LIMIT 1
      ) l ON true
     ORDER BY k.name`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    target: row.target,
    from: row.fromDate !== null && row.fromValue !== null ? { date: row.fromDate, value: row.fromValue } : null,
    to:
      row.trend !== null && row.toDate !== null && row.toValue !== null
        ? { date: row.toDate, value: row.toValue }
        : null,
    trend: row.trend,
  }));
}
