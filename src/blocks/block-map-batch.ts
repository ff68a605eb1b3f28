import { invariant } from '../shared/invariant.js';
import {
  BITS,
  COUNT,
  childAt,
  countOf,
  digit,
  emptyNode,
  liftRoot,
  type MutableNode,
  maxIndexAt,
  requireBlockIndex,
  shiftFor,
  type Trie,
  type TrieNode,
  trimRoot,
} from './trie-node.js';
import { lookupIn } from './trie-path.js';
import { clearRange, countRange, fillRange, type RangeEditor } from './trie-range.js';

/** Ranges up to this many blocks are written block by block. */
const SMALL_RANGE = 8;

/**
 * A short-lived, mutable view of a block map used to apply many changes at once.
 *
 * Nodes copied during the batch are mutated in place, so each touched node is copied once per
 * batch rather than once per change; they are frozen when the batch ends. Reads see the batch's
 * own earlier changes. A batch is only valid inside the `edit` recipe that received it.
 *
 * @typeParam V - The type of the stored values.
 * @example
 * ```ts
 * const map = BlockMap.empty<string>().edit((batch) => {
 *   batch.setRange(0, 4, 'a');
 *   batch.delete(2);
 * });
 * map.size; //=> 3
 * ```
 */
export class BlockMapBatch<V> {
  #root: MutableNode | TrieNode | undefined;
  #shift: number;
  #size: number;
  // Nodes this batch made: mutable until finish() freezes them. Every node of a finished trie is
  // frozen, so "not frozen" is how a node is recognised as owned (cheaper than a Set lookup).
  #owned: MutableNode[] = [];
  /** The nodes of the path `update` walks, reused from call to call. */
  readonly #path: MutableNode[] = [];
  #open = true;

  /**
   * Starts a batch over an existing trie.
   *
   * @param trie - The map's current trie.
   * @internal
   */
  constructor(trie: Trie) {
    this.#root = trie.root;
    this.#shift = trie.shift;
    this.#size = trie.size;
  }

  /**
   * The number of entries currently set, including this batch's changes.
   *
   * @returns The entry count.
   * @example
   * ```ts
   * BlockMap.empty<string>().edit((batch) => {
   *   batch.setRange(0, 3, 'a');
   *   batch.size; //=> 3
   * });
   * ```
   */
  get size(): number {
    return this.#size;
  }

