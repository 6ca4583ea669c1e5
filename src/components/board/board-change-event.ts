/**
 * The live board's change, as a DOM event on `window`: LiveRefresh dispatches it for every change
 * the event stream reports; a board list that can apply it itself (it names the initiatives) calls
 * `preventDefault()`, and then the page is not re-read as a whole.
 */
export const BOARD_CHANGE_EVENT = "levers:board-change";

export interface BoardChangeDetail {
  table: string;
  /** The initiatives changed, or "*" when any may have changed. */
  ids: string[] | "*";
}

/** Parses an event stream's `change` data; anything unexpected is a change to any row. */
export function parseChangeData(data: string): BoardChangeDetail {
  try {
    const parsed = JSON.parse(data) as { table?: unknown; ids?: unknown };
    const table = typeof parsed.table === "string" ? parsed.table : "";
    const ids =
      Array.isArray(parsed.ids) && parsed.ids.length > 0 && parsed.ids.every((id) => typeof id === "string")
        ? (parsed.ids as string[])
        : "*";
    return { table, ids };
  } catch {
    return { table: "", ids: "*" };
  }
}

/** The DOM event for a change (cancelable: the list that applies it calls preventDefault()). */
export function boardChangeEvent(detail: BoardChangeDetail): CustomEvent<BoardChangeDetail> {
  return new CustomEvent<BoardChangeDetail>(BOARD_CHANGE_EVENT, { detail, cancelable: true });
}
