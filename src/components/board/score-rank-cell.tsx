"use client";

import { useTranslations } from "@/i18n/client";

export interface ScoreRank {
  scoreRank: number;
  /** The scoring model versions that scored it. */
  versions: number[];
}
export type ScoreRanks = Record<string, ScoreRank>;

/** The row's rank by the joint triage's weighted score, with the model version that scored it; "—" when not scored by both. */
export function ScoreRankCell({ scoreRank }: { scoreRank: ScoreRank | null }) {
  const t = useTranslations("triage.board");
  return (
    <td className="px-3 py-2 text-right tabular-nums text-slate-700">
      {scoreRank ? t("scoreRankCell", { rank: scoreRank.scoreRank, versions: scoreRank.versions.join(", v") }) : "—"}
    </td>
  );
}