  /**
   * Reads the value at a block index, seeing this batch's earlier changes.
   *
   * @param index - Block index.
   * @returns The stored value, or `undefined` when the block is not set.
   * @example
   * ```ts
   * BlockMap.empty<string>().edit((batch) => {
   *   batch.set(1, 'a');
   *   batch.get(1); //=> 'a'
   * });
   * ```
   */
  get(index: number): V | undefined {
    return lookupIn(this.#root, this.#shift, index) as V | undefined;
  }

  /**
   * Tells whether a block index is set.
   *
   * @param index - Block index.
   * @returns `true` when a value is stored at `index`.
   * @example
   * ```ts
   * BlockMap.empty<string>().edit((batch) => {
   *   batch.has(1); //=> false
   * });
   * ```
   */
  has(index: number): boolean {
    return this.get(index) !== undefined;
  }

  /**
   * Replaces the value at a block index with one computed from it, in a single walk of the map:
   * the hot path of small writes, which lay each new version over the block's current one.
   *
   * @param index - Block index, an integer in [0, 2^48).
   * @param next - Given the current value (`undefined` when unset) and `context`, returns the new
   *   one; it must not be `undefined`, and may be the current value (nothing changes then, though
   *   the walk may have copied the block's path).
   * @param context - Passed to `next`, so a hot loop can pass one function, not a closure a call.
   * @returns Nothing; the batch is changed in place.
   * @example
   * ```ts
   * BlockMap.empty<number>()
   *   .edit((batch) => batch.update(7, (old) => (old ?? 0) + 1))
   *   .get(7); //=> 1
   * ```
   */
  update<C = undefined>(
    index: number,
    next: (current: V | undefined, context: C) => V,
    context?: C,
  ): void {
    this.#requireOpen();
    requireBlockIndex(index);
    const path = this.#path;
    let node = this.#ownRoot(index);
    let depth = 0;
    path[depth++] = node;
    for (let shift = this.#shift; shift > 0; shift -= BITS) {
      node = this.#ownChild(node, digit(index, shift));
      path[depth++] = node;
    }
    const slot = digit(index, 0);
    const old = node[slot] as V | undefined;
    const value = next(old, context as C);
    if (value === undefined) throw new TypeError('A block map cannot store undefined.');
    node[slot] = value;
    if (old !== undefined) return;
    for (let i = 0; i < depth; i++) {
      const owned = path[i] as MutableNode;
      owned[COUNT] = (owned[COUNT] as number) + 1;
    }
    this.#size += 1;
  }

  /**
   * Stores a value at a block index.
   *
   * @param index - Block index, an integer in [0, 2^48).
   * @param value - The value; `undefined` is not storable (use `delete`).
   * @returns Nothing; the batch is changed in place.
   * @example
   * ```ts
   * BlockMap.empty<string>().edit((batch) => batch.set(7, 'a')).get(7); //=> 'a'
   * ```
   */
  set(index: number, value: V): void {
    this.#requireOpen();
    requireBlockIndex(index);
    if (value === undefined) throw new TypeError('A block map cannot store undefined.');
    const old = this.get(index);
    if (old === value) return;
    const delta = old === undefined ? 1 : 0;
    let node = this.#ownRoot(index);
    node[COUNT] = (node[COUNT] as number) + delta;
    for (let shift = this.#shift; shift > 0; shift -= BITS) {
      node = this.#ownChild(node, digit(index, shift));
      node[COUNT] = (node[COUNT] as number) + delta;
    }
    node[digit(index, 0)] = value;
    this.#size += delta;
  }

  /**
   * Removes the value at a block index; an unset index is left as it is.
   *
   * @param index - Block index.
   * @returns Nothing; the batch is changed in place.
   * @example
   * ```ts
   * BlockMap.empty<string>().set(7, 'a').edit((batch) => batch.delete(7)).size; //=> 0
   * ```
   */
  delete(index: number): void {
    this.#requireOpen();
    if (this.get(index) === undefined) return;
    this.deleteRange(index, 1);
  }

  /**
   * Stores one value at every index of a contiguous range, sharing whole filled subtrees.
   *
   * @param start - First block index.
   * @param count - Number of blocks (0 does nothing).
   * @param value - The value to store; `undefined` is not storable.
   * @returns Nothing; the batch is changed in place.
   * @example
   * ```ts
   * BlockMap.empty<string>().edit((batch) => batch.setRange(10, 5, 'a')).size; //=> 5
   * ```
   */
  setRange(start: number, count: number, value: V): void {
    this.#requireOpen();
    if (value === undefined) throw new TypeError('A block map cannot store undefined.');
    if (!checkRange(start, count)) return;
    // A range of a few blocks (the common single-block write) is cheaper as plain sets than as a
    // range walk, which is built to share whole subtrees of large ranges.
    if (count <= SMALL_RANGE) {
      for (let i = start; i < start + count; i++) this.set(i, value);
      return;
    }
    const root = this.#ownRoot(start + count - 1);
    this.#size += fillRange(this.#editor(), root, this.#shift, 0, start, start + count, value);
  }

  /**
   * Removes every value in a contiguous range of block indices.
   *
   * @param start - First block index.
   * @param count - Number of blocks (0 does nothing).
   * @returns Nothing; the batch is changed in place.
   * @example
   * ```ts
   * BlockMap.empty<string>()
   *   .setRange(0, 10, 'a')
   *   .edit((batch) => batch.deleteRange(0, 4)).size; //=> 6
   * ```
   */
  deleteRange(start: number, count: number): void {
    this.#requireOpen();
    if (!checkRange(start, count) || this.#root === undefined) return;
    // Checked first so that deleting nothing copies nothing.
    if (countRange(this.#root, this.#shift, 0, start, start + count) === 0) return;
    const root = this.#ownRoot(0);
    this.#size -= clearRange(this.#editor(), root, this.#shift, 0, start, start + count);
    if (countOf(root) === 0) this.#root = undefined;
  }

  /**
   * Freezes every node this batch made and closes it.
   *
   * @returns The resulting trie.
   * @internal
   */
  finish(): Trie {
    this.#requireOpen();
    this.#open = false;
    for (const node of this.#owned) Object.freeze(node);
    this.#owned = [];
    return trimRoot(this.#trie());
  }

  #trie(): Trie {
    return { root: this.#root, shift: this.#shift, size: this.#size };
  }

  #requireOpen(): void {
    invariant(this.#open, 'a block map batch was used after its edit() returned');
  }

  #editor(): RangeEditor {
    return { own: (parent, slot) => this.#ownChild(parent, slot) };
  }

  /** Makes the root owned (copying or creating it) and tall enough to hold `maxIndex`. */
  #ownRoot(maxIndex: number): MutableNode {
    let root = this.#root;
    if (root === undefined) {
      this.#shift = shiftFor(maxIndex);
    } else if (maxIndex > maxIndexAt(this.#shift)) {
      const target = shiftFor(maxIndex);
      root = liftRoot(root, this.#shift, target);
      this.#shift = target;
    }
    const owned = this.#own(root);
    this.#root = owned;
    return owned;
  }

  #ownChild(parent: MutableNode, slot: number): MutableNode {
    const owned = this.#own(childAt(parent, slot));
    parent[slot] = owned;
    return owned;
  }

  #own(node: TrieNode | undefined): MutableNode {
    if (node !== undefined && !Object.isFrozen(node)) return node as MutableNode;
    // Spread, not slice(): slice() of a frozen array takes a ~20x slower path on Node 20.
    const copy = node === undefined ? emptyNode() : [...node];
    this.#owned.push(copy);
    return copy;
  }
}

function checkRange(start: number, count: number): boolean {
  requireBlockIndex(start);
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`Block count must be a non-negative integer, got ${count}.`);
  }
  if (count > 0) requireBlockIndex(start + count - 1);
  return count > 0;
}
