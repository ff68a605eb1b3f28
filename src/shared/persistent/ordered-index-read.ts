import { invariant } from '../invariant.js';
import type {
  OrderedIndexBranch,
  OrderedIndexEntry,
  OrderedIndexLeaf,
  OrderedIndexNode,
} from './ordered-index-node.js';
import { slotOf } from './ordered-index-node.js';

/**
 * Finds the value stored under `key` by walking one slot per level.
 *
 * @param root - The subtree; it covers `key`.
 * @param shift - The bit offset of `root`'s level.
 * @param key - An integer key the subtree covers.
 * @returns The stored value, or `undefined` when the key is absent.
 *
 * @example
 * ```ts
 * lookupIn(pathTo(0, 1, 'a'), 0, 1); //=> 'a'
 * ```
 */
export function lookupIn<V extends string>(
  root: OrderedIndexNode<V>,
  shift: number,
  key: number,
): V | undefined {
  let node = root;
  for (let level = shift; ; level -= 5) {
    const slot = slotOf(key, level);
    if ('values' in node) return node.values[slot] ?? undefined;
    const child = node.children[slot] ?? null;
    if (child === null) return undefined;
    node = child;
  }
}

/**
 * Counts the keys below `key` in a subtree, adding up the counts of the slots left of its path.
 *
 * @param root - The subtree; it covers `key`.
 * @param shift - The bit offset of `root`'s level.
 * @param key - An integer key the subtree covers.
 * @returns The number of keys in the subtree that are smaller than `key`.
 *
 * @example
 * ```ts
 * rankIn(insertInNode(pathTo(0, 1, 'a'), 0, 5, 'b'), 0, 5); //=> 1
 * ```
 */
export function rankIn<V extends string>(
  root: OrderedIndexNode<V>,
  shift: number,
  key: number,
): number {
  let rank = 0;
  let node: OrderedIndexNode<V> | null = root;
  for (let level = shift; node !== null; level -= 5) {
    const slot = slotOf(key, level);
    if ('values' in node) {
      for (let i = 0; i < slot; i++) if (node.values[i] != null) rank++;
      return rank;
    }
    rank += countBefore(node, slot);
    node = node.children[slot] ?? null;
  }
  return rank;
}

/**
 * Finds the entry with a given rank by skipping whole subtrees by their counts.
 *
 * @param root - The subtree.
 * @param shift - The bit offset of `root`'s level.
 * @param rank - A rank below `root.count`.
 * @returns The entry whose key has `rank` smaller keys in the subtree.
 *
 * @example
 * ```ts
 * entryAt(insertInNode(pathTo(0, 1, 'a'), 0, 5, 'b'), 0, 1); //=> { key: 5, value: 'b' }
 * ```
 */
export function entryAt<V extends string>(
  root: OrderedIndexNode<V>,
  shift: number,
  rank: number,
): OrderedIndexEntry<V> {
  let node = root;
  let prefix = 0;
  let left = rank;
  for (let level = shift; !('values' in node); level -= 5) {
    const slot = slotHolding(node, left);
    const child = node.children[slot];
    invariant(child, 'ordered index counts disagree with its slots');
    left -= countBefore(node, slot);
    prefix += slot * 2 ** level;
    node = child;
  }
  for (let i = 0; i < node.values.length; i++) {
    const value = node.values[i];
    if (value == null) continue;
    if (left === 0) return { key: prefix + i, value };
    left--;
  }
  invariant(false, 'ordered index leaf count disagrees with its slots');
}

function countBefore<V extends string>(node: OrderedIndexBranch<V>, slot: number): number {
  let count = 0;
  for (let i = 0; i < slot; i++) count += node.children[i]?.count ?? 0;
  return count;
}

function slotHolding<V extends string>(node: OrderedIndexBranch<V>, rank: number): number {
  let left = rank;
  for (let i = 0; i < node.children.length; i++) {
    const count = node.children[i]?.count ?? 0;
    if (left < count) return i;
    left -= count;
  }
  return -1;
}

/**
 * Appends entries in key order to `out`, skipping the first `skip` entries of the subtree and
 * stopping once `out` holds `limit` entries.
 *
 * @param node - The subtree.
 * @param shift - The bit offset of `node`'s level.
 * @param prefix - The smallest key the subtree covers.
 * @param skip - How many of the subtree's entries to pass over first.
 * @param out - The page being filled.
 * @param limit - The page size.
 * @returns How many entries are still to be skipped after this subtree.
 *
 * @example
 * ```ts
 * const out = [];
 * collectFrom(insertInNode(pathTo(0, 1, 'a'), 0, 5, 'b'), 0, 0, 1, out, 10);
 * out; //=> [{ key: 5, value: 'b' }]
 * ```
 */
export function collectFrom<V extends string>(
  node: OrderedIndexNode<V>,
  shift: number,
  prefix: number,
  skip: number,
  out: OrderedIndexEntry<V>[],
  limit: number,
): number {
  if ('values' in node) return collectLeaf(node, prefix, skip, out, limit);
  let left = skip;
  const span = 2 ** shift;
  for (let i = 0; i < node.children.length && out.length < limit; i++) {
    const child = node.children[i];
    if (child == null) continue;
    // Whole subtrees before the start are skipped by their count: this is the O(log n) part.
    if (left >= child.count) left -= child.count;
    else left = collectFrom(child, shift - 5, prefix + i * span, left, out, limit);
  }
  return left;
}

function collectLeaf<V extends string>(
  node: OrderedIndexLeaf<V>,
  prefix: number,
  skip: number,
  out: OrderedIndexEntry<V>[],
  limit: number,
): number {
  let left = skip;
  for (let i = 0; i < node.values.length && out.length < limit; i++) {
    const value = node.values[i];
    if (value == null) continue;
    if (left > 0) left--;
    else out.push({ key: prefix + i, value });
  }
  return left;
}
