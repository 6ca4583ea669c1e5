import "server-only";
import { can, type Actor } from "@/lib/permissions";
import { sideOf, type Side } from "@/lib/roles";
import {
  capacityLines,
  CRITERIA,
  divergences,
  type CapacityLine,
  type Criterion,
  type CriterionScores,
  type Divergence,
  type PlannedItem,
  type Weights,
} from "@/lib/triage";
import { db } from "../db";
import { liveRanksSql } from "../live-sql";
import { loadLiveScores, type LiveScore } from "../triage-scores";

// What each reader may see of the triage. The rule is applied HERE, in the DTO, so a score that
// is not to be seen never reaches the page (nor its serialised data):
// - the CMO and the CIO see their own side's scores; the other side's only once both have scored;
// - marketing and IT staff see both sides once both have scored, nothing before;
// - board members and administrators never see a side's scores: agreed scores, the weighted
//   (combined) score, the matrix and the capacity line only.

export interface SideView {
  values: CriterionScores;
  notes: Partial<Record<Criterion, string>>;
  weighted: number | null;
  modelVersion: number | null;
}

export interface TriageItem {
  id: string;
  title: string;
  lever: LiveScore["lever"];
  status: LiveScore["status"];
  rank: number;
  scoreRank: number | null;
  /** Whether each side has scored (never the scores themselves). */
  scored: Record<Side, boolean>;
  bothScored: boolean;
  /** The viewer's own side (CMO, CIO), blind to the other until both scored. */
  mine: SideView | null;
  /** Both sides, only once both have scored and only for readers of inputs. */
  sides: Record<Side, SideView> | null;
  divergences: Divergence[];
  /** Agreed scores per criterion (after both scored). */
  agreed: CriterionScores;
  combined: number | null;
  /** The model versions that scored it (one per side that scored). */
  modelVersions: number[];
  plan: LiveScore["plan"];
}

export interface TriageOverview {
  items: TriageItem[];
  currentVersion: number;
  weights: Weights;
  capacity: CapacityLine[];
  viewerSide: Side | null;
}

function view(side: LiveScore["sides"][Side]): SideView {
  return {
    values: { ...side.values },
    notes: { ...side.notes },
    weighted: side.weighted,
    modelVersion: side.modelVersion,
  };
}

/** One item as `actor` may see it. Exported for the session and the tests. */
export function triageItemFor(actor: Actor, item: LiveScore): TriageItem {
  const viewerSide = actor.role === "CMO" || actor.role === "CIO" ? sideOf(actor.role) : null;
  const revealed = item.bothScored && can(actor, "triage.viewInputs");
  const versions = [item.sides.MARKETING.modelVersion, item.sides.IT.modelVersion].filter(
    (v): v is number => v !== null,
  );
  return {
    id: item.id,
    title: item.title,
    lever: item.lever,
    status: item.status,
    rank: item.rank,
    scoreRank: item.scoreRank,
    scored: { MARKETING: item.sides.MARKETING.complete, IT: item.sides.IT.complete },
    bothScored: item.bothScored,
    mine: viewerSide && item.sides[viewerSide].modelVersion !== null ? view(item.sides[viewerSide]) : null,
    sides: revealed ? { MARKETING: view(item.sides.MARKETING), IT: view(item.sides.IT) } : null,
    divergences: revealed ? divergences(item.sides.MARKETING.values, item.sides.IT.values) : [],
    agreed: item.bothScored ? { ...item.agreed } : {},
    combined: item.bothScored ? item.combined : null,
    modelVersions: [...new Set(versions)].sort(),
    plan: item.plan,
  };
}

/** The capacity per quarter and side against the ranked list. */
export function capacityFrom(
  items: LiveScore[],
  capacities: { side: Side; quarter: string; personWeeks: number }[],
): CapacityLine[] {
  return capacityLines(
    items.map((item) => ({
      id: item.id,
      title: item.title,
      rank: item.rank,
      quarter: item.plan?.targetQuarter ?? null,
      effort: { MARKETING: item.plan?.marketingEffort ?? 0, IT: item.plan?.itEffort ?? 0 },
    })),
    capacities,
  );
}

