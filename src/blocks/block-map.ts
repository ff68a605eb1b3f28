import { BlockMapBatch } from './block-map-batch.js';
import type { BlockMapChange, BlockMapJson } from './block-map-types.js';
import { isBlockIndex, requireBlockIndex, type Trie, type TrieNode } from './trie-node.js';
import { deletePath, lookupIn, nthEntry, setPath } from './trie-path.js';
import { walkRuns } from './trie-runs.js';
import { countDiffTries, diffTries, entriesFrom } from './trie-walk.js';

/**
 * A persistent map from block index to value, with structural sharing between versions.
 *
 * It is a 32-way bit-partitioned radix trie of frozen nodes: every change returns a new map that
 * copies only the O(log n) nodes on the changed paths, so old versions stay valid and cheap to
 * keep (a snapshot holds a disk's map by reference). Unchanged subtrees are shared by reference,
 * which lets `diff` and `countDiff` skip them. Indices are integers in [0, 2^48). Instances are
 * frozen and are not draftable by immer: store them in immer state as opaque values.
 *
 * @typeParam V - The type of the stored values (`undefined` cannot be stored).
 * @example
 * ```ts
 * const v1 = BlockMap.empty<string>().set(0, 'a').set(7, 'b');
 * const v2 = v1.set(7, 'c');
 * v1.get(7); //=> 'b'
 * v2.get(7); //=> 'c'
 * v1.countDiff(v2); //=> 1
 * ```
 */
export class BlockMap<V> {
  // ES private fields: they stay out of the type's keys, so immer's `Draft<BlockMap<V>>` accepts
  // a plain `BlockMap<V>` (a public readonly node array would make the assignment fail).
  readonly #root: TrieNode | undefined;
  readonly #shift: number;
  /** Number of entries set, in O(1). */
  readonly size: number;

  /**
   * Wraps a finished trie; use `BlockMap.empty()` instead.
   *
   * @param trie - Frozen trie parts.
   * @internal
   */
  constructor(trie: Trie) {
    this.#root = trie.root;
    this.#shift = trie.shift;
    this.size = trie.size;
    Object.freeze(this);
  }

