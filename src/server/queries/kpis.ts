import "server-only";
import { cache } from "react";
import { isUuid } from "@/lib/schemas/dates";
import type { InitiativeStatus, KpiDirection, Role } from "@/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions";
import { cachedRead } from "../cache/read-cache";
import { db } from "../db";
import { liveRanksSql } from "../live-sql";

export interface KpiSummary {
  id: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  baseline: number | null;
  target: number;
  latest: { value: number; measuredOn: string } | null;
}

/** A point of a trend line; `date` is YYYY-MM-DD. */
export interface KpiPoint {
  date: string;
  value: number;
}

export interface KpiCard extends KpiSummary {
  description: string;
  version: number;
  measurementCount: number;
  initiativeCount: number;
  /** The newest TREND_POINTS measurements, oldest first. */
  points: KpiPoint[];
}

/** How many measurements a trend line on the KPI list shows. */
export const TREND_POINTS = 24;

interface SummaryRow {
  id: string;
  name: string;
  description: string;
  unit: string;
  direction: KpiDirection;
  baseline: number | null;
  target: number;
  version: number;
  latestValue: number | null;
  latestOn: string | null;
  measurementCount: bigint;
  initiativeCount: bigint;
}

/** Every KPI with its latest measurement and counts, in one query (or one KPI, with `id`). */
export async function kpiSummaries(id?: string): Promise<Omit<KpiCard, "points">[]> {
  const rows = await db().$queryRaw<SummaryRow[]>`
    SELECT k.id, k.name, k.description, k.unit, k.direction, k.baseline, k.target, k.version,
           l.value AS "latestValue", to_char(l."measuredOn", 'YYYY-MM-DD') AS "latestOn",
           (SELECT count(*) FROM "KpiMeasurement" m WHERE m."kpiId" = k.id) AS "measurementCount",
           (SELECT count(*) FROM "InitiativeKpi" ik WHERE ik."kpiId" = k.id) AS "initiativeCount"
      FROM "Kpi" k
      LEFT JOIN LATERAL (
        SELECT value, "measuredOn" FROM "KpiMeasurement" m WHERE m."kpiId" = k.id ORDER BY "measuredOn" DESC LIMIT 1
      ) l ON true
     WHERE ${id ?? null}::uuid IS NULL OR k.id = ${id ?? null}::uuid
     ORDER BY k.name`;
  return rows.map(({ latestValue, latestOn, measurementCount, initiativeCount, ...kpi }) => ({
    ...kpi,
    latest: latestValue !== null && latestOn !== null ? { value: latestValue, measuredOn: latestOn } : null,
    measurementCount: Number(measurementCount),
    initiativeCount: Number(initiativeCount),
  }));
}

/** The KPIs an initiative can link to, with their latest values (the initiative page's checkboxes). */
export async function listKpis(actor: Actor): Promise<KpiSummary[]> {
  if (!can(actor, "board.view")) return [];
  return cachedRead(["kpis"], readKpis);
}

async function readKpis(): Promise<KpiSummary[]> {
  return (await kpiSummaries()).map(({ id, name, unit, direction, baseline, target, latest }) => ({
    id,
    name,
    unit,
    direction,
    baseline,
    target,
    latest,
  }));
}

/**
 * The KPI list: every KPI with its latest value and its trend line. Two queries whatever the
 * number of KPIs: the summaries, then the trend points of all KPIs at once; from the read cache
 * (the same for every reader), one until something changes.
 */
export async function listKpiCards(actor: Actor): Promise<KpiCard[]> {
  if (!can(actor, "board.view")) return [];
  return cachedRead(["kpi-cards"], readKpiCards);
}

async function readKpiCards(): Promise<KpiCard[]> {
  const [kpis, points] = await Promise.all([
    kpiSummaries(),
    db().$queryRaw<{ kpiId: string; date: string; value: number }[]>`
      SELECT "kpiId", to_char("measuredOn", 'YYYY-MM-DD') AS date, value FROM (
        SELECT "kpiId", "measuredOn", value, row_number() OVER (PARTITION BY "kpiId" ORDER BY "measuredOn" DESC) AS n
          FROM "KpiMeasurement"
      ) newest
      WHERE n <= ${TREND_POINTS}
      ORDER BY "kpiId", "measuredOn"`,
  ]);
  const byKpi = new Map<string, KpiPoint[]>();
  for (const point of points) {
    const list = byKpi.get(point.kpiId) ?? [];
    list.push({ date: point.date, value: point.value });
    byKpi.set(point.kpiId, list);
  }
  return kpis.map((kpi) => ({ ...kpi, points: byKpi.get(kpi.id) ?? [] }));
}

export interface MeasurementRow {
  id: string;
  date: string;
  value: number;
  note: string;
  recordedBy: { name: string; role: Role };
  recordedAt: string;
}

export interface KpiDetail extends KpiCard {
  /** Newest first, at most MEASUREMENTS_SHOWN (measurementCount says how many there are). */
  measurements: MeasurementRow[];
  /** The initiatives that mean to move it, live ones first in rank order. */
  initiatives: { id: string; title: string; status: InitiativeStatus; rank: number | null }[];
}

export const MEASUREMENTS_SHOWN = 500;

/**
 * One KPI's page (figures, measurements with who recorded them, initiatives; three queries, from the
 * read cache one until something changes), or null. Once per request: the page and its metadata share it.
 */
export const getKpi = cache(async (actor: Actor, id: string): Promise<KpiDetail | null> => {
  if (!can(actor, "board.view")) return null;
  if (!isUuid(id)) return null;
  return cachedRead(["kpi", id], () => readKpi(id));
});

async function readKpi(id: string): Promise<KpiDetail | null> {
  const [summaries, measurements, initiatives] = await Promise.all([
    kpiSummaries(id),
    db().kpiMeasurement.findMany({
      where: { kpiId: id },
      orderBy: { measuredOn: "desc" },
      take: MEASUREMENTS_SHOWN,
      select: {
        id: true,
        measuredOn: true,
        value: true,
        note: true,
        createdAt: true,
        recordedBy: { select: { name: true, role: true } },
      },
    }),
    db().$queryRaw<{ id: string; title: string; status: InitiativeStatus; rank: bigint | null }[]>`
      SELECT i.id, i.title, i.status, r.rank
        FROM "InitiativeKpi" ik
        JOIN "Initiative" i ON i.id = ik."initiativeId"
        LEFT JOIN (${liveRanksSql()}) r ON r.id = i.id
       WHERE ik."kpiId" = ${id}::uuid
       ORDER BY r.rank NULLS LAST, i.title`,
  ]);
  const kpi = summaries[0];
  if (!kpi) return null;
  const rows = measurements.map((m) => ({
    id: m.id,
    date: m.measuredOn.toISOString().slice(0, 10),
    value: m.value,
    note: m.note,
    recordedBy: m.recordedBy,
    recordedAt: m.createdAt.toISOString(),
  }));
  return {
    ...kpi,
    points: rows.map((m) => ({ date: m.date, value: m.value })).reverse(),
    measurements: rows,
    initiatives: initiatives.map((i) => ({ ...i, rank: i.rank === null ? null : Number(i.rank) })),
  };
}
