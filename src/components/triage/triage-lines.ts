import type { RootTranslator } from "@/i18n/translator";
import type { TriageItem } from "@/server/queries/triage";

/** Where a proposal stands: its rank, its score rank and the model versions that scored it (triage card, session). */
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
