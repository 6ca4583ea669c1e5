// The reorder's limits, without zod: the board's browser code reads them (the schema is server-side).

/** The longest reason a move may keep in the history. */
export const REORDER_REASON_MAX_LENGTH = 280;
