import {
  BITS,
  COUNT,
  childAt,
  countOf,
  type MutableNode,
  markUniform,
  type TrieNode,
  WIDTH,
} from './trie-node.js';

// Range operations work node by node, not entry by entry: a slot whose whole subtree lies inside
// the range is replaced in one step, so only the two edges of the range are walked down.

/**
 * How a range operation gets an editable child: the batch copies (or creates) it once.
 *
 * @internal
 */
export interface RangeEditor {
  /** Makes `parent[slot]` a node owned by the batch and returns it. */
  own(parent: MutableNode, slot: number): MutableNode;
}

function firstSlot(shift: number, base: number, start: number): number {
  return start <= base ? 0 : Math.floor((start - base) / 2 ** shift);
}

function lastSlot(shift: number, base: number, end: number): number {
  return Math.min(WIDTH - 1, Math.floor((end - 1 - base) / 2 ** shift));
}

/** Builds, once per range call, the frozen subtrees completely filled with one value. */
function fullSubtrees(value: unknown): (shift: number) => TrieNode {
  const cache: TrieNode[] = [];
  const at = (shift: number): TrieNode => {
    const cached = cache[shift / BITS];
    if (cached !== undefined) return cached;
    const child = shift === 0 ? value : at(shift - BITS);
    const node: MutableNode = new Array(WIDTH).fill(child);
    node.push(2 ** (shift + BITS));
    // Frozen and never owned by the batch: the same node sits in many slots, so a later edit
    // through any one slot must copy it. Registered as uniform: walks take it as one extent.
    const frozen = Object.freeze(node);
    markUniform(frozen, value);
    cache[shift / BITS] = frozen;
    return frozen;
  };
  return at;
}

interface FillJob {
  readonly editor: RangeEditor;
  readonly start: number;
  readonly end: number;
  readonly value: unknown;
  readonly full: (shift: number) => TrieNode;
}

function fill(job: FillJob, node: MutableNode, shift: number, base: number): number {
  const { start, end } = job;
  const span = 2 ** shift;
  const last = lastSlot(shift, base, end);
  let added = 0;
  for (let slot = firstSlot(shift, base, start); slot <= last; slot++) {
    if (shift === 0) {
      if (node[slot] === undefined) added += 1;
      node[slot] = job.value;
      continue;
    }
    const childBase = base + slot * span;
    if (start <= childBase && childBase + span <= end) {
      added += span - countOf(childAt(node, slot));
      node[slot] = job.full(shift - BITS);
    } else {
      added += fill(job, job.editor.own(node, slot), shift - BITS, childBase);
    }
  }
  node[COUNT] = (node[COUNT] as number) + added;
  return added;
}

/**
 * Stores `value` at every index in [start, end) below an owned node; returns how many indices
 * were newly set.
 *
 * @internal
 */
export function fillRange(
  editor: RangeEditor,
  node: MutableNode,
  shift: number,
  base: number,
  start: number,
  end: number,
  value: unknown,
): number {
  return fill({ editor, start, end, value, full: fullSubtrees(value) }, node, shift, base);
}

/**
 * Removes every entry in [start, end) below an owned node; returns how many were removed.
 *
 * @internal
 */
export function clearRange(
  editor: RangeEditor,
  node: MutableNode,
  shift: number,
  base: number,
  start: number,
  end: number,
): number {
  const span = 2 ** shift;
  const last = lastSlot(shift, base, end);
  let removed = 0;
  for (let slot = firstSlot(shift, base, start); slot <= last; slot++) {
    const child = node[slot];
    if (child === undefined) continue;
    const childBase = base + slot * span;
    if (shift === 0 || (start <= childBase && childBase + span <= end)) {
      removed += shift === 0 ? 1 : countOf(child as TrieNode);
      node[slot] = undefined;
    } else if (countRange(child as TrieNode, shift - BITS, childBase, start, end) > 0) {
      const owned = editor.own(node, slot);
      removed += clearRange(editor, owned, shift - BITS, childBase, start, end);
      if (countOf(owned) === 0) node[slot] = undefined;
    }
  }
  node[COUNT] = (node[COUNT] as number) - removed;
  return removed;
}

/**
 * Counts the entries in [start, end) below a node, using subtree counts for covered slots.
 *
 * @internal
 */
export function countRange(
  node: TrieNode | undefined,
  shift: number,
  base: number,
  start: number,
  end: number,
): number {
  if (node === undefined) return 0;
  const span = 2 ** shift;
  if (end <= base || start >= base + WIDTH * span) return 0;
  if (start <= base && base + WIDTH * span <= end) return countOf(node);
  const last = lastSlot(shift, base, end);
  let found = 0;
  for (let slot = firstSlot(shift, base, start); slot <= last; slot++) {
    if (shift === 0) {
      if (node[slot] !== undefined) found += 1;
    } else {
      found += countRange(childAt(node, slot), shift - BITS, base + slot * span, start, end);
    }
  }
  return found;
}
