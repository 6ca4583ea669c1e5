"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import type { BoardRow } from "@/server/queries/board";
import { HealthBadge, LeverBadge, StatusBadge } from "@/components/ui/badge";
import { OneSidedBadge } from "./one-sided-badge";
import { ScoreRankCell, type ScoreRank } from "./score-rank-cell";

/** The cells of one board row after the reorder controls: rank (a position, or "—"), title, …, target date. */
export function BoardRowCells({
  row,
  rank,
  scoreRank,
}: {
  row: BoardRow;
  rank: number | null;
  scoreRank?: ScoreRank | null;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const silent = { oneSided: t("board.oneSided"), MARKETING: t("board.silentMarketing"), IT: t("board.silentIt") };
  return (
    <>
      <td className="px-3 py-2 text-right font-semibold tabular-nums">{rank ?? "—"}</td>
      {scoreRank !== undefined ? <ScoreRankCell scoreRank={scoreRank} /> : null}
      <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
        <Link href={`/initiatives/${row.id}`} className="hover:underline">
          {row.title}
        </Link>
        <OneSidedBadge silentSides={row.silentSides} labels={silent} />
      </th>
      <td className="px-3 py-2">
        <LeverBadge lever={row.lever} label={t(`levers.${row.lever}`)} />
      </td>
      <td className="whitespace-nowrap px-3 py-2">{row.marketingOwner.name}</td>
      <td className="whitespace-nowrap px-3 py-2">{row.itOwner.name}</td>
      <td className="px-3 py-2">
        <StatusBadge status={row.status} label={t(`status.${row.status}`)} />
        {row.signedBy ? (
          <span className="mt-0.5 block text-xs text-slate-600">{t(`workflow.halfSigned${row.signedBy}`)}</span>
        ) : null}
      </td>
      <td className="px-3 py-2">
        <HealthBadge health={row.health} label={t(`health.${row.health}`)} />
      </td>
      <td className="px-3 py-2 text-right tabular-nums">{format.number(row.progress / 100, { style: "percent" })}</td>
      <td className={`whitespace-nowrap px-3 py-2 ${row.overdue ? "font-semibold text-red-800" : ""}`}>
        {row.targetDate ? format.dateTime(new Date(row.targetDate), { dateStyle: "medium" }) : t("board.noDate")}
        {row.overdue ? <span className="ml-1 text-xs font-medium">({t("board.overdue")})</span> : null}
      </td>
    </>
  );
}
