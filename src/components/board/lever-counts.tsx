"use client";

import { useTranslations } from "@/i18n/client";
import Link from "next/link";
import type { Lever } from "@/generated/prisma/enums";
import { LEVERS } from "@/lib/initiative-enums";
import type { BoardFilter } from "@/lib/schemas/initiative-schemas";
import { LeverBadge } from "@/components/ui/badge";
import { useBoardSummary } from "./board-summary";

/** How many initiatives each lever has under the other filters (kept current by live changes); each links to that lever. */
export function LeverCounts({ counts, filter }: { counts: Record<Lever, number>; filter: BoardFilter }) {
  const t = useTranslations();
  const shown = useBoardSummary().summary?.leverCounts ?? counts;
  const hrefFor = (lever: Lever) => {
    const params = new URLSearchParams(
      Object.entries({ ...filter, lever }).filter((e): e is [string, string] => typeof e[1] === "string"),
    );
    return `/board?${params.toString()}`;
  };
  return (
    <nav aria-label={t("filters.perLever")} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {LEVERS.map((lever) => (
          <li key={lever}>
            <Link
              href={hrefFor(lever)}
              aria-current={filter.lever === lever ? "true" : undefined}
              className="flex items-center gap-2 rounded-full border border-slate-200 bg-white px-3 py-1 text-sm hover:border-slate-400 aria-[current=true]:border-slate-900"
            >
              <LeverBadge lever={lever} label={t(`levers.${lever}`)} />
              <span className="font-semibold tabular-nums">{shown[lever]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
