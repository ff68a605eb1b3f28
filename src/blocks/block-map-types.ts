// Plain data shapes returned by BlockMap methods.

/**
 * One block index whose value differs between two block maps.
 *
 * @typeParam V - The type of the stored values.
 * @example
 * ```ts
 * const change: BlockMapChange<string> = { index: 4, before: undefined, after: 'a' };
 * ```
 */
export interface BlockMapChange<V> {
  /** The block index. */
  readonly index: number;
  /** The value in the map `diff` was called on, or `undefined` when unset there. */
  readonly before: V | undefined;
  /** The value in the map passed to `diff`, or `undefined` when unset there. */
  readonly after: V | undefined;
}

/**
 * The JSON form of a block map: each distinct value once (by identity, in first-seen order), and
 * runs of consecutive block indices that hold the same value. A 100 GiB fill write is one run.
 *
 * @typeParam V - The type of the stored values.
 * @example
 * ```ts
 * BlockMap.empty<string>().setRange(3, 4, 'x').toJSON(); //=> { size: 4, values: ['x'], runs: [[3, 4, 0]] }
 * ```
 */
export interface BlockMapJson<V> {
  /** Number of entries. */
  readonly size: number;
  /** The distinct values, each once. */
  readonly values: V[];
  /** `[firstIndex, count, valueIndex]`, in ascending index order. */
  readonly runs: [number, number, number][];
}
