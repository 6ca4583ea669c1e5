"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useTranslations } from "@/i18n/client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import { BoardItem, type DragIntent } from "./board-item";
import { usePlainLinks } from "../ui/plain-links";
import { BOARD_LIST_ID } from "./board-list-id";
import { useBoardSummary } from "./board-summary";
import { JumpToPosition } from "./jump-to-position";
import type { ScoreRanks } from "./score-rank-cell";
import { useBoardList, type BoardWindowData } from "./use-board-list";
import { useRovingList } from "./use-roving-list";

type DragAndDrop = typeof import("./drag-and-drop");

interface Props {
  /** The window the server rendered, and the size of the whole (filtered) list. */
  initial: BoardWindowData;
  /** The page's filters as a query string, for reading further windows. */
  query: string;
  /** The CMO and the CIO on the whole, unfiltered list: drag and drop and the move buttons. */
  canReorder: boolean;
  /** Roles that may post status updates: "Post status update" on each live item's phone card. */
  canPostUpdate: boolean;
  /** The table's (visually hidden) caption; the board's intro by default. */
  caption?: string;
  /** The score rank of each scored row (joint triage), shown beside the manual rank. */
  scoreRanks?: ScoreRanks;
}

const ESTIMATED_ROW_PX = 60;
const ESTIMATED_CARD_PX = 330;
/** The space between two phone cards (their `cards:mb-3`). */
const CARD_GAP_PX = 12;
/**
 * Up to this many rows every row is in the page (find in page and screen readers see the whole
 * list, and it stays well under the page budget); longer lists are virtualised.
 */
export const RENDER_ALL_UP_TO = 60;
const CARD_QUERY = "screen and (width < 64rem)";

/** Below 1024 px (phones and tablets) the list is a column of cards (globals.css `cards:`, `data-cards="lg"`): the virtualiser's sizes follow. */
function useCardMode(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const media = window.matchMedia(CARD_QUERY);
      media.addEventListener("change", notify);
      return () => media.removeEventListener("change", notify);
    },
    () => window.matchMedia(CARD_QUERY).matches,
    () => false,
  );
}

/**
 * The board's list, virtualised: only the rows near the screen are in the page, however long the
 * list; the others are read window by window as it scrolls. A table on a wide screen, a column of
 * cards below 1024 px; each item is one BoardItem. Read-only, or, when `canReorder`, every item
 * has a drag handle and move controls (up, down, to the top, to a position with a reason); the
 * list moves at once and the result is announced politely. Drag and drop (@dnd-kit) is loaded only
 * when the CMO or the CIO first presses a handle. The list is one Tab stop (a roving tabindex).
 */
