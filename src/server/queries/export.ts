import "server-only";
import type { CsvCell } from "@/lib/csv";
import { can, type Actor } from "@/lib/permissions";
import { isUuid } from "@/lib/schemas/dates";
import { db } from "../db";
import { liveRanksSql } from "../live-sql";

/** A table for a CSV file: column names, then one row of cells per record. */
export interface ExportTable {
  header: string[];
  rows: CsvCell[][];
}

// Column name → field of the query below, in file order. Enum values stay codes (IN_PROGRESS), dates
// YYYY-MM-DD, instants ISO 8601 in UTC: stable for spreadsheets and scripts alike.
const INITIATIVE_COLUMNS = [
  ["Rank", "rank"],
  ["ID", "id"],
  ["Title", "title"],
  ["Status", "status"],
  ["Lever", "lever"],
  ["Health", "health"],
  ["Progress (%)", "progress"],
  ["Target date", "targetDate"],
  ["Marketing owner", "marketingOwner"],
  ["Marketing owner email", "marketingOwnerEmail"],
  ["IT owner", "itOwner"],
  ["IT owner email", "itOwnerEmail"],
  ["Description", "description"],
  ["Customer-experience outcome", "customerExperienceOutcome"],
  ["Business outcome", "businessOutcome"],
  ["Requirements detail", "requirementsDetail"],
  ["Success measure", "successMeasure"],
  ["Linked KPIs", "kpis"],
  ["Risk level", "riskLevel"],
  ["Risk note", "riskNote"],
  ["IT-standards review", "standardsReview"],
  ["Review note", "standardsReviewNote"],
  ["Marketing sign-off by", "marketingApprovedBy"],
  ["Marketing sign-off at", "marketingApprovedAt"],
  ["IT sign-off by", "itApprovedBy"],
  ["IT sign-off at", "itApprovedAt"],
  ["Outcome note", "outcomeNote"],
  ["Drop reason", "dropReason"],
  ["Created by", "createdBy"],
  ["Created by email", "createdByEmail"],
  ["Created at", "createdAt"],
  ["Updated at", "updatedAt"],
  ["Version", "version"],
] as const;

type InitiativeExportRow = Record<(typeof INITIATIVE_COLUMNS)[number][1], string | number | Date | null>;

/**
 * Every initiative with every field, owners by name and email; the rank is the position among live
 * initiatives (1..N, as on the board), empty for done and dropped ones, which come last. One query.
 */
export async function exportInitiatives(actor: Actor): Promise<ExportTable | null> {
  if (!can(actor, "board.view")) return null;
  const rows = await db().$queryRaw<InitiativeExportRow[]>`
    SELECT r.rank::int AS rank, i.id, i.title, i.status::text AS status, i.lever::text AS lever, i.health::text AS health, i.progress,
           to_char(i."targetDate", 'YYYY-MM-DD') AS "targetDate",
           mo.name AS "marketingOwner", mo.email AS "marketingOwnerEmail", io.name AS "itOwner", io.email AS "itOwnerEmail",
           i.description, i."customerExperienceOutcome", i."businessOutcome", i."requirementsDetail", i."successMeasure",
           (SELECT string_agg(k.name, '; ' ORDER BY k.name) FROM "InitiativeKpi" ik JOIN "Kpi" k ON k.id = ik."kpiId" WHERE ik."initiativeId" = i.id) AS kpis,
           i."riskLevel"::text AS "riskLevel", i."riskNote", i."standardsReview"::text AS "standardsReview", i."standardsReviewNote",
           ma.name AS "marketingApprovedBy", i."marketingApprovedAt", ia.name AS "itApprovedBy", i."itApprovedAt",
           i."outcomeNote", i."dropReason", cb.name AS "createdBy", cb.email AS "createdByEmail", i."createdAt", i."updatedAt", i.version
      FROM "Initiative" i
      JOIN "User" mo ON mo.id = i."marketingOwnerId"
      JOIN "User" io ON io.id = i."itOwnerId"
      JOIN "User" cb ON cb.id = i."createdById"
      LEFT JOIN "User" ma ON ma.id = i."marketingApprovedById"
      LEFT JOIN "User" ia ON ia.id = i."itApprovedById"
      LEFT JOIN (${liveRanksSql()}) r ON r.id = i.id
     ORDER BY r.rank NULLS LAST, i.status, i."updatedAt" DESC, i.id`;
  return {
    header: INITIATIVE_COLUMNS.map(([name]) => name),
    rows: rows.map((row) => INITIATIVE_COLUMNS.map(([, field]) => row[field])),
  };
}

/** Every measurement (of one KPI with `kpiId`), by KPI name then date, with who recorded it. One query. */
export async function exportKpiMeasurements(actor: Actor, kpiId?: string): Promise<ExportTable | null> {
  if (!can(actor, "board.view")) return null;
  const one = isUuid(kpiId) ? kpiId : null;
  const rows = await db().$queryRaw<
    {
      kpi: string;
      unit: string;
      direction: string;
      date: string;
      value: number;
      baseline: number | null;
      target: number;
      note: string;
      by: string;
      email: string;
      at: Date;
      id: string;
      kpiId: string;
    }[]
  >`
    SELECT k.name AS kpi, k.unit, k.direction::text AS direction, to_char(m."measuredOn", 'YYYY-MM-DD') AS date, m.value,
           k.baseline, k.target, m.note, u.name AS by, u.email, m."createdAt" AS at, m.id, k.id AS "kpiId"
      FROM "KpiMeasurement" m
      JOIN "Kpi" k ON k.id = m."kpiId"
      JOIN "User" u ON u.id = m."recordedById"
     WHERE ${one}::uuid IS NULL OR k.id = ${one}::uuid
     ORDER BY k.name, m."measuredOn"`;
  return {
    header: [
      "KPI",
      "Unit",
      "Direction",
      "Date",
      "Value",
      "Baseline",
      "Target",
      "Note",
      "Recorded by",
      "Recorded by email",
      "Recorded at",
      "Measurement ID",
      "KPI ID",
    ],
    rows: rows.map((r) => [
      r.kpi,
      r.unit,
      r.direction,
      r.date,
      r.value,
      r.baseline,
      r.target,
      r.note,
      r.by,
      r.email,
      r.at,
      r.id,
      r.kpiId,
    ]),
  };
}
