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
import { useTranslations } from "next-intl";
import { useId, useMemo, useRef, type ReactNode } from "react";
import type { BoardRow } from "@/server/queries/board";
import type { MoveRow } from "./use-board-reorder";

/** Rows move up and down only. */
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

/**
 * Drag and drop for the board's rows, by pointer or by keyboard (focus a row's handle, Space to
 * pick it up, arrows to move, Space to drop, Escape to cancel), with translated announcements.
 */
export function SortableBoard({ rows, onMove, children }: { rows: BoardRow[]; onMove: MoveRow; children: ReactNode }) {
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
    const position = (rowId: UniqueIdentifier | undefined) => rows.findIndex((row) => row.id === rowId) + 1;
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
        over ? t("dragDropped", { title: title(active.id), position: position(over.id) }) : t("dragCancelled", { title: title(active.id) }),
      onDragCancel: ({ active }) => t("dragCancelled", { title: title(active.id) }),
    };
  }, [rows, t]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(String(active.id), ids.indexOf(String(over.id)) + 1);
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
