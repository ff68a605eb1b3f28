import { undraft } from './draft-safe.js';
import type { OrderedIndex, OrderedIndexNode } from './ordered-index-node.js';
import { branch, EMPTY_SLOTS, rootOf, shiftFor } from './ordered-index-node.js';
import { lookupIn } from './ordered-index-read.js';
import { insertInNode, pathTo, removeFromNode } from './ordered-index-write.js';

export type { OrderedIndex, OrderedIndexEntry } from './ordered-index-node.js';
export {
  orderedIndexAt,
  orderedIndexRank,
  orderedIndexSlice,
  orderedIndexValuesFrom,
} from './ordered-index-query.js';

const EMPTY: OrderedIndex<never> = Object.freeze({ size: 0, shift: 0, root: null });

function capacity(shift: number): number {
  // A shift: `2 **` compiles to a call to Math.pow, and this runs on every index write.
  return shift < 26 ? 1 << (shift + 5) : 2 ** (shift + 5);
}

function requireCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`${name} must be a non-negative safe integer, got ${n}.`);
  }
}

/**
 * Returns the empty ordered index.
 *
 * @typeParam V - The type of the values the index will hold.
 * @returns A frozen index with no keys.
 *
 * @example
 * ```ts
 * orderedIndexSize(emptyOrderedIndex()); //=> 0
 * ```
 */
export function emptyOrderedIndex<V extends string = string>(): OrderedIndex<V> {
  return EMPTY;
}

/**
 * Returns an index with `key` mapped to `value`, copying only the O(log32 key) nodes on its path.
 *
 * @param index - The index to start from (may be read through an immer draft); it is not changed.
 * @param key - A non-negative safe integer, such as a creation sequence number.
 * @param value - The string to store under the key.
 * @returns A new frozen index, or `index` itself when the key already holds `value`.
 * @throws RangeError when `key` is not a non-negative safe integer.
 *
 * @example
 * ```ts
 * const ix = orderedIndexInsert(emptyOrderedIndex(), 7, 's-7');
 * orderedIndexGet(ix, 7); //=> 's-7'
 * ```
 */
export function orderedIndexInsert<V extends string>(
  index: OrderedIndex<V>,
  key: number,
  value: V,
): OrderedIndex<V> {
  requireCount('An ordered index key', key);
  const base = undraft(index);
  const top = rootOf(base);
  if (top === null) {
    const shift = shiftFor(key);
    return Object.freeze({ size: 1, shift, root: pathTo(shift, key, value) });
  }
  let root: OrderedIndexNode<V> = top;
  let shift = base.shift;
  // Grow upwards: the old root becomes slot 0 of a taller one until the key fits.
  while (key >= capacity(shift)) {
    const children: (OrderedIndexNode<V> | null)[] = [...EMPTY_SLOTS];
    children[0] = root;
    root = branch(root.count, children);
    shift += 5;
  }
  const next = insertInNode(root, shift, key, value);
  if (next === top) return base;
  return Object.freeze({ size: next.count, shift, root: next });
}

/**
 * Returns an index without `key`, copying only the nodes on its path.
 *
 * @param index - The index to start from; it is not changed.
 * @param key - The key to remove.
 * @returns A new frozen index, or `index` itself when the key is absent.
 *
 * @example
 * ```ts
 * const ix = orderedIndexInsert(emptyOrderedIndex(), 7, 's-7');
 * orderedIndexSize(orderedIndexRemove(ix, 7)); //=> 0
 * orderedIndexRemove(ix, 8) === ix; //=> true
 * ```
 */
export function orderedIndexRemove<V extends string>(
  index: OrderedIndex<V>,
  key: number,
): OrderedIndex<V> {
  const base = undraft(index);
  const top = rootOf(base);
  if (top === null || !Number.isSafeInteger(key) || key < 0) return base;
  if (key >= capacity(base.shift)) return base;
  let root = removeFromNode(top, base.shift, key);
  if (root === top) return base;
  let shift = base.shift;
  // Shrink while everything sits in slot 0, so equal contents give equal layouts.
  while (root !== null && 'children' in root) {
    const first = root.children[0] ?? null;
    if (first === null || first.count !== root.count) break;
    root = first;
    shift -= 5;
  }
  return root === null ? EMPTY : Object.freeze({ size: root.count, shift, root });
}

/**
 * Looks up the value stored under a key in O(log32 key).
 *
 * @param index - The index to read.
 * @param key - The key to look up.
 * @returns The stored value, or `undefined` when the key is absent.
 *
 * @example
 * ```ts
 * orderedIndexGet(orderedIndexInsert(emptyOrderedIndex(), 7, 's-7'), 7); //=> 's-7'
 * ```
 */
export function orderedIndexGet<V extends string>(
  index: OrderedIndex<V>,
  key: number,
): V | undefined {
  const base = undraft(index);
  const top = rootOf(base);
  if (top === null || !Number.isSafeInteger(key) || key < 0) return undefined;
  if (key >= capacity(base.shift)) return undefined;
  return lookupIn(top, base.shift, key);
}

/**
 * Returns the number of keys in O(1).
 *
 * @param index - The index to measure.
 * @returns The number of keys.
 *
 * @example
 * ```ts
 * orderedIndexSize(orderedIndexInsert(emptyOrderedIndex(), 7, 's-7')); //=> 1
 * ```
 */
export function orderedIndexSize<V extends string>(index: OrderedIndex<V>): number {
  return index.size;
}
