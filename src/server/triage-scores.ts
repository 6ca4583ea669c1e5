import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Lever, InitiativeStatus } from "@/generated/prisma/enums";
import { liveRankSql, liveSql } from "./live-sql";
import type { Side } from "@/lib/roles";
import {
  combinedScores,
  CRITERIA,
  isComplete,
  isCriterion,
  parseWeights,
  scoreRanks,
  weightedScore,
  type CriterionScores,
  type Weights,
} from "@/lib/triage";

// The scores of every live initiative, in manual rank order, with each side's weighted score, the
// combined one and the score rank. Read by the domain (a far move's reason, inside its transaction)
// and by the queries; what a reader may SEE of it is decided by the queries (src/server/queries/triage*.ts).

type Client = Pick<Prisma.TransactionClient, "$queryRaw" | "scoringModel">;

export interface SideScores {
  values: CriterionScores;
  notes: Partial<Record<(typeof CRITERIA)[number], string>>;
  modelVersion: number | null;
  complete: boolean;
  weighted: number | null;
}

export interface LiveScore {
  id: string;
  title: string;
  lever: Lever;
  status: InitiativeStatus;
  /** Manual rank, 1..N among live initiatives. */
  rank: number;
  sides: Record<Side, SideScores>;
  agreed: CriterionScores;
  bothScored: boolean;
  /** Agreed where set, else the mean of the sides, weighted; null until both scored. */
  combined: number | null;
  scoreRank: number | null;
  plan: { marketingEffort: number; itEffort: number; targetQuarter: string | null } | null;
}

export interface ScoreData {
  items: LiveScore[];
  models: Map<number, Weights>;
  currentVersion: number;
}

/** Three SQL statements, whatever the number of initiatives. */
export async function loadLiveScores(client: Client): Promise<ScoreData> {
  const [rows, scores, models] = await Promise.all([
    client.$queryRaw<
      {
        id: string;
        title: string;
        lever: Lever;
        status: InitiativeStatus;
        rank: number;
        marketingEffort: number | null;
        itEffort: number | null;
        targetQuarter: string | null;
        agreed: Record<string, number> | null;
      }[]
    >`
      SELECT i.id, i.title, i.lever, i.status, ${liveRankSql("i")} AS rank,
             p."marketingEffort", p."itEffort", p."targetQuarter",
             (SELECT jsonb_object_agg(a.criterion, a.value) FROM "TriageAgreedScore" a WHERE a."initiativeId" = i.id) AS agreed
        FROM "Initiative" i LEFT JOIN "TriagePlan" p ON p."initiativeId" = i.id
       WHERE ${liveSql("i")}
       ORDER BY i."rankKey"`,
    client.$queryRaw<
      { initiativeId: string; side: Side; criterion: string; value: number; note: string; modelVersion: number }[]
    >`
      SELECT s."initiativeId", s.side::text AS side, s.criterion, s.value, s.note, s."modelVersion"
        FROM "TriageScore" s JOIN "Initiative" i ON i.id = s."initiativeId"
       WHERE ${liveSql("i")}`,
    client.scoringModel.findMany({
      where: { status: "APPROVED" },
      select: { version: true, weights: true },
      orderBy: { version: "asc" },
    }),
  ]);
  const weights = new Map(models.map((m) => [m.version, parseWeights(m.weights)]));
  const currentVersion = models.at(-1)?.version ?? 1;
  const current = weights.get(currentVersion) as Weights;
  const bySide = new Map<string, SideScores>();
  for (const s of scores) {
    if (!isCriterion(s.criterion)) continue;
    const key = `${s.initiativeId}:${s.side}`;
    const entry = bySide.get(key) ?? {
      values: {},
      notes: {},
      modelVersion: s.modelVersion,
      complete: false,
      weighted: null,
    };
    entry.values[s.criterion] = s.value;
    entry.notes[s.criterion] = s.note;
    entry.modelVersion = Math.max(entry.modelVersion ?? 0, s.modelVersion);
    bySide.set(key, entry);
  }
  const empty = (): SideScores => ({ values: {}, notes: {}, modelVersion: null, complete: false, weighted: null });
  const items: LiveScore[] = rows.map((row) => {
    const sides = {
      MARKETING: bySide.get(`${row.id}:MARKETING`) ?? empty(),
      IT: bySide.get(`${row.id}:IT`) ?? empty(),
    };
    for (const side of Object.values(sides)) {
      side.complete = isComplete(side.values);
      side.weighted = weightedScore(side.values, weights.get(side.modelVersion ?? currentVersion) ?? current);
    }
    const agreed: CriterionScores = {};
    for (const [criterion, value] of Object.entries(row.agreed ?? {}))
      if (isCriterion(criterion)) agreed[criterion] = value;
    const bothScored = sides.MARKETING.complete && sides.IT.complete;
    const version = Math.max(sides.MARKETING.modelVersion ?? 0, sides.IT.modelVersion ?? 0) || currentVersion;
    const combined = bothScored
      ? weightedScore(combinedScores(sides.MARKETING.values, sides.IT.values, agreed), weights.get(version) ?? current)
      : null;
    return {
      id: row.id,
      title: row.title,
      lever: row.lever,
      status: row.status,
      rank: row.rank,
      sides,
      agreed,
      bothScored,
      combined,
      scoreRank: null,
      plan:
        row.marketingEffort === null
          ? null
          : { marketingEffort: row.marketingEffort, itEffort: row.itEffort ?? 0, targetQuarter: row.targetQuarter },
    };
  });
  const ranks = scoreRanks(items.map((item) => ({ id: item.id, score: item.combined })));
  for (const item of items) item.scoreRank = ranks.get(item.id) ?? null;
  return { items, models: weights, currentVersion };
}
