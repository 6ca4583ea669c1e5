import "server-only";
import { cache } from "react";
import { isUuid } from "@/lib/schemas/dates";
import type { Health, InitiativeStatus, Lever, RiskLevel, StandardsReview } from "@/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions";
import { db } from "../db";
import { liveRanksSql } from "../live-sql";

export interface InitiativeDetail {
  id: string;
  rank: number | null;
  title: string;
  description: string;
  lever: Lever;
  status: InitiativeStatus;
  health: Health;
  progress: number;
  targetDate: string | null;
  customerExperienceOutcome: string;
  businessOutcome: string;
  requirementsDetail: string;
  successMeasure: string;
  riskLevel: RiskLevel | null;
  riskNote: string;
  standardsReview: StandardsReview | null;
  standardsReviewNote: string;
  marketingOwner: { id: string; name: string };
  itOwner: { id: string; name: string };
  marketingApproval: { by: string; byId: string; at: string } | null;
  itApproval: { by: string; byId: string; at: string } | null;
  /** Who gave the IT-standards verdict, and when (the CIO or IT staff). */
  standardsReviewer: { by: string; at: string } | null;
  outcomeNote: string | null;
  dropReason: string | null;
  version: number;
  updatedAt: string;
  kpis: { id: string; name: string }[];
}

/** One initiative with its rank, or null (unknown, or not readable). Once per request: the page and its metadata share it. */
export const getInitiative = cache(async (actor: Actor, id: string): Promise<InitiativeDetail | null> => {
  if (!can(actor, "board.view")) return null;
  if (!isUuid(id)) return null;
  const [row, rank] = await Promise.all([
    db().initiative.findUnique({
      where: { id },
      include: {
        marketingOwner: { select: { id: true, name: true } },
        itOwner: { select: { id: true, name: true } },
        marketingApprover: { select: { id: true, name: true } },
        itApprover: { select: { id: true, name: true } },
        standardsReviewer: { select: { id: true, name: true } },
        kpis: { select: { kpi: { select: { id: true, name: true } } } },
      },
    }),
    db().$queryRaw<{ rank: bigint }[]>`
      SELECT rank FROM (${liveRanksSql()}) ranked WHERE id = ${id}::uuid`,
  ]);
  if (!row) return null;
  const approval = (who: { id: string; name: string } | null, at: Date | null) =>
    who && at ? { by: who.name, byId: who.id, at: at.toISOString() } : null;
  return {
    id: row.id,
    rank: rank[0] ? Number(rank[0].rank) : null,
    title: row.title,
    description: row.description,
    lever: row.lever,
    status: row.status,
    health: row.health,
    progress: row.progress,
    targetDate: row.targetDate ? row.targetDate.toISOString().slice(0, 10) : null,
    customerExperienceOutcome: row.customerExperienceOutcome,
    businessOutcome: row.businessOutcome,
    requirementsDetail: row.requirementsDetail,
    successMeasure: row.successMeasure,
    riskLevel: row.riskLevel,
    riskNote: row.riskNote,
    standardsReview: row.standardsReview,
    standardsReviewNote: row.standardsReviewNote,
    marketingOwner: row.marketingOwner,
    itOwner: row.itOwner,
    marketingApproval: approval(row.marketingApprover, row.marketingApprovedAt),
    itApproval: approval(row.itApprover, row.itApprovedAt),
    standardsReviewer:
      row.standardsReviewer && row.standardsReviewedAt
        ? { by: row.standardsReviewer.name, at: row.standardsReviewedAt.toISOString() }
        : null,
    outcomeNote: row.outcomeNote,
    dropReason: row.dropReason,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    kpis: row.kpis.map((link) => link.kpi),
  };
});
