import "server-only";
import type { Health } from "@/generated/prisma/enums";
import { isoDay, periodStart, type Period } from "@/lib/dashboard-period";
import { can, type Actor } from "@/lib/permissions";
import { cachedRead, minuteOf } from "../cache/read-cache";
import { loadDecisions, type Decisions } from "./dashboard-decisions";
import { loadDistribution, loadHeadlineFigures, type HeadlineFigures, type LeverProgress } from "./dashboard-figures";
import { loadKpiSeries, type DashboardKpi } from "./dashboard-kpis";
import { loadAttention, loadTopPriorities, type PriorityRow } from "./dashboard-priorities";

export type { Decision, DecisionKind, Decisions } from "./dashboard-decisions";
export type { HeadlineFigures, LeverProgress } from "./dashboard-figures";
export type { DashboardKpi } from "./dashboard-kpis";
export type { PriorityRow } from "./dashboard-priorities";

export const TOP_PRIORITIES = 10;
export const ATTENTION_LIMIT = 15;
export const DECISIONS_LIMIT = 12;

export interface Dashboard {
  period: Period;
  /** First day of the period (YYYY-MM-DD), null for all time. */
  from: string | null;
  figures: HeadlineFigures;
  levers: LeverProgress;
  /** Health of the live initiatives. */
  health: Record<Health, number>;
  /** Every KPI, one point per month of the period. */
  kpis: DashboardKpi[];
  top: PriorityRow[];
  attention: { rows: PriorityRow[]; total: number };
  decisions: Decisions;
}

/**
 * The board's progress dashboard: read-only, for everyone who may read the board (the same for all
 * of them: cached per period, src/server/cache). The period applies to decisions, KPI series and
 * "completed in the period". Six SQL statements, run together, whatever the number of initiatives,
 * events or measurements; from the read cache, one (the data's stamp) until something changes.
 */
export async function loadDashboard(actor: Actor, period: Period, now = new Date()): Promise<Dashboard | null> {
  if (!can(actor, "board.view")) return null;
  const start = periodStart(period, now);
  const from = start ? isoDay(start) : null;
  const today = isoDay(now);
  // The period's first day and "overdue" turn with the day, "one-sided" with the clock (a side silent
  // for 14 days to the instant): read for the minute (which names the day too), a cached dashboard is
  // never more than a minute behind the clock.
  return cachedRead(["dashboard", period], () => readDashboard(period, start, from, today, now), minuteOf(now));
}

async function readDashboard(
  period: Period,
  start: Date | null,
  from: string | null,
  today: string,
  now: Date,
): Promise<Dashboard> {
  const [figures, distribution, kpis, top, attention, decisions] = await Promise.all([
    loadHeadlineFigures(start, today),
    loadDistribution(),
    loadKpiSeries(from),
    loadTopPriorities(TOP_PRIORITIES, now, today),
    loadAttention(ATTENTION_LIMIT, now, today),
    loadDecisions(start, DECISIONS_LIMIT),
  ]);
  return {
    period,
    from,
    figures,
    levers: distribution.levers,
    health: distribution.health,
    kpis,
    top,
    attention,
    decisions,
  };
}
