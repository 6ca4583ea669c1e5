// The board's drag-and-drop chunk (@dnd-kit): imported by board-table.tsx only when the CMO or the
// CIO presses a drag handle, never by those who may not reorder.
export { default as SortableBoard } from "./sortable-board";
export { SortableItem } from "./sortable-row";
