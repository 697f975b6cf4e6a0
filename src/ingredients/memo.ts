/**
 * The engine's memo tables (normalized names, parsed pieces, matcher answers and typo candidates) are plain
 * Maps with one bound: a full table is emptied and refilled, so memory stays bounded on any input while
 * real lists, which repeat the same few thousand names, almost always hit.
 */

/** Entries per memo table. */
export const MAX_MEMO = 50_000;

/** map.set(key, value), after emptying the map when it is full. */
export function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (map.size >= MAX_MEMO) map.clear();
  map.set(key, value);
}
