"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { BoardRowCells } from "./board-row-cells";
import { isLive } from "@/lib/initiative-enums";
import { useBoardSummary } from "./board-summary";
import { JumpToPosition } from "./jump-to-position";
import type { ScoreRanks } from "./score-rank-cell";
import { useBoardList, type BoardWindowData } from "./use-board-list";

// Drag and drop is loaded only by those who may reorder (the CMO and the CIO).
const SortableBoard = dynamic(() => import("./sortable-board"));
const SortableRow = dynamic(() => import("./sortable-row"));

interface Props {
  /** The window the server rendered, and the size of the whole (filtered) list. */
  initial: BoardWindowData;
  /** The page's filters as a query string, for reading further windows. */
  query: string;
  /** The CMO and the CIO on the whole, unfiltered list: drag and drop and the move buttons. */
  canReorder: boolean;
  /** The table's (visually hidden) caption; the board's intro by default. */
  caption?: string;
  /** The score rank of each scored row (joint triage), shown beside the manual rank. */
  scoreRanks?: ScoreRanks;
}

const ESTIMATED_ROW_PX = 60;
/**
 * Up to this many rows every row is in the page (find in page and screen readers see the whole
 * list, and it stays well under the page budget); longer lists are virtualised.
 */
export const RENDER_ALL_UP_TO = 60;
const COLUMNS = 10;

/**
 * The board's table, virtualised: only the rows near the screen are in the page, however long the
 * list; the others are read window by window as it scrolls. Read-only, or, when `canReorder`,
 * every row gets a drag handle and keyboard controls (move up, down, to the top, to a position
 * with a reason); the list moves at once and the result is announced politely.
 */
export function BoardTable({ initial, query, canReorder, caption, scoreRanks }: Props) {
  const t = useTranslations();
  const { update: updateSummary } = useBoardSummary();
  const list = useBoardList(initial, query, (answer) =>
    updateSummary({ total: answer.total, leverCounts: answer.leverCounts }),
  );
  const body = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the rows start on the page; what is above them may change size (a panel opens).
  useLayoutEffect(() => {
    const measure = () => setScrollMargin((body.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtual = list.total > RENDER_ALL_UP_TO;
  const virtualizer = useWindowVirtualizer({
    enabled: virtual,
    count: list.total,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
    scrollMargin,
    initialRect: { width: 1280, height: 1200 },
    getItemKey: (index) => list.slots[index]?.id ?? `slot-${index}`,
  });
  const items = virtual
    ? virtualizer.getVirtualItems()
    : list.slots.map((_, index) => ({ index, key: list.slots[index]?.id ?? `slot-${index}`, start: 0, end: 0 }));
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { ensure } = list;
  // Also after the list changed (new server data, a live change): rows on screen may need reading.
  useEffect(() => {
    if (list.total > 0) ensure(first, last);
  }, [ensure, first, last, list.total, list.slots]);

  const positionOf = useCallback((id: string) => list.slots.findIndex((row) => row?.id === id) + 1, [list.slots]);
  const shown = items.map((item) => ({ item, row: list.slots[item.index] }));
  const before = virtual && items.length ? items[0]!.start - scrollMargin : 0;
  const after = virtual && items.length ? virtualizer.getTotalSize() - (items.at(-1)!.end - scrollMargin) : 0;

  const table = (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table
        className="min-w-full divide-y divide-slate-200 text-sm"
        aria-rowcount={list.total + 1}
        aria-busy={list.pending || undefined}
      >
        <caption className="sr-only">{caption ?? t("board.intro")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr aria-rowindex={1}>
            {canReorder ? (
              <th scope="col" className="px-3 py-2">
                {t("reorder.controls")}
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2 text-right">
              {t("board.rank")}
            </th>
            {scoreRanks ? (
              <th scope="col" className="px-3 py-2 text-right">
                {t("triage.board.scoreRank")}
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2">
              {t("board.initiative")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("board.lever")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("board.marketingOwner")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("board.itOwner")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("board.status")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("board.health")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("board.progress")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("board.targetDate")}
            </th>
          </tr>
        </thead>
        <tbody ref={body} className="divide-y divide-slate-100">
          {before > 0 ? <tr aria-hidden style={{ height: before }} /> : null}
          {shown.map(({ item, row }) =>
            !row ? (
              <tr
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
              >
                <td
                  colSpan={COLUMNS - (canReorder ? 0 : 1) + (scoreRanks ? 1 : 0)}
                  className="px-3 py-4 text-slate-500"
                >
                  {t("board.loadingRow", { position: item.index + 1 })}
                </td>
              </tr>
            ) : canReorder ? (
              <SortableRow
                key={item.key}
                row={row}
                position={item.index + 1}
                count={list.total}
                onMove={list.move}
                index={item.index}
                measure={virtualizer.measureElement}
                scoreRank={scoreRanks ? (scoreRanks[row.id] ?? null) : undefined}
              />
            ) : (
              <tr
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
              >
                <BoardRowCells
                  row={row}
                  rank={isLive(row.status) ? row.rank : null}
                  scoreRank={scoreRanks ? (scoreRanks[row.id] ?? null) : undefined}
                />
              </tr>
            ),
          )}
          {after > 0 ? <tr aria-hidden style={{ height: after }} /> : null}
        </tbody>
      </table>
    </div>
  );
  const jump = virtual ? (
    <JumpToPosition
      total={list.total}
      onJump={(position) => virtualizer.scrollToIndex(position - 1, { align: "start" })}
    />
  ) : null;
  if (!canReorder) {
    return (
      <>
        {jump}
        {table}
      </>
    );
  }
  return (
    <>
      {jump}
      <div
        className={
          list.announcement
            ? "mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
            : "sr-only"
        }
      >
        <p role="status" aria-live="polite">
          {list.announcement}
        </p>
        {list.lastMove ? (
          <button
            type="button"
            onClick={list.undo}
            className="rounded border border-green-700 px-2 py-0.5 font-medium text-green-900 hover:bg-green-100"
          >
            {t("reorder.undo")}
          </button>
        ) : null}
      </div>
      <div
        role="alert"
        className={
          list.error ? "mb-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" : "sr-only"
        }
      >
        {list.error}
      </div>
      <SortableBoard rows={shown.flatMap(({ row }) => (row ? [row] : []))} positionOf={positionOf} onMove={list.move}>
        {table}
      </SortableBoard>
    </>
  );
}
