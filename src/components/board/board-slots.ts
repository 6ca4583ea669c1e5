import { isLive } from "@/lib/initiative-enums";
import type { BoardRow } from "@/server/queries/board";

// The board's list in the browser as slots, one per position of the whole list (use-board-list.ts):
// pure functions, so that tests can check them without a browser.

/** One slot per position; a slot is empty until its window is read. */
export type Slots = (BoardRow | undefined)[];

/** A window of rows as the server sends it: the rows from `offset`, and the list's size. */
export interface BoardWindowData {
  rows: BoardRow[];
  offset: number;
  total: number;
}

/**
 * The list's slots for `total` rows, with `data`'s window in place. The rows the browser already
 * has keep their places, by index, even when the list's size changed (until their own window is
 * read again, which the caller asks for): a change elsewhere never blanks the rows on screen, nor
 * takes the keyboard focus from a control in them. A row `data` brings is taken out of any other
 * place it held, so that no row is shown twice.
 */
export function placed(total: number, data: BoardWindowData, previous?: Slots): Slots {
  const arrived = new Set(data.rows.map((row) => row.id));
  const slots: Slots = Array.from({ length: total }, (_, i) => {
    const slot = previous?.[i];
    return slot && !arrived.has(slot.id) ? slot : undefined;
  });
  data.rows.forEach((row, i) => {
    if (data.offset + i < total) slots[data.offset + i] = row;
  });
  return slots;
}

/**
 * Applies the current state of some initiatives (`rows`: those of `ids` still in the list, with their
 * positions now) to the list: each leaves its old place and takes its new one, and the ranks of the
 * others shift as a move, an arrival or a departure shifts them. Returns null when the list in the
 * browser cannot tell where a changed row was (it had not been read): then its windows are re-read.
 */
export function patchSlots(
  previous: Slots,
  ids: readonly string[],
  rows: readonly BoardRow[],
  total: number,
): Slots | null {
  const changed = new Set(ids);
  const left: number[] = [];
  const kept: Slots = [];
  for (const slot of previous) {
    if (slot && changed.has(slot.id)) {
      if (isLive(slot.status)) left.push(slot.rank);
    } else {
      kept.push(slot);
    }
  }
  if (kept.length + rows.length !== total) return null;
  const arrived = rows.filter((row) => isLive(row.status)).map((row) => row.rank);
  const shift = (rank: number) => {
    let now = rank;
    for (const gone of [...left].sort((a, b) => b - a)) if (now > gone) now -= 1;
    for (const came of [...arrived].sort((a, b) => a - b)) if (now >= came) now += 1;
    return now;
  };
  const shifted: Slots = kept.map((slot) => {
    if (!slot || !isLive(slot.status) || (left.length === 0 && arrived.length === 0)) return slot;
    const rank = shift(slot.rank);
    return rank === slot.rank ? slot : { ...slot, rank };
  });
  for (const row of [...rows].sort((a, b) => a.position - b.position)) shifted.splice(row.position, 0, row);
  return shifted;
}
