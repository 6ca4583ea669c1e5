import type { Decision, Decisions } from "./dashboard-decisions";

/** A sign-off folded into the agreement it led to. */
export interface SignOff {
  side: "MARKETING" | "IT";
  actor: string | null;
  at: string;
}

export interface ReportDecision extends Decision {
  /** For an agreement: the sign-offs of both sides that made it, marketing first. */
  signOffs: SignOff[];
}

export interface ReportDecisions extends Omit<Decisions, "rows"> {
  rows: ReportDecision[];
}

/**
 * One line per agreement: each agreement takes in, per side, the initiative's latest sign-off at or
 * before it (the app records the second sign-off and the agreement as one event, the demo data as
 * separate ones), and those sign-offs leave the list. A sign-off that led to no agreement (yet) stays.
 * `total` drops by the lines folded away; `counts` still count every sign-off.
 */
export function foldAgreements(decisions: Decisions): ReportDecisions {
  const folded = new Set<string>();
  const rows: ReportDecision[] = decisions.rows.map((row) => ({ ...row, signOffs: [] }));
  for (const agreement of rows) {
    if (agreement.kind !== "AGREED" || !agreement.initiative) continue;
    for (const side of ["MARKETING", "IT"] as const) {
      if (agreement.side === side) {
        agreement.signOffs.push({ side, actor: agreement.actor, at: agreement.at });
        continue;
      }
      // Rows are newest first: the first sign-off at or before the agreement is the latest.
      const signOff = rows.find(
        (row) =>
          row.kind === "SIGNED_OFF" &&
          row.side === side &&
          row.initiative?.id === agreement.initiative?.id &&
          row.at <= agreement.at &&
          !folded.has(row.id),
      );
      if (signOff) {
        folded.add(signOff.id);
        agreement.signOffs.push({ side, actor: signOff.actor, at: signOff.at });
      }
    }
  }
  return { ...decisions, total: decisions.total - folded.size, rows: rows.filter((row) => !folded.has(row.id)) };
}
