import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RiskLevel, StandardsReview } from "@/generated/prisma/enums";
import { CLEARING_VERDICTS } from "@/lib/initiative-enums";
import { can, type Actor } from "@/lib/permissions";
import { missingReadiness, type ReadinessItem } from "@/lib/readiness";
import { db } from "../db";

export interface AwaitingSignOff {
  id: string;
  title: string;
  /** The other side has signed already. */
  otherSigned: boolean;
  missing: ReadinessItem[];
  /** When a material change last withdrew its sign-offs, and which fields did it. */
  withdrawn: { at: string; fields: string[] } | null;
}

const LIMIT = 50;

/**
 * The readiness checklist (readiness() in src/lib/readiness.ts, the rule's one home) as a SQL filter,
 * so that the list reads its first LIMIT rows and not every proposed initiative. It lets through at
 * least what readiness() accepts (PostgreSQL's \S treats fewer characters as blank than JavaScript's
 * trim()), and every row it returns is checked by missingReadiness() again below.
 * tests/integration/awaiting-sign-off.test.ts holds the two to the same answers.
 */
const READY_SQL = Prisma.sql`(i."requirementsDetail" ~ '\\S'
   AND (EXISTS (SELECT 1 FROM "InitiativeKpi" k WHERE k."initiativeId" = i.id) OR i."successMeasure" ~ '\\S')
   AND i."riskLevel" IS NOT NULL AND i."riskNote" ~ '\\S'
   AND i."standardsReview" IN (${Prisma.raw(CLEARING_VERDICTS.map((verdict) => `'${verdict}'`).join(", "))}))`;
const WITHDRAWN = Prisma.raw(`'initiative.signoffs_withdrawn'`);

/** The side whose sign-off this actor gives (the CMO's and marketing's, or the CIO's and IT's), or none. */
export function signOffSide(actor: Actor): "marketing" | "it" | null {
  return can(actor, "initiative.signOffMarketing") ? "marketing" : can(actor, "initiative.signOffIt") ? "it" : null;
}

/**
 * The proposed initiatives waiting for the viewer's sign-off (the CMO's for marketing, the CIO's for
 * IT), in rank order: the ready ones, and those whose sign-offs a material change withdrew (so both
 * signers see them again). One SQL statement that stops at the LIMIT-th row in rank order, however
 * many initiatives are proposed; texts are read only as far as readiness needs them.
 */
export async function listAwaitingSignOff(actor: Actor): Promise<AwaitingSignOff[]> {
  const side = signOffSide(actor);
  if (!side) return [];
  const mine = Prisma.raw(side === "marketing" ? `"marketingApprovedAt"` : `"itApprovedAt"`);
  const other = Prisma.raw(side === "marketing" ? `"itApprovedAt"` : `"marketingApprovedAt"`);
  const rows = await db().$queryRaw<
    {
      id: string;
      title: string;
      otherSigned: boolean;
      requirementsDetail: string;
      successMeasure: string;
      riskNote: string;
      riskLevel: RiskLevel | null;
      standardsReview: StandardsReview | null;
      kpiCount: number;
      withdrawnAt: Date | null;
      withdrawnFields: string[] | null;
    }[]
  >`
    SELECT i.id, i.title, (i.${other} IS NOT NULL) AS "otherSigned",
           left(btrim(i."requirementsDetail"), 1) AS "requirementsDetail", left(btrim(i."successMeasure"), 1) AS "successMeasure",
           left(btrim(i."riskNote"), 1) AS "riskNote", i."riskLevel", i."standardsReview",
           (SELECT count(*)::int FROM "InitiativeKpi" k WHERE k."initiativeId" = i.id) AS "kpiCount",
           w."occurredAt" AS "withdrawnAt", w.fields AS "withdrawnFields"
      FROM "Initiative" i
      LEFT JOIN LATERAL (
        SELECT e."occurredAt", ARRAY(SELECT jsonb_array_elements_text(e.changes->'fields')) AS fields
          FROM "ActivityEvent" e
         WHERE e."initiativeId" = i.id AND e.action = ${WITHDRAWN}
         ORDER BY e."occurredAt" DESC LIMIT 1
      ) w ON true
     WHERE i.status = 'PROPOSED' AND i.${mine} IS NULL
       AND (${READY_SQL}
            OR EXISTS (SELECT 1 FROM "ActivityEvent" e WHERE e."initiativeId" = i.id AND e.action = ${WITHDRAWN}))
     ORDER BY i."rankKey"
     LIMIT ${LIMIT}`;
  return rows
    .map((row) => ({
      id: row.id,
      title: row.title,
      otherSigned: row.otherSigned,
      missing: missingReadiness(row),
      withdrawn: row.withdrawnAt ? { at: row.withdrawnAt.toISOString(), fields: row.withdrawnFields ?? [] } : null,
    }))
    .filter((row) => row.missing.length === 0 || row.withdrawn !== null)
    .slice(0, LIMIT);
}
