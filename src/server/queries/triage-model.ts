import "server-only";
import type { ScoringModelStatus } from "@/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions";
import { parseWeights, type Weights } from "@/lib/triage";
import { db } from "../db";

export interface ScoringModelVersion {
  id: string;
  version: number;
  status: ScoringModelStatus;
  weights: Weights;
  note: string;
  proposedBy: { id: string; name: string } | null;
  proposedAt: string;
  decidedBy: { id: string; name: string } | null;
  decidedAt: string | null;
  inForce: boolean;
}

/** Every version of the scoring model, newest first; the one in force and the pending proposal marked. */
export async function loadScoringModels(actor: Actor): Promise<{
  versions: ScoringModelVersion[];
  current: ScoringModelVersion | null;
  pending: ScoringModelVersion | null;
}> {
  if (!can(actor, "triage.view")) return { versions: [], current: null, pending: null };
  const rows = await db().scoringModel.findMany({
    orderBy: { version: "desc" },
    include: { proposedBy: { select: { id: true, name: true } }, decidedBy: { select: { id: true, name: true } } },
  });
  const inForce = rows.find((row) => row.status === "APPROVED")?.version;
  const versions = rows.map((row) => ({
    id: row.id,
    version: row.version,
    status: row.status,
    weights: parseWeights(row.weights),
    note: row.note,
    proposedBy: row.proposedBy,
    proposedAt: row.proposedAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    inForce: row.version === inForce,
  }));
  return {
    versions,
    current: versions.find((v) => v.inForce) ?? null,
    pending: versions.find((v) => v.status === "PROPOSED") ?? null,
  };
}
