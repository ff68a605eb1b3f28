import type { BlockMap, BlockMapChange } from '../../blocks/index.js';
import {
  BITS,
  childAt,
  digit,
  liftRoot,
  MIXED,
  maxIndexAt,
  type TrieNode,
  uniformValue,
  WIDTH,
} from '../../blocks/trie-node.js';

// `BlockMap.diff` from a starting block index: a page of changed blocks that starts deep in the
// disk costs the changes from there on, not every change before it. Like `diff`, it skips
// subtrees the two maps share by reference.

/** The first slot of a node at `base` that can hold an index at or after `from`. */
function firstSlot(from: number, shift: number, base: number): number {
  // `from` lies inside this node's range whenever it is past `base` (the parent only descends
  // into the slot holding `from` or later ones).
  return from <= base ? 0 : digit(from, shift);
}

function* diffLeaves(
  a: TrieNode | undefined,
  b: TrieNode | undefined,
  base: number,
  from: number,
): Generator<BlockMapChange<unknown>> {
  for (let slot = firstSlot(from, 0, base); slot < WIDTH; slot++) {
    const before = a?.[slot];
    const after = b?.[slot];
    if (before !== after) yield { index: base + slot, before, after };
  }
}

function* diffNodes(
  a: TrieNode | undefined,
  b: TrieNode | undefined,
  shift: number,
  base: number,
  from: number,
): Generator<BlockMapChange<unknown>> {
  if (a === b) return;
  const span = 2 ** shift;
  // Two extents (uniform subtrees, or empty ones): every index of the subtree is the same change.
  const before = uniformValue(a);
  const after = uniformValue(b);
  if (before !== MIXED && after !== MIXED) {
    if (before === after) return;
    for (let index = Math.max(base, from); index < base + WIDTH * span; index++)
      yield { index, before, after };
    return;
  }
  if (shift === 0) {
    yield* diffLeaves(a, b, base, from);
    return;
  }
  for (let slot = firstSlot(from, shift, base); slot < WIDTH; slot++) {
    const before = childAt(a, slot);
    const after = childAt(b, slot);
    if (before !== after) yield* diffNodes(before, after, shift - BITS, base + slot * span, from);
  }
}

/**
 * Yields every block index at or after `from` whose value differs by reference between `a` and
 * `b`, in ascending order, skipping shared subtrees: O(changes from `from` on).
 *
 * @param a - The "before" map.
 * @param b - The "after" map.
 * @param from - The first block index to report.
 * @returns A generator of changes.
 * @internal
 */
export function* diffFrom<V>(
  a: BlockMap<V>,
  b: BlockMap<V>,
  from: number,
): Generator<BlockMapChange<V>> {
  const ta = a.trie();
  const tb = b.trie();
  const shift = Math.max(ta.shift, tb.shift);
  if (from > maxIndexAt(shift)) return;
  const start = Math.max(0, Math.ceil(from));
  yield* diffNodes(
    liftRoot(ta.root, ta.shift, shift),
    liftRoot(tb.root, tb.shift, shift),
    shift,
    0,
    start,
  ) as Generator<BlockMapChange<V>>;
}
