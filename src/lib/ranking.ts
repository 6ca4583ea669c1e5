import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";
import { clampPosition } from "./list-moves";

export { clampPosition, moveToPosition } from "./list-moves";

// Fractional-index rank keys (https://observablehq.com/@dgreensp/implementing-fractional-indexing):
// base-62 strings that sort byte by byte (the column is COLLATE "C"), so a move writes one key
// between its new neighbours and no other row changes. Pure: shared by the domain and the tests.

/**
 * Longest key a move may write. Repeated moves into the same gap add about one character every six
 * moves; past this length the domain rewrites every live key evenly (a rebalance) instead.
 */
export const MAX_KEY_LENGTH = 16;

/**
 * The key that puts an item at `position` (1-based) of a list, given the list's keys in order
 * WITHOUT the item being placed. The position is clamped to 1..keys.length + 1.
 */
export function keyForPosition(orderedKeysWithoutTheMovedItem: readonly string[], position: number): string {
  const keys = orderedKeysWithoutTheMovedItem;
  const at = clampPosition(position, keys.length + 1);
  return generateKeyBetween(keys[at - 2] ?? null, keys[at - 1] ?? null);
}

/** The key between two neighbours' keys (null: no neighbour on that side). */
export function keyBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

/** True when a key is too long to keep: rebalance the list instead of writing it. */
export function needsRebalance(key: string): boolean {
  return key.length > MAX_KEY_LENGTH;
}

/** `n` short keys in increasing order ("a0", "a1", …): a fresh, evenly spread list. */
export function evenKeys(n: number): string[] {
  return generateNKeysBetween(null, null, n);
}

/** True when every key is strictly greater than the one before it, byte by byte (COLLATE "C"). */
export function isStrictlyIncreasing(keys: readonly string[]): boolean {
  return keys.every((key, index) => index === 0 || (keys[index - 1] as string) < key);
}
