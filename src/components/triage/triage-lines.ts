import { dynamicKeys, type RootTranslator } from "@/i18n/translator";
import type { Divergence } from "@/lib/triage";
import type { TriageItem } from "@/server/queries/triage";

// The sentences a proposal's triage card and the session's current proposal share.

/** A scoring criterion's name. */
export const criterionName = (criterion: string, t: RootTranslator): string =>
  dynamicKeys(t)(`triage.criteria.${criterion}`);

/** Where a proposal stands: its rank, its score rank and the model versions that scored it. */
export function standingLine(item: TriageItem, t: RootTranslator): string {
  return [
    t("triage.rankLine", { rank: item.rank }),
    item.scoreRank !== null ? t("triage.scoreRankLine", { rank: item.scoreRank }) : null,
    item.modelVersions.length
      ? t("triage.scoredWith", { versions: item.modelVersions.map((v) => `v${v}`).join(", ") })
      : null,
  ]
    .filter((part) => part !== null)
    .join(" · ");
}

/** Whether each side has scored it (never the scores themselves). */
export function scoredLine(item: TriageItem, t: RootTranslator): string {
  const yesNo = (scored: boolean) => (scored ? t("triage.scoredYes") : t("triage.scoredNo"));
  return t("triage.scoredStatus", { marketing: yesNo(item.scored.MARKETING), it: yesNo(item.scored.IT) });
}

/** Each side's weighted score and the combined one (shown once both sides have scored). */
export function weightedLine(item: TriageItem, t: RootTranslator): string {
  return t("triage.weightedLine", {
    marketing: item.sides?.MARKETING.weighted ?? 0,
    it: item.sides?.IT.weighted ?? 0,
    combined: item.combined ?? 0,
  });
}

/** A criterion the two sides scored far apart. */
export function divergenceLine(divergence: Divergence, t: RootTranslator): string {
  return t("triage.divergence", {
    marketing: divergence.marketing,
    it: divergence.it,
    criterion: criterionName(divergence.criterion, t),
  });
}

/** The plan: each side's effort and the target quarter, or that there is none yet. */
export function planLine(item: TriageItem, t: RootTranslator): string {
  return item.plan
    ? t("triage.plan.line", {
        marketing: item.plan.marketingEffort,
        it: item.plan.itEffort,
        quarter: item.plan.targetQuarter ?? t("triage.plan.noQuarter"),
      })
    : t("triage.plan.none");
}
