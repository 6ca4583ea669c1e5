import type { BoardRow } from "@/server/queries/board";

/** "One-sided": a side has said nothing on the initiative for 14 days. */
export function OneSidedBadge({ silentSides, labels }: { silentSides: BoardRow["silentSides"]; labels: { oneSided: string; MARKETING: string; IT: string } }) {
  if (silentSides.length === 0) return null;
  const why = silentSides.map((side) => labels[side]).join("; ");
  return (
    <span title={why} className="ml-2 inline-block whitespace-nowrap rounded-full border border-orange-300 bg-orange-50 px-2 py-0.5 text-xs font-medium text-orange-900">
      {labels.oneSided}
      <span className="sr-only">: {why}</span>
    </span>
  );
}
