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
 * The JSON form of a block map: its size and its entries in ascending index order.
 *
 * @typeParam V - The type of the stored values.
 * @example
 * ```ts
 * const json: BlockMapJson<string> = BlockMap.empty<string>().set(3, 'x').toJSON();
 * json.entries; //=> [[3, 'x']]
 * ```
 */
export interface BlockMapJson<V> {
  /** Number of entries. */
  readonly size: number;
  /** `[index, value]` pairs, values as stored. */
  readonly entries: [number, V][];
}
