"use client";

import { perTranslator, useFormatter, useTranslations } from "@/i18n/client";
import type { CSSProperties, KeyboardEvent, PointerEvent } from "react";
import type { BoardRow } from "@/server/queries/board";
import { isLive } from "@/lib/initiative-enums";
import { HealthBadge, LeverBadge, StatusBadge } from "@/components/ui/badge";
import { OverdueDate } from "@/components/ui/overdue-date";
import { OneSidedBadge } from "./one-sided-badge";
import { ReorderControls } from "./reorder-controls";
import { ScoreRankCell, type ScoreRank } from "./score-rank-cell";
import type { MoveRow } from "./use-board-list";

/** What the drag-and-drop chunk adds to a row once it is loaded (see sortable-row.tsx). */
export interface SortableBits {
  setNodeRef: (element: HTMLElement | null) => void;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
  /** The handle's listeners and ARIA attributes (without a tabIndex: the list's roving tabindex sets it). */
  handleProps: Record<string, unknown>;
  style: CSSProperties;
  dragging: boolean;
}

/** A pointer press or a key press on a handle before the drag-and-drop code is loaded. */
export type DragIntent =
  { id: string; kind: "key" } | { id: string; kind: "pointer"; init: PointerEventInit; pointerId: number };

interface Props {
  row: BoardRow;
  /** 1-based position in the list shown (the rank on the whole list; on a filtered list the row's rank is shown). */
  position: number;
  count: number;
  /** The virtualiser's index and measuring ref. */
  index: number;
  measure: (element: Element | null) => void;
  /** The score rank (joint triage) when the column is shown; null when not scored. */
  scoreRank?: ScoreRank | null;
  /** The CMO and the CIO on the whole list: handle and move buttons. */
  onMove?: MoveRow;
  /** Before drag and drop is loaded: a press on the handle asks for it. */
  onDragIntent?: (intent: DragIntent) => void;
  sortable?: SortableBits;
  /** Roles that may post status updates: "Post status update" on the phone card. */
  canPostUpdate: boolean;
}

/**
 * A cell's heading, shown before its value on a phone card only (the table has column headings):
 * generated content (CSS `attr()`), so the cell's text stays its value.
 */
const LABELLED = "board-labelled";

const CELL = "px-3 py-2 cards:p-0";

type Translate = ReturnType<typeof useTranslations<never>>;

/**
 * The words every row repeats, translated once per translator (src/i18n/client.ts keeps one per
 * catalogue).
 */
const rowLabels = perTranslator((t: Translate) => ({
  silent: { oneSided: t("board.oneSided"), MARKETING: t("board.silentMarketing"), IT: t("board.silentIt") },
  noDate: t("board.noDate"),
  rank: t("board.rank"),
  lever: t("board.lever"),
  marketingOwner: t("board.marketingOwner"),
  itOwner: t("board.itOwner"),
  status: t("board.status"),
  health: t("board.health"),
  progress: t("board.progress"),
  targetDate: t("board.targetDate"),
  overdue: t("board.overdue"),
  postUpdate: t("board.postUpdate"),
}));

/**
 * One item of the board: a table row on a wide screen, a card on phones and tablets (below 1024 px:
 * the `cards:` variant of globals.css) with the title first, every essential field with its heading,
 * the one-sided reason in words, "Post status update" and, for the CMO and the CIO, Move up / Move down / Move to top /
 * Move to position… in words. The plain and the virtualised list, with or without drag and drop,
 * all render this.
 */
