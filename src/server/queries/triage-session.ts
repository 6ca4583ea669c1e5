import "server-only";
import type { TriageDecisionKind } from "@/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions";
import { missingReadiness, type ReadinessItem } from "@/lib/readiness";
import type { CapacityLine } from "@/lib/triage";
import { cachedRead } from "../cache/read-cache";
import { db } from "../db";
import { loadLiveScores } from "../triage-scores";
import { capacityFrom, loadCapacities, triageItemFor, type TriageItem } from "./triage";

export interface MinutesDecision {
  id: string;
  initiativeId: string;
  title: string;
  kind: TriageDecisionKind;
  parkUntil: string | null;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

export interface Minutes {
  id: string;
  startedAt: string;
  endedAt: string | null;
  startedBy: string;
  /** Who took part: who opened it and everyone who recorded a decision. */
  participants: string[];
  decisions: MinutesDecision[];
}

export interface SessionProposal extends TriageItem {
  missing: ReadinessItem[];
  /** The capacity line of its target quarter, with it counted. */
  capacityEffect: CapacityLine[];
}

async function minutesOf(where: { id: string }): Promise<Minutes | null> {
  const session = await db().triageSession.findUnique({
    where,
    include: {
      startedBy: { select: { name: true } },
      decisions: {
        orderBy: { decidedAt: "asc" },
        include: { initiative: { select: { title: true } }, decidedBy: { select: { name: true } } },
      },
    },
  });
  if (!session) return null;
  const participants = [...new Set([session.startedBy.name, ...session.decisions.map((d) => d.decidedBy.name)])];
  return {
    id: session.id,
    startedAt: session.startedAt.toISOString(),
    endedAt: session.endedAt?.toISOString() ?? null,
    startedBy: session.startedBy.name,
    participants,
    decisions: session.decisions.map((d) => ({
      id: d.id,
      initiativeId: d.initiativeId,
      title: d.initiative.title,
      kind: d.kind,
      parkUntil: d.parkUntil?.toISOString().slice(0, 10) ?? null,
      reason: d.reason,
      decidedBy: d.decidedBy.name,
      decidedAt: d.decidedAt.toISOString(),
    })),
  };
}

/** A session's minutes (anyone who may read the triage). */
export async function loadMinutes(actor: Actor, id: string): Promise<Minutes | null> {
  if (!can(actor, "triage.view")) return null;
  return minutesOf({ id });
}

/**
 * The open session, if any, with the proposals awaiting a decision in rank order: those never
 * decided, those parked until a day that has come, and those sent back and edited since.
 */
export async function loadOpenSession(
  actor: Actor,
  now = new Date(),
): Promise<{ minutes: Minutes | null; queue: SessionProposal[] }> {
  if (!can(actor, "triage.view")) return { minutes: null, queue: [] };
  const open = await db().triageSession.findFirst({ where: { endedAt: null }, select: { id: true } });
  const [minutes, data, capacities, proposals] = await Promise.all([
    open ? minutesOf({ id: open.id }) : Promise.resolve(null),
    loadLiveScores(db()),
    loadCapacities(),
    db().$queryRaw<
      {
        id: string;
        requirementsDetail: string;
        successMeasure: string;
        riskNote: string;
        riskLevel: "LOW" | "MEDIUM" | "HIGH" | null;
        standardsReview: "PENDING" | "PASSED" | "PASSED_WITH_CONDITIONS" | "FAILED" | "NOT_NEEDED" | null;
        kpiCount: number;
        awaiting: boolean;
      }[]
    >`
      SELECT i.id, left(btrim(i."requirementsDetail"), 1) AS "requirementsDetail", left(btrim(i."successMeasure"), 1) AS "successMeasure",
             left(btrim(i."riskNote"), 1) AS "riskNote", i."riskLevel", i."standardsReview",
             (SELECT count(*)::int FROM "InitiativeKpi" k WHERE k."initiativeId" = i.id) AS "kpiCount",
             (d.kind IS NULL
               OR (d.kind = 'PARK' AND d."parkUntil" <= ${now.toISOString().slice(0, 10)}::date)
               OR (d.kind = 'SEND_BACK' AND i."updatedAt" > d."decidedAt")) AS awaiting
        FROM "Initiative" i
        LEFT JOIN LATERAL (
          SELECT t.kind, t."parkUntil", t."decidedAt" FROM "TriageDecision" t WHERE t."initiativeId" = i.id ORDER BY t."decidedAt" DESC LIMIT 1
        ) d ON true
       WHERE i.status = 'PROPOSED'`,
  ]);
  const awaiting = new Map(proposals.filter((p) => p.awaiting).map((p) => [p.id, p]));
  const lines = capacityFrom(data.items, capacities);
  const queue = data.items
    .filter((item) => awaiting.has(item.id))
    .map((item) => {
      const row = awaiting.get(item.id)!;
      const quarter = item.plan?.targetQuarter ?? null;
      return {
        ...triageItemFor(actor, item),
        missing: missingReadiness(row),
        capacityEffect: quarter ? lines.filter((line) => line.quarter === quarter) : [],
      };
    });
  return { minutes, queue };
}

/** A triage session in the report's list: when it started and how many decisions of each kind. */
export interface SessionSummary {
  id: string;
  startedAt: string;
  decisions: Record<TriageDecisionKind, number>;
}

/** Sessions started since `since`, newest first, for the report (frozen: from the read cache). */
export async function listSessionsSince(actor: Actor, since: Date): Promise<readonly SessionSummary[]> {
  if (!can(actor, "triage.view")) return [];
  // The same for everyone who may read the triage (checked above): from the read cache.
  return cachedRead(["triage-sessions", since.toISOString()], async () => {
    const sessions = await db().triageSession.findMany({
      where: { startedAt: { gte: since } },
      orderBy: { startedAt: "desc" },
      include: { decisions: { select: { kind: true } } },
    });
    return sessions.map((s) => {
      const decisions: Record<TriageDecisionKind, number> = { AGREE: 0, PARK: 0, SEND_BACK: 0, DROP: 0 };
      for (const d of s.decisions) decisions[d.kind] += 1;
      return { id: s.id, startedAt: s.startedAt.toISOString(), decisions };
    });
  });
}
