import { getTranslations } from "@/i18n/server";
import Link from "next/link";

/** Shows or hides the board's score rank column (?scores=1), keeping the other parameters (filters). */
export async function ScoreRankToggle({
  shown,
  params,
}: {
  shown: boolean;
  params: Record<string, string | undefined>;
}) {
  const t = await getTranslations("triage.board");
  const next = new URLSearchParams(
    Object.entries(params).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== "scores",
    ),
  );
  if (!shown) next.set("scores", "1");
  const query = next.toString();
  return (
    <p className="mb-2 text-sm">
      <Link href={`/board${query ? `?${query}` : ""}`} className="text-brand-700 underline">
        {shown ? t("hideScoreRank") : t("showScoreRank")}
      </Link>
    </p>
  );
}
