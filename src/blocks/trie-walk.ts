import {
  BITS,
  childAt,
  digit,
  liftRoot,
  MIXED,
  maxIndexAt,
  type Trie,
  type TrieNode,
  uniformValue,
  WIDTH,
} from './trie-node.js';
import { countChanges } from './trie-runs.js';

// Read-only walks: ordered iteration and comparisons between two versions of a map.

interface LeafAt {
  readonly leaf: TrieNode;
  readonly base: number;
}

/** The first non-empty leaf whose range ends after `from`, skipping empty subtrees. */
function nextLeaf(node: TrieNode, shift: number, base: number, from: number): LeafAt | undefined {
  if (shift === 0) return { leaf: node, base };
  const span = 2 ** shift;
  for (let slot = from <= base ? 0 : digit(from, shift); slot < WIDTH; slot++) {
    const child = childAt(node, slot);
    if (child === undefined) continue;
    const found = nextLeaf(child, shift - BITS, base + slot * span, from);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Yields `[index, value]` for every entry at or after `from`, in ascending index order.
 *
 * @internal
 */
export function* entriesFrom(trie: Trie, from: number): Generator<[number, unknown]> {
  const { root, shift } = trie;
  if (root === undefined) return;
  const last = maxIndexAt(shift);
  let position = Math.max(0, Math.ceil(from));
  while (position <= last) {
    const found = nextLeaf(root, shift, 0, position);
    if (found === undefined) return;
    const { leaf, base } = found;
    for (let slot = Math.max(0, position - base); slot < WIDTH; slot++) {
      const value = leaf[slot];
      if (value !== undefined) yield [base + slot, value];
    }
    position = base + WIDTH;
  }
}

/** Both roots at the same height, so slots line up level by level. */
function aligned(a: Trie, b: Trie): [TrieNode | undefined, TrieNode | undefined, number] {
  const shift = Math.max(a.shift, b.shift);
  return [liftRoot(a.root, a.shift, shift), liftRoot(b.root, b.shift, shift), shift];
}

/** One index whose value differs between two maps. @internal */
export interface RawChange {
  readonly index: number;
  readonly before: unknown;
  readonly after: unknown;
}

function* diffNodes(
  a: TrieNode | undefined,
  b: TrieNode | undefined,
  shift: number,
  base: number,
): Generator<RawChange> {
  // Shared subtrees (same reference) hold the same values: nothing below them can differ.
  if (a === b) return;
  const span = 2 ** shift;
  // Two extents (uniform subtrees, or empty ones): every index of the subtree is the same change.
  const one = uniformValue(a);
  const other = uniformValue(b);
  if (one !== MIXED && other !== MIXED) {
    if (one === other) return;
    for (let index = base; index < base + WIDTH * span; index++)
      yield { index, before: one, after: other };
    return;
  }
  for (let slot = 0; slot < WIDTH; slot++) {
    const before = a?.[slot];
    const after = b?.[slot];
    if (before === after) continue;
    if (shift === 0) {
      yield { index: base + slot, before, after };
    } else {
      const next = base + slot * span;
      yield* diffNodes(
        before as TrieNode | undefined,
        after as TrieNode | undefined,
        shift - BITS,
        next,
      );
    }
  }
}

/**
 * Yields every index whose value differs by reference between `a` and `b`, ascending.
 *
 * @internal
 */
export function diffTries(a: Trie, b: Trie): Generator<RawChange> {
  const [rootA, rootB, shift] = aligned(a, b);
  return diffNodes(rootA, rootB, shift, 0);
}

/**
 * The number of indices whose value differs by reference between `a` and `b`.
 *
 * @internal
 */
export function countDiffTries(a: Trie, b: Trie): number {
  return countChanges(a, b).changed;
}
