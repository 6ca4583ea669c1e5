// The joint triage's rules, in one place (used by the domain, the queries and the forms): the
// criteria, weighted scores, divergences, score ranks, quarters and the capacity line.
import type { Side } from "./roles";

export const CRITERIA = ["customerExperience", "businessValue", "urgency", "confidence"] as const;
export type Criterion = (typeof CRITERIA)[number];
export type Weights = Record<Criterion, number>;

export const DEFAULT_WEIGHTS: Weights = { customerExperience: 30, businessValue: 30, urgency: 20, confidence: 20 };
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** Sides differ by this much or more on a criterion: a divergence, the agenda of the conversation. */
export const DIVERGENCE_GAP = 2;
/** A move that puts an item further than this from its score rank asks for a reason. */
export const FAR_MOVE_PLACES = 3;
export const SIDES = ["MARKETING", "IT"] as const satisfies readonly Side[];

export type CriterionScores = Partial<Record<Criterion, number>>;

export function isCriterion(value: string): value is Criterion {
  return (CRITERIA as readonly string[]).includes(value);
}

/** Weights read from the database (JSON): unknown keys dropped, missing ones 0. */
export function parseWeights(value: unknown): Weights {
  const source = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  return Object.fromEntries(
    CRITERIA.map((c) => [c, typeof source[c] === "number" ? (source[c] as number) : 0]),
  ) as Weights;
}

/** Every criterion scored. */
export function isComplete(scores: CriterionScores): scores is Record<Criterion, number> {
  return CRITERIA.every((c) => typeof scores[c] === "number");
}

/** The weighted score on the 1–5 scale, two decimals; null unless every criterion is scored. */
export function weightedScore(scores: CriterionScores, weights: Weights): number | null {
  if (!isComplete(scores)) return null;
  const total = CRITERIA.reduce((sum, c) => sum + weights[c], 0);
  if (total <= 0) return null;
  return Math.round((CRITERIA.reduce((sum, c) => sum + scores[c] * weights[c], 0) / total) * 100) / 100;
}

export interface Divergence {
  criterion: Criterion;
  marketing: number;
  it: number;
}

/** Criteria on which the two sides differ by DIVERGENCE_GAP or more. */
export function divergences(marketing: CriterionScores, it: CriterionScores): Divergence[] {
  return CRITERIA.flatMap((criterion) => {
    const m = marketing[criterion];
    const i = it[criterion];
    return m !== undefined && i !== undefined && Math.abs(m - i) >= DIVERGENCE_GAP
      ? [{ criterion, marketing: m, it: i }]
      : [];
  });
}

/** Per criterion: the agreed score where one was set, otherwise the mean of the two sides. */
export function combinedScores(
  marketing: CriterionScores,
  it: CriterionScores,
  agreed: CriterionScores,
): CriterionScores {
  const result: CriterionScores = {};
  for (const c of CRITERIA) {
    const a = agreed[c];
    const m = marketing[c];
    const i = it[c];
    if (a !== undefined) result[c] = a;
    else if (m !== undefined && i !== undefined) result[c] = (m + i) / 2;
  }
  return result;
}

/**
 * Score ranks: the items with a score, highest first (ties keep the manual order), numbered 1..K.
 * `items` come in manual rank order.
 */
export function scoreRanks(items: { id: string; score: number | null }[]): Map<string, number> {
  const scored = items.map((item, index) => ({ ...item, index })).filter((item) => item.score !== null);
  scored.sort((a, b) => (b.score as number) - (a.score as number) || a.index - b.index);
  return new Map(scored.map((item, i) => [item.id, i + 1]));
}

/**
 * Whether moving an item from `from` to `to` needs a reason: it ends further than FAR_MOVE_PLACES
 * from its score rank, and the move does not bring it closer to it.
 */
export function farMoveNeedsReason(scoreRank: number | undefined, from: number, to: number): boolean {
  if (scoreRank === undefined) return false;
  const after = Math.abs(to - scoreRank);
  return after > FAR_MOVE_PLACES && after > Math.abs(from - scoreRank);
}

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

/** "2027-Q1" for a date (UTC). */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The quarter `offset` quarters after `quarter`. */
export function addQuarters(quarter: string, offset: number): string {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new Error(`Not a quarter: ${quarter}`);
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + offset;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export interface PlannedItem {
  id: string;
  title: string;
  /** Manual rank on the board (1..N among live initiatives). */
  rank: number;
  quarter: string | null;
  effort: Record<Side, number>;
}

export interface CapacityLine {
  quarter: string;
  side: Side;
  /** Null when the side set no capacity for the quarter. */
  capacity: number | null;
  committed: number;
  /** Ranks of the items planned in the quarter that fit, in rank order. */
  fits: number[];
  /** The rank from which the side is over capacity; null when everything fits. */
  overFromRank: number | null;
}

/**
 * The capacity line per quarter and side: walking the ranked items of the quarter in rank order,
 * each adds its effort for the side; the first whose running total passes the capacity is where the
 * side is over-committed. An item that fills the capacity exactly fits.
 */
export function capacityLines(
  items: PlannedItem[],
  capacities: { side: Side; quarter: string; personWeeks: number }[],
): CapacityLine[] {
  const quarters = new Set<string>([
    ...items.flatMap((i) => (i.quarter ? [i.quarter] : [])),
    ...capacities.map((c) => c.quarter),
  ]);
  const ordered = [...items].sort((a, b) => a.rank - b.rank);
  const lines: CapacityLine[] = [];
  for (const quarter of [...quarters].sort()) {
    for (const side of SIDES) {
      const capacity = capacities.find((c) => c.side === side && c.quarter === quarter)?.personWeeks ?? null;
      let committed = 0;
      const fits: number[] = [];
      let overFromRank: number | null = null;
      for (const item of ordered) {
        if (item.quarter !== quarter || item.effort[side] <= 0) continue;
        committed += item.effort[side];
        if (capacity !== null && committed > capacity + 1e-9) overFromRank ??= item.rank;
        else if (overFromRank === null) fits.push(item.rank);
      }
      lines.push({ quarter, side, capacity, committed: Math.round(committed * 10) / 10, fits, overFromRank });
    }
  }
  return lines;
}

/** Value/effort quadrant of a point: value at or above 3 (the middle of 1–5) is high; effort against the median. */
export function quadrantOf(
  value: number,
  effort: number,
  effortMedian: number,
): "quickWin" | "bigBet" | "fillIn" | "moneyPit" {
  const highValue = value >= 3;
  const lowEffort = effort <= effortMedian;
  if (highValue) return lowEffort ? "quickWin" : "bigBet";
  return lowEffort ? "fillIn" : "moneyPit";
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
