import { undraft } from './draft-safe.js';
import type { OrderedIndex, OrderedIndexEntry } from './ordered-index-node.js';
import { rootOf } from './ordered-index-node.js';
import { collectFrom, entryAt, rankIn } from './ordered-index-read.js';

function requireRank(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`${name} must be a non-negative safe integer, got ${n}.`);
  }
}

/**
 * Counts the keys smaller than `key` in O(log n), which is the rank `key` has or would have.
 *
 * @param index - The index to read.
 * @param key - Any number; fractional keys count the integer keys below them.
 * @returns How many keys are smaller than `key`.
 * @throws RangeError when `key` is `NaN`.
 *
 * @example
 * ```ts
 * const ix = orderedIndexInsert(orderedIndexInsert(emptyOrderedIndex(), 3, 'a'), 9, 'b');
 * orderedIndexRank(ix, 9); //=> 1
 * orderedIndexRank(ix, 10); //=> 2
 * ```
 */
export function orderedIndexRank<V extends string>(index: OrderedIndex<V>, key: number): number {
  if (Number.isNaN(key)) throw new RangeError('An ordered index rank needs a key, got NaN.');
  const base = undraft(index);
  const ceiling = Math.ceil(key);
  const top = rootOf(base);
  if (top === null || ceiling <= 0) return 0;
  if (ceiling >= 2 ** (base.shift + 5)) return base.size;
  return rankIn(top, base.shift, ceiling);
}

/**
 * Returns the entry with `rank` smaller keys in O(log n).
 *
 * @param index - The index to read.
 * @param rank - A position from 0 (the smallest key) to `size - 1`.
 * @returns The entry at that position, or `undefined` when the rank is out of range.
 *
 * @example
 * ```ts
 * const ix = orderedIndexInsert(orderedIndexInsert(emptyOrderedIndex(), 3, 'a'), 9, 'b');
 * orderedIndexAt(ix, 1); //=> { key: 9, value: 'b' }
 * orderedIndexAt(ix, 2); //=> undefined
 * ```
 */
export function orderedIndexAt<V extends string>(
  index: OrderedIndex<V>,
  rank: number,
): OrderedIndexEntry<V> | undefined {
  const base = undraft(index);
  const top = rootOf(base);
  if (top === null || !Number.isSafeInteger(rank) || rank < 0 || rank >= base.size) {
    return undefined;
  }
  return entryAt(top, base.shift, rank);
}

/**
 * Returns up to `count` entries in ascending key order, starting at position `fromRank`, in
 * O(log n + count): the page of a paged listing.
 *
 * @param index - The index to read.
 * @param fromRank - The position of the first entry (0 is the smallest key).
 * @param count - The largest number of entries to return.
 * @returns A new array of entries; shorter than `count` at the end of the index.
 * @throws RangeError when `fromRank` or `count` is not a non-negative safe integer.
 *
 * @example
 * ```ts
 * const ix = orderedIndexInsert(orderedIndexInsert(emptyOrderedIndex(), 3, 'a'), 9, 'b');
 * orderedIndexSlice(ix, 1, 10); //=> [{ key: 9, value: 'b' }]
 * ```
 */
export function orderedIndexSlice<V extends string>(
  index: OrderedIndex<V>,
  fromRank: number,
  count: number,
): OrderedIndexEntry<V>[] {
  requireRank('An ordered index slice start', fromRank);
  requireRank('An ordered index slice count', count);
  const base = undraft(index);
  const out: OrderedIndexEntry<V>[] = [];
  const top = rootOf(base);
  if (top === null || fromRank >= base.size || count === 0) return out;
  collectFrom(top, base.shift, 0, fromRank, out, count);
  return out;
}

// Pages keep the generator's cost at one O(log n) descent per PAGE values.
const PAGE = 64;

function* pagedValues<V extends string>(
  index: OrderedIndex<V>,
  fromRank: number,
): Generator<V, void, undefined> {
  for (let rank = fromRank; rank < index.size; rank += PAGE) {
    for (const entry of orderedIndexSlice(index, rank, PAGE)) yield entry.value;
  }
}

/**
 * Iterates over the values in ascending key order, starting at position `fromRank`.
 *
 * @param index - The index to read; later versions do not affect the iteration.
 * @param fromRank - The position of the first value (0 is the smallest key).
 * @returns A generator of values.
 * @throws RangeError when `fromRank` is not a non-negative safe integer.
 *
 * @example
 * ```ts
 * const ix = orderedIndexInsert(orderedIndexInsert(emptyOrderedIndex(), 3, 'a'), 9, 'b');
 * [...orderedIndexValuesFrom(ix, 0)]; //=> ['a', 'b']
 * ```
 */
export function orderedIndexValuesFrom<V extends string>(
  index: OrderedIndex<V>,
  fromRank: number,
): Generator<V, void, undefined> {
  requireRank('An ordered index start', fromRank);
  // Unwrap now, not on the first `next()`: an immer draft may be revoked by then.
  return pagedValues(undraft(index), fromRank);
}
