import {
  BITS,
  liftRoot,
  MIXED,
  maxIndexAt,
  type Trie,
  type TrieNode,
  uniformValue,
  WIDTH,
} from './trie-node.js';

// Extent walks: the entries of a map, or the differences between two maps, as runs of consecutive
// indices holding one value (one before/after pair). A uniform subtree (one range write) is one
// run in O(1), and subtrees two maps share by reference are skipped, so a walk costs
// O(runs x trie depth), never O(blocks). The walks call a visitor instead of yielding: they are
// the hot path of snapshot accounting, and a visitor may stop them early (a page is full).

/**
 * Receives `[start, end)` holding `value`; returning `false` stops the walk.
 *
 * @internal
 */
export type RunVisitor = (start: number, end: number, value: unknown) => boolean | undefined;

/**
 * Receives `[start, end)` changing from `before` to `after`; returning `false` stops the walk.
 *
 * @internal
 */
export type ChangeVisitor = (
  start: number,
  end: number,
  before: unknown,
  after: unknown,
) => boolean | undefined;

function firstSlot(from: number, span: number, base: number): number {
  return from <= base ? 0 : Math.floor((from - base) / span);
}

function walkNodeRuns(
  node: TrieNode,
  shift: number,
  base: number,
  bounds: readonly [from: number, to: number],
  visit: RunVisitor,
): boolean {
  const [from, to] = bounds;
  const span = 2 ** shift;
  const value = uniformValue(node);
  if (value !== MIXED) {
    const start = Math.max(base, from);
    const end = Math.min(base + WIDTH * span, to);
    return start >= end || visit(start, end, value) !== false;
  }
  for (let slot = firstSlot(from, span, base); slot < WIDTH; slot++) {
    const childBase = base + slot * span;
    if (childBase >= to) break;
    const child = node[slot];
    if (child === undefined) continue;
    const go =
      shift === 0
        ? visit(childBase, childBase + 1, child) !== false
        : walkNodeRuns(child as TrieNode, shift - BITS, childBase, bounds, visit);
    if (!go) return false;
  }
  return true;
}

/**
 * Visits the entries of `trie` in `[from, to)` as runs, in ascending order. Adjacent runs may hold
 * the same value (use `Coalesce` to merge them).
 *
 * @internal
 */
export function walkRuns(trie: Trie, from: number, to: number, visit: RunVisitor): void {
  if (trie.root === undefined || from >= to || from > maxIndexAt(trie.shift)) return;
  walkNodeRuns(trie.root, trie.shift, 0, [Math.max(0, from), to], visit);
}

function walkNodeDiff(
  a: TrieNode | undefined,
  b: TrieNode | undefined,
  shift: number,
  base: number,
  from: number,
  visit: ChangeVisitor,
): boolean {
  // Shared subtrees (same reference) hold the same values: nothing below them can differ.
  if (a === b) return true;
  const span = 2 ** shift;
  const before = uniformValue(a);
  const after = uniformValue(b);
  // Both sides one extent (or empty): the whole subtree is one change, or none.
  if (before !== MIXED && after !== MIXED) {
    if (before === after) return true;
    return visit(Math.max(base, from), base + WIDTH * span, before, after) !== false;
  }
  for (let slot = firstSlot(from, span, base); slot < WIDTH; slot++) {
    const childA = a?.[slot];
    const childB = b?.[slot];
    if (childA === childB) continue;
    const childBase = base + slot * span;
    const go =
      shift === 0
        ? visit(childBase, childBase + 1, childA, childB) !== false
        : walkNodeDiff(
            childA as TrieNode | undefined,
            childB as TrieNode | undefined,
            shift - BITS,
            childBase,
            from,
            visit,
          );
    if (!go) return false;
  }
  return true;
}

/**
 * Visits every index at or after `from` whose value differs by reference between `a` and `b`, as
 * runs in ascending order (adjacent runs may carry the same pair: use `Coalesce` to merge them).
 *
 * @internal
 */
export function walkDiff(a: Trie, b: Trie, from: number, visit: ChangeVisitor): void {
  const shift = Math.max(a.shift, b.shift);
  if (from > maxIndexAt(shift)) return;
  const rootA = liftRoot(a.root, a.shift, shift);
  const rootB = liftRoot(b.root, b.shift, shift);
  walkNodeDiff(rootA, rootB, shift, 0, Math.max(0, Math.ceil(from)), visit);
}

/**
 * Merges adjacent runs carrying the same before/after pair before passing them on, so a range
 * written in one go reaches the visitor as one run however the trie split it.
 *
 * @internal
 */
export class Coalesce {
  readonly #out: ChangeVisitor;
  #start = 0;
  #end = -1;
  #before: unknown;
  #after: unknown;
  #stopped = false;

  /** @param out - Receives the merged runs. */
  constructor(out: ChangeVisitor) {
    this.#out = out;
  }

  /** Takes the next run (ascending); returns `false` once the receiver has stopped. */
  readonly push: ChangeVisitor = (start, end, before, after) => {
    if (start === this.#end && before === this.#before && after === this.#after) {
      this.#end = end;
      return true;
    }
    if (!this.#flush()) return false;
    this.#start = start;
    this.#end = end;
    this.#before = before;
    this.#after = after;
    return true;
  };

  /** Passes on the last pending run. */
  finish(): void {
    this.#flush();
    this.#end = -1;
  }

  #flush(): boolean {
    if (this.#stopped) return false;
    if (this.#end < 0) return true;
    this.#stopped = this.#out(this.#start, this.#end, this.#before, this.#after) === false;
    return !this.#stopped;
  }
}

/**
 * How many indices differ between `a` and `b`, and how many of those are set in `b`.
 *
 * @internal
 */
export function countChanges(a: Trie, b: Trie): { readonly changed: number; readonly set: number } {
  let changed = 0;
  let set = 0;
  walkDiff(a, b, 0, (start, end, _before, after) => {
    changed += end - start;
    if (after !== undefined) set += end - start;
    return true;
  });
  return { changed, set };
}

/**
 * The maximal sub-ranges of `[start, end)` where `trie` holds exactly `value`, ascending.
 *
 * @internal
 */
export function rangesHolding(
  trie: Trie,
  start: number,
  end: number,
  value: unknown,
): [number, number][] {
  const ranges: [number, number][] = [];
  walkRuns(trie, start, end, (from, to, held) => {
    if (held !== value) return true;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === from) last[1] = to;
    else ranges.push([from, to]);
    return true;
  });
  return ranges;
}
