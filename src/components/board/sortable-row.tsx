"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { ComponentProps } from "react";
import { BoardItem } from "./board-item";

/**
 * A board item that can be dragged by its handle: the one row renderer (BoardItem) with dnd-kit's
 * bits. In the drag-and-drop chunk, loaded when the CMO or the CIO first presses a handle.
 */
export function SortableItem(props: Omit<ComponentProps<typeof BoardItem>, "sortable" | "onDragIntent">) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: props.row.id,
  });
  // The list's roving tabindex decides which control is the Tab stop, not dnd-kit.
  const { tabIndex: _ignored, ...aria } = attributes;
  void _ignored;
  return (
    <BoardItem
      {...props}
      sortable={{
        setNodeRef,
        setActivatorNodeRef,
        handleProps: { ...aria, ...listeners },
        style: { transform: CSS.Translate.toString(transform), transition },
        dragging: isDragging,
      }}
    />
  );
}
