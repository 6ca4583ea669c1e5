"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type Modifier,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useTranslations } from "@/i18n/client";
import { useId, useMemo, useRef, type ReactNode } from "react";
import type { MoveRow } from "./use-board-list";

/** Rows move up and down only. */
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

interface Props {
  /** The rows on screen (the virtualised window), in order. */
  rows: { id: string; title: string }[];
  /** A row's 1-based position in the whole list. */
  positionOf: (id: string) => number;
  onMove: MoveRow;
  children: ReactNode;
}

/**
 * Drag and drop for the board's rows on screen, by pointer or by keyboard (focus a row's handle,
 * Space to pick it up, arrows to move, Space to drop, Escape to cancel), with translated
 * announcements. Only the CMO and the CIO load this code (it is its own chunk).
 */
export default function SortableBoard({ rows, positionOf, onMove, children }: Props) {
  const t = useTranslations("reorder");
  const id = useId(); // a stable id keeps dnd-kit's aria-describedby the same on the server and the client
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = rows.map((row) => row.id);

  // dnd-kit reports the row "over" itself right after the pick-up: silence that one, or it would
  // replace the "picked up" announcement before a screen reader reads it.
  const justPickedUp = useRef(false);
  const announcements = useMemo<Announcements>(() => {
    const title = (rowId: UniqueIdentifier) => rows.find((row) => row.id === rowId)?.title ?? "";
    const position = (rowId: UniqueIdentifier | undefined) => (rowId === undefined ? 0 : positionOf(String(rowId)));
    return {
      onDragStart: ({ active }) => {
        justPickedUp.current = true;
        return t("dragPickedUp", { title: title(active.id), position: position(active.id) });
      },
      onDragOver: ({ active, over }) => {
        const silent = justPickedUp.current && over?.id === active.id;
        justPickedUp.current = false;
        return over && !silent ? t("dragOver", { title: title(active.id), position: position(over.id) }) : undefined;
      },
      onDragEnd: ({ active, over }) =>
        over
          ? t("dragDropped", { title: title(active.id), position: position(over.id) })
          : t("dragCancelled", { title: title(active.id) }),
      onDragCancel: ({ active }) => t("dragCancelled", { title: title(active.id) }),
    };
  }, [rows, positionOf, t]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const position = positionOf(String(over.id));
    if (position > 0) onMove(String(active.id), { at: String(over.id), position }); // 0: that row has left the list
  };

  return (
    <DndContext
      id={id}
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[verticalOnly]}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("dragInstructions") } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}
