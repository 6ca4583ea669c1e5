"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import type { BoardRow } from "@/server/queries/board";
import { BoardRowCells } from "./board-row-cells";
import { ReorderControls } from "./reorder-controls";
import type { ScoreRank } from "./score-rank-cell";
import type { MoveRow } from "./use-board-list";

interface Props {
  row: BoardRow;
  position: number;
  count: number;
  onMove: MoveRow;
  /** The virtualiser's index and measuring ref. */
  index: number;
  measure: (element: Element | null) => void;
  /** The score rank (joint triage) when the column is shown; null when not scored. */
  scoreRank?: ScoreRank | null;
}

/** A board row that can be dragged by its handle and moved with its buttons (its own chunk, with dnd-kit). */
export default function SortableRow({ row, position, count, onMove, index, measure, scoreRank }: Props) {
  const t = useTranslations("reorder");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: row.id,
  });
  return (
    <tr
      ref={(element) => {
        setNodeRef(element);
        measure(element);
      }}
      data-index={index}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={isDragging ? "relative z-10 bg-white shadow-lg ring-1 ring-brand-600" : undefined}
    >
      <td className="px-3 py-2">
        <div className="flex items-center gap-1">
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={t("dragHandle", { title: row.title })}
            className="cursor-grab touch-none rounded px-1.5 py-1 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 active:cursor-grabbing"
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <ReorderControls
            title={row.title}
            position={position}
            count={count}
            onMove={(to, reason) => onMove(row.id, to, reason)}
          />
        </div>
      </td>
      <BoardRowCells row={row} rank={position} scoreRank={scoreRank} />
    </tr>
  );
}
