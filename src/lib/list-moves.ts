// Moving one item of an ordered list, by 1-based position: pure and dependency-free, so the board's
// browser code uses it without the rank keys' library (src/lib/ranking.ts re-exports it).

/**
 * Where a move goes: a 1-based position; a number of places from where the row is (-1: one up); or
 * the place of the row it is dropped on (`at`, with that row's `position` in the list shown). "Move
 * up", "Move down" and a drop name places and rows, so that a list a change behind still moves the
 * row past the neighbour the user saw; "Move to top" and "Move to position" name a position.
 */
export type MoveTarget = { position: number } | { by: number } | { at: string; position: number };

/** The position a move goes to, from a row at `from` in a list of `count` (clamped to the list). */
export function targetPosition(target: MoveTarget, from: number, count: number): number {
  return clampPosition("by" in target ? from + target.by : target.position, count);
}

/** Clamps a 1-based position into 1..max (NaN and fractions included). */
export function clampPosition(position: number, max: number): number {
  const whole = Number.isFinite(position) ? Math.trunc(position) : 1;
  return Math.min(Math.max(whole, 1), Math.max(max, 1));
}

/**
 * A copy of `items` with the one at `index` moved to `position` (1-based, clamped): what the list
 * looks like after a move, for an optimistic board before the server answers.
 */
export function moveToPosition<T>(items: readonly T[], index: number, position: number): T[] {
  const item = items[index];
  if (item === undefined) return [...items];
  const rest = items.filter((_, i) => i !== index);
  const at = clampPosition(position, items.length);
  return [...rest.slice(0, at - 1), item, ...rest.slice(at - 1)];
}
