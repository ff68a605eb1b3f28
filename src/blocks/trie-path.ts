import { invariant } from '../shared/invariant.js';
import {
  BITS,
  COUNT,
  childAt,
  digit,
  emptyNode,
  liftRoot,
  type MutableNode,
  maxIndexAt,
  shiftFor,
  type Trie,
  type TrieNode,
  trimRoot,
  WIDTH,
} from './trie-node.js';

// Single-entry operations: walk one root-to-leaf path, copying (never mutating) frozen nodes.

/**
 * The value stored at `index` below a root at bit shift `rootShift`, or `undefined`.
 *
 * @internal
 */
export function lookupIn(root: TrieNode | undefined, rootShift: number, index: number): unknown {
  let node = root;
  if (node === undefined || index > maxIndexAt(rootShift)) return undefined;
  for (let shift = rootShift; shift > 0; shift -= BITS) {
    node = node[digit(index, shift)] as TrieNode | undefined;
    if (node === undefined) return undefined;
  }
  return node[digit(index, 0)];
}

function assoc(
  node: TrieNode | undefined,
  shift: number,
  index: number,
  value: unknown,
  delta: number,
): TrieNode {
  // Spread, not slice(): slice() of a frozen array takes a ~20x slower path on Node 20.
  const copy: MutableNode = node === undefined ? emptyNode() : [...node];
  const slot = digit(index, shift);
  copy[slot] = shift === 0 ? value : assoc(childAt(copy, slot), shift - BITS, index, value, delta);
  copy[COUNT] = (copy[COUNT] as number) + delta;
  return Object.freeze(copy);
}

function dissoc(node: TrieNode, shift: number, index: number): TrieNode | undefined {
  // An emptied subtree is dropped rather than kept as a node of undefined slots.
  if (node[COUNT] === 1) return undefined;
  const copy: MutableNode = [...node];
  const slot = digit(index, shift);
  const child = childAt(copy, slot);
  copy[slot] = shift === 0 || child === undefined ? undefined : dissoc(child, shift - BITS, index);
  copy[COUNT] = (copy[COUNT] as number) - 1;
  return Object.freeze(copy);
}

/**
 * A new trie with `value` at `index`, copying only the nodes on that index's path.
 *
 * @internal
 */
export function setPath(trie: Trie, index: number, value: unknown, isNew: boolean): Trie {
  let { root, shift } = trie;
  if (root === undefined) {
    shift = shiftFor(index);
  } else if (index > maxIndexAt(shift)) {
    const target = shiftFor(index);
    root = liftRoot(root, shift, target);
    shift = target;
  }
  const delta = isNew ? 1 : 0;
  return { root: assoc(root, shift, index, value, delta), shift, size: trie.size + delta };
}

/**
 * A new trie without `index`, which must be present.
 *
 * @internal
 */
export function deletePath(trie: Trie, index: number): Trie {
  if (trie.root === undefined) return trie;
  const root = dissoc(trie.root, trie.shift, index);
  return trimRoot({ root, shift: trie.shift, size: trie.size - 1 });
}

/**
 * The `n`-th entry (0-based, ascending index order), found by skipping whole subtrees by count.
 *
 * @internal
 */
export function nthEntry(trie: Trie, n: number): readonly [number, unknown] | undefined {
  let node = trie.root;
  if (node === undefined || !Number.isInteger(n) || n < 0 || n >= trie.size) return undefined;
  let rest = n;
  let base = 0;
  for (let shift = trie.shift; shift > 0; shift -= BITS) {
    let slot = 0;
    let child = childAt(node, 0);
    while (child === undefined || rest >= (child[COUNT] as number)) {
      rest -= child === undefined ? 0 : (child[COUNT] as number);
      slot += 1;
      invariant(slot < WIDTH, 'block map node counts disagree with their children');
      child = childAt(node, slot);
    }
    base += slot * 2 ** shift;
    node = child;
  }
  for (let slot = 0; slot < 32; slot++) {
    if (node[slot] === undefined) continue;
    if (rest === 0) return [base + slot, node[slot]];
    rest -= 1;
  }
  throw new Error('fake-ecs internal invariant broken: block map leaf count is wrong');
}
