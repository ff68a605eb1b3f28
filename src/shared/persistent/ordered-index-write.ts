import type { OrderedIndexNode } from './ordered-index-node.js';
import { branch, EMPTY_SLOTS, leaf, slotOf } from './ordered-index-node.js';

/**
 * Builds a chain of nodes from the level at `shift` down to a leaf holding one key.
 *
 * @param shift - The bit offset of the top node of the chain.
 * @param key - The key to hold.
 * @param value - The value to store.
 * @returns The top node of the chain.
 *
 * @example
 * ```ts
 * pathTo(5, 33, 's-1').count; //=> 1
 * ```
 */
export function pathTo<V extends string>(
  shift: number,
  key: number,
  value: V,
): OrderedIndexNode<V> {
  const values: (V | null)[] = [...EMPTY_SLOTS];
  values[slotOf(key, 0)] = value;
  let node: OrderedIndexNode<V> = leaf(1, values);
  for (let level = 5; level <= shift; level += 5) {
    const children: (OrderedIndexNode<V> | null)[] = [...EMPTY_SLOTS];
    children[slotOf(key, level)] = node;
    node = branch(1, children);
  }
  return node;
}

/**
 * Writes `key -> value` below `node`, copying only the nodes on the key's path.
 *
 * @param node - The subtree to write into; it covers `key`.
 * @param shift - The bit offset of `node`'s level.
 * @param key - The key to write.
 * @param value - The value to store.
 * @returns The new subtree, or `node` itself when the key already holds `value`.
 *
 * @example
 * ```ts
 * insertInNode(pathTo(0, 1, 'a'), 0, 2, 'b').count; //=> 2
 * ```
 */
export function insertInNode<V extends string>(
  node: OrderedIndexNode<V>,
  shift: number,
  key: number,
  value: V,
): OrderedIndexNode<V> {
  const slot = slotOf(key, shift);
  if ('values' in node) {
    const old = node.values[slot] ?? null;
    if (old === value) return node;
    const values = [...node.values];
    values[slot] = value;
    return leaf(old === null ? node.count + 1 : node.count, values);
  }
  const child = node.children[slot] ?? null;
  const next =
    child === null ? pathTo(shift - 5, key, value) : insertInNode(child, shift - 5, key, value);
  if (next === child) return node;
  const children = [...node.children];
  children[slot] = next;
  return branch(node.count - (child?.count ?? 0) + next.count, children);
}

/**
 * Removes `key` below `node`, copying only the nodes on the key's path.
 *
 * @param node - The subtree to remove from; it covers `key`.
 * @param shift - The bit offset of `node`'s level.
 * @param key - The key to remove.
 * @returns The new subtree, `null` when it became empty, or `node` itself when the key is absent.
 *
 * @example
 * ```ts
 * removeFromNode(pathTo(0, 1, 'a'), 0, 1); //=> null
 * ```
 */
export function removeFromNode<V extends string>(
  node: OrderedIndexNode<V>,
  shift: number,
  key: number,
): OrderedIndexNode<V> | null {
  const slot = slotOf(key, shift);
  if ('values' in node) {
    if ((node.values[slot] ?? null) === null) return node;
    if (node.count === 1) return null;
    const values = [...node.values];
    values[slot] = null;
    return leaf(node.count - 1, values);
  }
  const child = node.children[slot] ?? null;
  if (child === null) return node;
  const next = removeFromNode(child, shift - 5, key);
  if (next === child) return node;
  if (node.count === 1) return null;
  const children = [...node.children];
  children[slot] = next;
  return branch(node.count - 1, children);
}
