import { getTranslations } from "@/i18n/server";
import type { CapacityLine } from "@/lib/triage";
import { Card } from "../ui/card";

/** The capacity line per quarter and side, in words: what fits, and from which rank a side is over capacity. */
export async function CapacitySummary({ lines, heading }: { lines: CapacityLine[]; heading?: string }) {
  const t = await getTranslations("triage");
  if (lines.length === 0) return null;
  return (
    <Card as="section" padding="sm" aria-label={heading ?? t("capacity.lineTitle")} className="mb-4 text-sm">
      <h2 className="mb-1 font-semibold text-slate-900">{heading ?? t("capacity.lineTitle")}</h2>
      <ul className="space-y-0.5">
        {lines.map((line) => {
          const side = t(`sides.${line.side}`);
          return (
            <li
              key={`${line.quarter}-${line.side}`}
              className={line.overFromRank !== null ? "font-medium text-red-800" : "text-slate-700"}
            >
              {line.overFromRank !== null
                ? t("capacity.over", {
                    side,
                    rank: line.overFromRank,
                    quarter: line.quarter,
                    committed: line.committed,
                    capacity: line.capacity ?? 0,
                  })
                : line.capacity === null
                  ? t("capacity.notSet", { side, quarter: line.quarter, committed: line.committed })
                  : t("capacity.fits", {
                      side,
                      quarter: line.quarter,
                      committed: line.committed,
                      capacity: line.capacity,
                      count: line.fits.length,
                    })}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
