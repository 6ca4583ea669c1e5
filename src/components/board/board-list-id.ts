/** The board's list element: the target of the page's "Skip to the list" link (a plain module, for server and client). */
export const BOARD_LIST_ID = "board-list";
