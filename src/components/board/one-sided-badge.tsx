import type { BoardRow } from "@/server/queries/board";

/**
 * "One-sided": a side has said nothing on the initiative for 14 days. With `showReason`, the reason
 * ("Marketing has said nothing for 14 days") is written out beside it, not only in the tooltip.
 */
export function OneSidedBadge({
  silentSides,
  labels,
  showReason = false,
}: {
  silentSides: BoardRow["silentSides"];
  labels: { oneSided: string; MARKETING: string; IT: string };
  showReason?: boolean;
}) {
  if (silentSides.length === 0) return null;
  const why = silentSides.map((side) => labels[side]).join("; ");
  return (
    <span className={showReason ? "mt-1 flex flex-wrap items-baseline gap-x-2 text-xs font-normal" : "ml-2"}>
      <span
        title={why}
        className="inline-block whitespace-nowrap rounded-full border border-orange-300 bg-orange-50 px-2 py-0.5 text-xs font-medium text-orange-900"
      >
        {labels.oneSided}
        {showReason ? null : <span className="sr-only">: {why}</span>}
      </span>
      {showReason ? <span className="text-orange-900">{why}</span> : null}
    </span>
  );
}