export function BoardItem({
  row,
  position,
  count,
  index,
  measure,
  scoreRank,
  onMove,
  onDragIntent,
  sortable,
  canPostUpdate,
}: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const live = isLive(row.status);
  const labels = rowLabels(t);
  const rank = onMove ? position : live ? row.rank : null;
  const date = row.targetDate ? format.dateTime(new Date(row.targetDate), { dateStyle: "medium" }) : labels.noDate;
  const intent = {
    onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => {
      if (event.key !== " " && event.key !== "Enter") return;
      event.preventDefault();
      onDragIntent?.({ id: row.id, kind: "key" });
    },
    onPointerDown: (event: PointerEvent<HTMLButtonElement>) => {
      if (!event.isPrimary || event.button !== 0) return;
      onDragIntent?.({
        id: row.id,
        kind: "pointer",
        pointerId: event.pointerId,
        init: {
          bubbles: true,
          cancelable: true,
          isPrimary: true,
          button: 0,
          buttons: 1,
          pointerId: event.pointerId,
          pointerType: event.pointerType,
          clientX: event.clientX,
          clientY: event.clientY,
        },
      });
    },
  };
  return (
    <tr
      ref={(element) => {
        sortable?.setNodeRef(element);
        measure(element);
      }}
      data-index={index}
      data-row-id={row.id}
      aria-rowindex={index + 2}
      style={sortable?.style}
      className={`board-row ${sortable?.dragging ? "relative z-10 bg-white shadow-lg ring-1 ring-brand-600" : ""}`}
    >
      {onMove ? (
        <td className={`${CELL} cards:col-span-full`}>
          <div className="flex w-36 flex-wrap items-center gap-1 cards:w-auto cards:gap-2">
            <button
              type="button"
              data-drag-handle
              ref={sortable?.setActivatorNodeRef}
              {...(sortable ? sortable.handleProps : intent)}
              aria-label={t("reorder.dragHandle", { title: row.title })}
              data-glyph="⠿"
              className="glyph cursor-grab touch-none rounded px-1.5 py-1 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 active:cursor-grabbing cards:hidden"
            />
            <ReorderControls
              title={row.title}
              position={position}
              count={count}
              onMove={(target, reason) => onMove(row.id, target, reason)}
            />
          </div>
        </td>
      ) : null}
      <td
        data-label={labels.rank}
        className={`${LABELLED} ${CELL} text-right font-semibold tabular-nums cards:text-left`}
      >
        {rank ?? "—"}
      </td>
      {scoreRank !== undefined ? <ScoreRankCell scoreRank={scoreRank} /> : null}
      <th
        scope="row"
        className={`${CELL} text-left font-medium text-slate-900 cards:order-first cards:col-span-full cards:text-base`}
      >
        <a href={`/initiatives/${row.id}`} className="hover:underline">
          {row.title}
        </a>
        <OneSidedBadge silentSides={row.silentSides} labels={labels.silent} showReason />
      </th>
      <td data-label={labels.lever} className={`${LABELLED} ${CELL}`}>
        <LeverBadge lever={row.lever} label={t(`levers.${row.lever}`)} />
      </td>
      <td
        data-label={labels.marketingOwner}
        className={`${LABELLED} ${CELL} whitespace-nowrap cards:whitespace-normal`}
      >
        {row.marketingOwner.name}
      </td>
      <td data-label={labels.itOwner} className={`${LABELLED} ${CELL} whitespace-nowrap cards:whitespace-normal`}>
        {row.itOwner.name}
      </td>
      <td data-label={labels.status} className={`${LABELLED} ${CELL}`}>
        <StatusBadge status={row.status} label={t(`status.${row.status}`)} />
        {row.signedBy ? (
          <span className="mt-0.5 block text-xs text-slate-600">{t(`workflow.halfSigned${row.signedBy}`)}</span>
        ) : null}
      </td>
      <td data-label={labels.health} className={`${LABELLED} ${CELL}`}>
        <HealthBadge health={row.health} label={t(`health.${row.health}`)} />
      </td>
      <td data-label={labels.progress} className={`${LABELLED} ${CELL} text-right tabular-nums cards:text-left`}>
        {format.number(row.progress / 100, { style: "percent" })}
      </td>
      <td data-label={labels.targetDate} className={`${LABELLED} ${CELL}${row.overdue ? "" : " whitespace-nowrap"}`}>
        {row.overdue ? <OverdueDate date={date} label={labels.overdue} /> : date}
      </td>
      {canPostUpdate && live ? (
        <td className="hidden cards:col-span-full cards:block">
          <a
            href={`/initiatives/${row.id}?update=1`}
            aria-label={t("board.postUpdateFor", { title: row.title })}
            className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700"
          >
            {labels.postUpdate}
          </a>
        </td>
      ) : null}
    </tr>
  );
}
