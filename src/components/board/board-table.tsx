"use client";

import { useTranslations } from "next-intl";
import type { BoardRow } from "@/server/queries/board";
import { BoardRowCells } from "./board-row-cells";
import type { ScoreRanks } from "./score-rank-cell";
import { SortableBoard } from "./sortable-board";
import { SortableRow } from "./sortable-row";
import { useBoardReorder } from "./use-board-reorder";
import { isLive } from "@/lib/initiative-enums";

interface Props {
  rows: BoardRow[];
  /** The CMO and the CIO on the whole, unfiltered list: drag and drop and the move buttons. */
  canReorder: boolean;
  /** The table's (visually hidden) caption; the board's intro by default. */
  caption?: string;
  /** The score rank of each scored row (joint triage), shown beside the manual rank. */
  scoreRanks?: ScoreRanks;
}

/**
 * The board's table. Read-only, or, when `canReorder`, every row gets a drag handle and keyboard
 * controls (move up, down, to the top, to a position with a reason); the list moves at once and
 * the result is announced politely to screen readers.
 */
export function BoardTable({ rows, canReorder, caption, scoreRanks }: Props) {
  const t = useTranslations();
  const reorder = useBoardReorder(rows);
  const shown = canReorder ? reorder.rows : rows;

  const table = (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm" aria-busy={canReorder && reorder.pending ? true : undefined}>
        <caption className="sr-only">{caption ?? t("board.intro")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            {canReorder ? <th scope="col" className="px-3 py-2">{t("reorder.controls")}</th> : null}
            <th scope="col" className="px-3 py-2 text-right">{t("board.rank")}</th>
            {scoreRanks ? <th scope="col" className="px-3 py-2 text-right">{t("triage.board.scoreRank")}</th> : null}
            <th scope="col" className="px-3 py-2">{t("board.initiative")}</th>
            <th scope="col" className="px-3 py-2">{t("board.lever")}</th>
            <th scope="col" className="px-3 py-2">{t("board.marketingOwner")}</th>
            <th scope="col" className="px-3 py-2">{t("board.itOwner")}</th>
            <th scope="col" className="px-3 py-2">{t("board.status")}</th>
            <th scope="col" className="px-3 py-2">{t("board.health")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("board.progress")}</th>
            <th scope="col" className="px-3 py-2">{t("board.targetDate")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {shown.map((row, index) =>
            canReorder ? (
              <SortableRow key={row.id} row={row} position={index + 1} count={shown.length} onMove={reorder.move} scoreRank={scoreRanks ? (scoreRanks[row.id] ?? null) : undefined} />
            ) : (
              <tr key={row.id}>
                <BoardRowCells row={row} rank={isLive(row.status) ? row.rank : null} scoreRank={scoreRanks ? (scoreRanks[row.id] ?? null) : undefined} />
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
  if (!canReorder) return table;
  return (
    <>
      <div className={reorder.announcement ? "mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900" : "sr-only"}>
        <p role="status" aria-live="polite">
          {reorder.announcement}
        </p>
        {reorder.lastMove ? (
          <button type="button" onClick={reorder.undo} className="rounded border border-green-700 px-2 py-0.5 font-medium text-green-900 hover:bg-green-100">
            {t("reorder.undo", { title: reorder.lastMove.title, to: reorder.lastMove.to })}
          </button>
        ) : null}
      </div>
      <div role="alert" className={reorder.error ? "mb-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" : "sr-only"}>
        {reorder.error}
      </div>
      <SortableBoard rows={shown} onMove={reorder.move}>
        {table}
      </SortableBoard>
    </>
  );
}
