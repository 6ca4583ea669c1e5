import "server-only";
import { isoDay, periodStart } from "@/lib/dashboard-period";
import { madeOnce } from "@/lib/made-once";
import { can, type Actor } from "@/lib/permissions";
import { cachedRead, minuteOf } from "../cache/read-cache";
import { serverEnv } from "../env";
import { loadDecisions } from "./dashboard-decisions";
import { foldAgreements, type ReportDecisions } from "./fold-agreements";
import { loadHeadlineFigures, type HeadlineFigures } from "./dashboard-figures";
import { loadKpiMovements, loadKpiSeries, type DashboardKpi, type KpiMovement } from "./dashboard-kpis";
import { loadTopPriorities, type PriorityRow } from "./dashboard-priorities";
import {
  loadAdded,
  loadHealthChanges,
  loadMoves,
  type AddedRow,
  type HealthChangeRow,
  type Listed,
  type MoveRow,
} from "./report-changes";

export type { KpiMovement, KpiTrend } from "./dashboard-kpis";
export type { AddedRow, HealthChangeRow, Listed, MoveRow } from "./report-changes";
export type { ReportDecision, SignOff } from "./fold-agreements";

/** Rows per list in the report's long lists (?full=1): enough for a board, short enough to print. */
export const REPORT_LIST_LIMIT = 50;
/**
 * Rows per list as the report opens: a board pack is read in minutes. Each list says how many it
 * leaves out, and one link switches every list to REPORT_LIST_LIMIT rows.
 */
export const REPORT_SHORT_LIST = 10;

/**
 * The first `limit` items. Of a frozen array (from the read cache), the same frozen array every
 * time, as long as it lives: what is made once from it (cells, a list written as text) is found
 * again by the next request.
 */
export function firstItems<T>(items: readonly T[], limit: number): readonly T[] {
  if (items.length <= limit) return items;
  if (!Object.isFrozen(items)) return items.slice(0, limit);
  return madeOnce(items, `first|${limit}`, () => Object.freeze(items.slice(0, limit)));
}

/** The first `limit` rows of a list; its total stays the whole list's. The same object, as `firstItems`. */
export function firstRows<L extends { rows: readonly unknown[] }>(list: L, limit: number): L {
  if (list.rows.length <= limit) return list;
  if (!Object.isFrozen(list)) return { ...list, rows: list.rows.slice(0, limit) };
  return madeOnce(list, `first|${limit}`, () => Object.freeze({ ...list, rows: firstItems(list.rows, limit) }));
}

export interface BoardReport {
  /** The company the board pack is for (LEVERS_COMPANY_NAME). */
  company: string;
  /** YYYY-MM-DD: the last meeting; "what changed" counts from the start of that day (UTC). */
  since: string;
  generatedAt: string;
  figures: HeadlineFigures;
  /** The ranked list, first REPORT_LIST_LIMIT; figures.live says how many there are. */
  ranked: PriorityRow[];
  /** Every KPI over the past 12 months, one point per month. */
  kpis: DashboardKpi[];
  changes: {
    added: Listed<AddedRow>;
    /** Sign-offs, agreements (each with both sign-offs folded in), completions (outcome notes) and drops (reasons), with counts per kind. */
    decisions: ReportDecisions;
    moves: Listed<MoveRow>;
    health: Listed<HealthChangeRow>;
    kpis: KpiMovement[];
  };
}

/**
 * The printable board report: headline figures, the ranked list, KPI charts, and what changed
 * since `since` (YYYY-MM-DD). Eight SQL statements, run together, whatever the data size; from the
 * read cache (per `since`, the same for every reader), one until something changes.
 */
export async function loadReport(actor: Actor, since: string, now = new Date()): Promise<BoardReport | null> {
  if (!can(actor, "board.view")) return null;
  const today = isoDay(now);
  // Read for the minute of the clock (its day: overdue, the year of KPI series; its minute: one-sided): see loadDashboard.
  const data = await cachedRead(["report", since], () => readReport(since, today, now), minuteOf(now));
  return { company: serverEnv().LEVERS_COMPANY_NAME, since, generatedAt: now.toISOString(), ...data };
}

async function readReport(
  since: string,
  today: string,
  now: Date,
): Promise<Pick<BoardReport, "figures" | "ranked" | "kpis" | "changes">> {
  const start = new Date(`${since}T00:00:00Z`);
  const yearAgo = periodStart("year", now);
  const [figures, ranked, kpis, decisions, added, moves, health, movements] = await Promise.all([
    loadHeadlineFigures(start, today),
    loadTopPriorities(REPORT_LIST_LIMIT, now, today),
    loadKpiSeries(yearAgo ? isoDay(yearAgo) : null),
    loadDecisions(start, REPORT_LIST_LIMIT),
    loadAdded(start, REPORT_LIST_LIMIT),
    loadMoves(start, REPORT_LIST_LIMIT),
    loadHealthChanges(start, REPORT_LIST_LIMIT),
    loadKpiMovements(since),
  ]);
  return {
    figures,
    ranked,
    kpis,
    changes: { added, decisions: foldAgreements(decisions), moves, health, kpis: movements },
  };
}