export async function loadCapacities(): Promise<{ side: Side; quarter: string; personWeeks: number }[]> {
  const rows = await db().triageCapacity.findMany({ orderBy: [{ quarter: "asc" }, { side: "asc" }] });
  return rows.map((row) => ({ side: row.side, quarter: row.quarter, personWeeks: row.personWeeks }));
}

/** /triage: every live initiative as the viewer may see it, the model in force and the capacity line. */
export async function loadTriage(actor: Actor): Promise<TriageOverview> {
  if (!can(actor, "triage.view"))
    return {
      items: [],
      currentVersion: 0,
      weights: { customerExperience: 0, businessValue: 0, urgency: 0, confidence: 0 },
      capacity: [],
      viewerSide: null,
    };
  const [data, capacities] = await Promise.all([loadLiveScores(db()), loadCapacities()]);
  return {
    items: data.items.map((item) => triageItemFor(actor, item)),
    currentVersion: data.currentVersion,
    weights: data.models.get(data.currentVersion) ?? {
      customerExperience: 0,
      businessValue: 0,
      urgency: 0,
      confidence: 0,
    },
    capacity: capacityFrom(data.items, capacities),
    viewerSide: actor.role === "CMO" || actor.role === "CIO" ? sideOf(actor.role) : null,
  };
}

/**
 * The board's extras: the capacity line always, and the score rank (and the model version that
 * scored it) per row only when the board shows that column (`?scores=1`). The capacity line reads
 * only the planned initiatives; the score rank needs every live initiative's scores, so the board
 * does not pay for it (a read that grows with the list) unless it is asked for.
 */
export async function loadBoardTriage(
  actor: Actor,
  options: { scoreRanks: boolean } = { scoreRanks: true },
): Promise<{ scoreRanks: Record<string, { scoreRank: number; versions: number[] }>; capacity: CapacityLine[] }> {
  if (!can(actor, "board.view")) return { scoreRanks: {}, capacity: [] };
  if (!options.scoreRanks) {
    const [planned, capacities] = await Promise.all([loadPlannedItems(), loadCapacities()]);
    return { scoreRanks: {}, capacity: capacityLines(planned, capacities) };
  }
  const [data, capacities] = await Promise.all([loadLiveScores(db()), loadCapacities()]);
  const scoreRanks: Record<string, { scoreRank: number; versions: number[] }> = {};
  for (const item of data.items) {
    if (item.scoreRank === null) continue;
    const versions = [item.sides.MARKETING.modelVersion, item.sides.IT.modelVersion].filter(
      (v): v is number => v !== null,
    );
    scoreRanks[item.id] = { scoreRank: item.scoreRank, versions: [...new Set(versions)].sort() };
  }
  return { scoreRanks, capacity: capacityFrom(data.items, capacities) };
}

/** The live initiatives that have a plan (effort, quarter), with their rank: what the capacity line adds up. */
async function loadPlannedItems(): Promise<PlannedItem[]> {
  const rows = await db().$queryRaw<
    { id: string; title: string; rank: number; quarter: string | null; marketingEffort: number; itEffort: number }[]
  >`
    SELECT r.id, i.title, r.rank, p."targetQuarter" AS quarter, p."marketingEffort", p."itEffort"
      FROM (${liveRanksSql()}) r
      JOIN "TriagePlan" p ON p."initiativeId" = r.id
      JOIN "Initiative" i ON i.id = r.id`;
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    rank: row.rank,
    quarter: row.quarter,
    effort: { MARKETING: Number(row.marketingEffort), IT: Number(row.itEffort) },
  }));
}

export { CRITERIA };