  /**
   * The raw trie parts, for the block modules and tests.
   *
   * @returns The root node, root shift and size.
   * @internal
   */
  trie(): Trie {
    return { root: this.#root, shift: this.#shift, size: this.size };
  }

  /**
   * Returns the empty block map.
   *
   * @typeParam V - The type of the values the map will store.
   * @returns A map with no entries.
   * @example
   * ```ts
   * BlockMap.empty<string>().size; //=> 0
   * ```
   */
  static empty<V>(): BlockMap<V> {
    return EMPTY as BlockMap<V>;
  }

  /**
   * Reads the value at a block index.
   *
   * @param index - Block index.
   * @returns The stored value, or `undefined` when the index is not set.
   * @example
   * ```ts
   * BlockMap.empty<string>().set(3, 'x').get(3); //=> 'x'
   * ```
   */
  get(index: number): V | undefined {
    return isBlockIndex(index)
      ? (lookupIn(this.#root, this.#shift, index) as V | undefined)
      : undefined;
  }

  /**
   * Tells whether a block index is set.
   *
   * @param index - Block index.
   * @returns `true` when a value is stored at `index`.
   * @example
   * ```ts
   * BlockMap.empty<string>().set(3, 'x').has(4); //=> false
   * ```
   */
  has(index: number): boolean {
    return this.get(index) !== undefined;
  }

  /**
   * Returns a map with `value` stored at `index`; this map is unchanged.
   *
   * @param index - Block index, an integer in [0, 2^48).
   * @param value - The value to store; `undefined` is rejected (use `delete`).
   * @returns The new map, or this map when `index` already holds this exact value.
   * @example
   * ```ts
   * BlockMap.empty<string>().set(2 ** 40, 'far').get(2 ** 40); //=> 'far'
   * ```
   */
  set(index: number, value: V): BlockMap<V> {
    requireBlockIndex(index);
    if (value === undefined) throw new TypeError('A block map cannot store undefined.');
    const old = lookupIn(this.#root, this.#shift, index);
    if (old === value) return this;
    return new BlockMap(setPath(this.trie(), index, value, old === undefined));
  }

  /**
   * Returns a map without the value at `index`; this map is unchanged.
   *
   * @param index - Block index.
   * @returns The new map, or this map when `index` was not set.
   * @example
   * ```ts
   * BlockMap.empty<string>().set(1, 'a').delete(1).size; //=> 0
   * ```
   */
  delete(index: number): BlockMap<V> {
    if (!this.has(index)) return this;
    return new BlockMap(deletePath(this.trie(), index));
  }

  /**
   * Applies many changes in one batch: each node is copied at most once, then all are frozen.
   *
   * @param recipe - Receives a mutable batch valid only during this call.
   * @returns The new map, or this map when the recipe changed nothing.
   * @example
   * ```ts
   * const map = BlockMap.empty<string>().edit((batch) => {
   *   batch.set(0, 'a');
   *   batch.set(1, batch.get(0) ?? 'none');
   * });
   * map.get(1); //=> 'a'
   * ```
   */
  edit(recipe: (batch: BlockMapBatch<V>) => void): BlockMap<V> {
    const batch = new BlockMapBatch<V>(this.trie());
    recipe(batch);
    const trie = batch.finish();
    return trie.root === this.#root && trie.shift === this.#shift ? this : new BlockMap(trie);
  }

  /**
   * Returns a map with every `[index, value]` pair stored, applied in order in one batch.
   *
   * @param entries - Pairs to store; a later pair for the same index wins.
   * @returns The new map.
   * @example
   * ```ts
   * BlockMap.empty<string>().setMany([[5, 'a'], [9, 'b']]).size; //=> 2
   * ```
   */
  setMany(entries: Iterable<readonly [number, V]>): BlockMap<V> {
    return this.edit((batch) => {
      for (const [index, value] of entries) batch.set(index, value);
    });
  }

  /**
   * Returns a map with the same value stored at `count` consecutive indices from `start`.
   *
   * Whole subtrees inside the range share one frozen node, so the cost grows with the number of
   * trie levels, not with `count`.
   *
   * @param start - First block index.
   * @param count - Number of blocks.
   * @param value - The value to store at each of them.
   * @returns The new map.
   * @example
   * ```ts
   * BlockMap.empty<string>().setRange(10, 200_000, 'zero').size; //=> 200000
   * ```
   */
  setRange(start: number, count: number, value: V): BlockMap<V> {
    return this.edit((batch) => batch.setRange(start, count, value));
  }

  /**
   * Returns a map without any value at the `count` consecutive indices from `start`.
   *
   * @param start - First block index.
   * @param count - Number of blocks.
   * @returns The new map, or this map when none of them was set.
   * @example
   * ```ts
   * BlockMap.empty<string>().setRange(0, 10, 'a').deleteRange(2, 5).size; //=> 5
   * ```
   */
  deleteRange(start: number, count: number): BlockMap<V> {
    return this.edit((batch) => batch.deleteRange(start, count));
  }

  /**
   * Iterates the entries in ascending index order, skipping empty subtrees.
   *
   * @param fromIndex - Start at this index (inclusive); defaults to 0.
   * @returns A generator of `[index, value]` pairs.
   * @example
   * ```ts
   * [...BlockMap.empty<string>().setMany([[4, 'b'], [1, 'a']]).entries(2)]; //=> [[4, 'b']]
   * ```
   */
  *entries(fromIndex = 0): Generator<[number, V]> {
    if (Number.isNaN(fromIndex)) throw new RangeError('fromIndex must be a number, got NaN.');
    yield* entriesFrom(this.trie(), fromIndex) as Generator<[number, V]>;
  }

  /**
   * Returns the `n`-th entry in ascending index order, skipping subtrees by their counts.
   *
   * @param n - Zero-based position among the entries.
   * @returns The `[index, value]` pair, or `undefined` when `n` is out of range.
   * @example
   * ```ts
   * BlockMap.empty<string>().setMany([[4, 'b'], [1, 'a']]).nth(1); //=> [4, 'b']
   * ```
   */
  nth(n: number): readonly [number, V] | undefined {
    return nthEntry(this.trie(), n) as readonly [number, V] | undefined;
  }

  /**
   * Yields every index whose value differs by reference (`!==`) between this map and `other`.
   *
   * Subtrees shared by reference are skipped, so comparing two versions of one lineage costs
   * O(changed entries), not O(size).
   *
   * @param other - The map to compare with (the "after" side).
   * @returns A generator of changes in ascending index order.
   * @example
   * ```ts
   * const v1 = BlockMap.empty<string>().set(1, 'a');
   * [...v1.diff(v1.set(2, 'b'))]; //=> [{ index: 2, before: undefined, after: 'b' }]
   * ```
   */
  diff(other: BlockMap<V>): Generator<BlockMapChange<V>> {
    return diffTries(this.trie(), other.trie()) as Generator<BlockMapChange<V>>;
  }

  /**
   * Counts the indices whose value differs by reference between this map and `other`.
   *
   * @param other - The map to compare with.
   * @returns The number of differing indices; shared subtrees cost nothing.
   * @example
   * ```ts
   * const v1 = BlockMap.empty<string>().setRange(0, 1000, 'a');
   * v1.countDiff(v1.set(5, 'b')); //=> 1
   * ```
   */
  countDiff(other: BlockMap<V>): number {
    return countDiffTries(this.trie(), other.trie());
  }

  /**
   * Returns the map as plain data, for `JSON.stringify`; O(runs).
   *
   * @returns The size, the distinct values and the runs of equal values, in index order.
   * @example
   * ```ts
   * BlockMap.empty<string>().set(3, 'x').toJSON(); //=> { size: 1, values: ['x'], runs: [[3, 1, 0]] }
   * ```
   */
  toJSON(): BlockMapJson<V> {
    const values: V[] = [];
    const valueIndex = new Map<V, number>();
    const runs: [number, number, number][] = [];
    for (const [start, count, value] of this.runs()) {
      let v = valueIndex.get(value);
      if (v === undefined) {
        v = values.push(value) - 1;
        valueIndex.set(value, v);
      }
      runs.push([start, count, v]);
    }
    return { size: this.size, values, runs };
  }

  /**
   * The entries as runs of consecutive indices holding the same value, in ascending order. A range
   * written in one go is one run, found in O(trie depth) however many blocks it covers.
   *
   * @param fromIndex - Start at this index (inclusive); defaults to 0.
   * @returns The runs as `[firstIndex, count, value]`.
   * @example
   * ```ts
   * BlockMap.empty<string>().setRange(0, 10 ** 6, 'a').set(5, 'b').runs();
   * //=> [[0, 5, 'a'], [5, 1, 'b'], [6, 999994, 'a']]
   * ```
   */
  runs(fromIndex = 0): [number, number, V][] {
    if (Number.isNaN(fromIndex)) throw new RangeError('fromIndex must be a number, got NaN.');
    const runs: [number, number, V][] = [];
    walkRuns(
      this.trie(),
      Math.max(0, Math.ceil(fromIndex)),
      Number.POSITIVE_INFINITY,
      (start, end, value) => {
        const last = runs[runs.length - 1];
        if (last && last[2] === value && last[0] + last[1] === start) last[1] += end - start;
        else runs.push([start, end - start, value as V]);
        return true;
      },
    );
    return runs;
  }
}

const EMPTY: BlockMap<unknown> = new BlockMap({ root: undefined, shift: 0, size: 0 });
