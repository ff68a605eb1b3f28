import type { BlockMap } from './block-map.js';
import {
  type ChangeVisitor,
  Coalesce,
  countChanges,
  rangesHolding,
  walkDiff,
} from './trie-runs.js';

// Extent-level questions about block maps, for snapshot accounting and block listings: each costs
// O(changed runs x trie depth), so a 100 GiB range write counts as one run, not 204,800 blocks.

/**
 * How many indices `after` holds with a different value than `before` (its "own" blocks against
 * a parent): the indices that differ and are set in `after`.
 *
 * @param before - The earlier (parent) map.
 * @param after - The later map.
 * @returns The count.
 * @internal
 */
export function countNewerBlocks<V>(before: BlockMap<V>, after: BlockMap<V>): number {
  return countChanges(before.trie(), after.trie()).set;
}

/**
 * Visits the differences between two maps from block `from` on as maximal runs `[start, end)` of
 * one before/after pair, in ascending order; the visitor returns `false` to stop.
 *
 * @param before - The "before" map.
 * @param after - The "after" map.
 * @param from - The first block index to report.
 * @param visit - Receives each run.
 * @internal
 */
export function visitChangedRuns<V>(
  before: BlockMap<V>,
  after: BlockMap<V>,
  from: number,
  visit: (start: number, end: number, before: V | undefined, after: V | undefined) => boolean,
): void {
  const merged = new Coalesce(visit as ChangeVisitor);
  walkDiff(before.trie(), after.trie(), from, merged.push);
  merged.finish();
}

/**
 * The maximal sub-ranges of `[start, end)` where `map` holds exactly `value`, ascending.
 *
 * @param map - The map.
 * @param start - First block index.
 * @param end - One past the last block index.
 * @param value - The value looked for (by reference).
 * @returns `[from, to)` pairs.
 * @internal
 */
export function blocksHolding<V>(
  map: BlockMap<V>,
  start: number,
  end: number,
  value: V,
): [number, number][] {
  return rangesHolding(map.trie(), start, end, value);
}