export function BoardTable({ initial, query, canReorder, canPostUpdate, caption, scoreRanks }: Props) {
  const t = useTranslations();
  const { update: updateSummary } = useBoardSummary();
  const list = useBoardList(initial, query, (answer) =>
    updateSummary({ total: answer.total, leverCounts: answer.leverCounts }),
  );
  const body = useRef<HTMLTableSectionElement>(null);
  const roving = useRovingList(body);
  const rowLinks = usePlainLinks();
  const cards = useCardMode();
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
  // The virtualiser recomputes every row's offset (O(rows)) when this function changes: only when
  // the order does, not at every render (a pending move, an announcement).
  const slots = list.slots;
  const getItemKey = useCallback((index: number) => slots[index]?.id ?? `slot-${index}`, [slots]);
  const virtualizer = useWindowVirtualizer({
    enabled: virtual,
    count: list.total,
    estimateSize: () => (cards ? ESTIMATED_CARD_PX : ESTIMATED_ROW_PX),
    gap: cards ? CARD_GAP_PX : 0,
    overscan: 8,
    scrollMargin,
    initialRect: { width: 1280, height: 1200 },
    getItemKey,
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

  // Drag and drop: its code is fetched on the first press of a handle, then that press is replayed.
  const [dnd, setDnd] = useState<DragAndDrop | null>(null);
  const intent = useRef<DragIntent | null>(null);
  const loadingDnd = useRef(false);
  const onDragIntent = useCallback((wanted: DragIntent) => {
    intent.current = wanted;
    if (wanted.kind === "pointer") {
      // Released before the code arrived: a click, not a drag; nothing to replay.
      const released = () => {
        if (intent.current === wanted) intent.current = null;
      };
      window.addEventListener("pointerup", released, { once: true });
    }
    if (loadingDnd.current) return;
    loadingDnd.current = true;
    import("./drag-and-drop").then(
      (module) => setDnd(module),
      () => (loadingDnd.current = false), // a later press tries again
    );
  }, []);
  useEffect(() => {
    const wanted = intent.current;
    intent.current = null;
    if (!dnd || !wanted) return;
    // The rows were rendered again with dnd-kit's listeners: the press goes to the new handle.
    const timer = setTimeout(() => {
      const handle = body.current?.querySelector<HTMLElement>(`tr[data-row-id="${wanted.id}"] [data-drag-handle]`);
      if (!handle) return;
      if (wanted.kind === "key") {
        handle.focus();
        handle.dispatchEvent(
          new KeyboardEvent("keydown", { key: " ", code: "Space", bubbles: true, cancelable: true }),
        );
      } else {
        handle.dispatchEvent(new PointerEvent("pointerdown", wanted.init));
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [dnd]);

  // The column headings, in order; `right`: a number column.
  const headings: { label: string; right?: boolean }[] = [
    ...(canReorder ? [{ label: t("reorder.controls") }] : []),
    { label: t("board.rank"), right: true },
    ...(scoreRanks ? [{ label: t("triage.board.scoreRank"), right: true }] : []),
    { label: t("board.initiative") },
    { label: t("board.lever") },
    { label: t("board.marketingOwner") },
    { label: t("board.itOwner") },
    { label: t("board.status") },
    { label: t("board.health") },
    { label: t("board.progress"), right: true },
    { label: t("board.targetDate") },
  ];
  const positionOf = useCallback((id: string) => list.slots.findIndex((row) => row?.id === id) + 1, [list.slots]);
  const shown = items.map((item) => ({ item, row: list.slots[item.index] }));
  const before = virtual && items.length ? items[0]!.start - scrollMargin : 0;
  const after = virtual && items.length ? virtualizer.getTotalSize() - (items.at(-1)!.end - scrollMargin) : 0;

  const table = (
    <div data-cards="lg">
      <div
        id={BOARD_LIST_ID}
        tabIndex={-1}
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm cards:overflow-visible cards:border-0 cards:bg-transparent cards:shadow-none"
      >
        <table
          className="min-w-full divide-y divide-slate-200 text-sm cards:block cards:divide-y-0"
          aria-rowcount={list.total + 1}
          aria-busy={list.pending || undefined}
        >
          <caption className="sr-only">{caption ?? t("board.intro")}</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 cards:hidden">
            <tr aria-rowindex={1}>
              {headings.map((heading) => (
                <th key={heading.label} scope="col" className={heading.right ? "px-3 py-2 text-right" : "px-3 py-2"}>
                  {heading.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody
            ref={body}
            onKeyDown={roving.onKeyDown}
            onFocus={(event) => {
              roving.onFocus(event);
              rowLinks.onFocus(event);
            }}
            onClick={rowLinks.onClick}
            onPointerOver={rowLinks.onPointerOver}
            className="divide-y divide-slate-100 cards:block cards:divide-y-0"
          >
            {before > 0 ? <tr aria-hidden className="cards:block" style={{ height: before }} /> : null}
            {shown.map(({ item, row }) => {
              if (!row)
                return (
                  <tr
                    key={item.key}
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                    aria-rowindex={item.index + 2}
                    className="cards:mb-3 cards:block cards:rounded-lg cards:border cards:border-slate-200 cards:bg-white"
                  >
                    <td colSpan={headings.length} className="px-3 py-4 text-slate-500 cards:block">
                      {t("board.loadingRow", { position: item.index + 1 })}
                    </td>
                  </tr>
                );
              const props = {
                row,
                position: item.index + 1,
                count: list.total,
                index: item.index,
                measure: virtualizer.measureElement,
                scoreRank: scoreRanks ? (scoreRanks[row.id] ?? null) : undefined,
                onMove: canReorder ? list.move : undefined,
                canPostUpdate,
              };
              return dnd && canReorder ? (
                <dnd.SortableItem key={item.key} {...props} />
              ) : (
                <BoardItem key={item.key} {...props} onDragIntent={canReorder ? onDragIntent : undefined} />
              );
            })}
            {after > 0 ? <tr aria-hidden className="cards:block" style={{ height: after }} /> : null}
          </tbody>
        </table>
      </div>
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
      {dnd ? (
        <dnd.SortableBoard
          rows={shown.flatMap(({ row }) => (row ? [row] : []))}
          positionOf={positionOf}
          onMove={list.move}
        >
          {table}
        </dnd.SortableBoard>
      ) : (
        table
      )}
    </>
  );
}
