/**
 * The bottom level of an {@link OrderedIndex}: 32 value slots for 32 consecutive keys.
 *
 * @typeParam V - The type of the stored values (entity ids).
 *
 * @example
 * ```ts
 * const leaf: OrderedIndexLeaf<string> = { count: 1, values: ['s-0', null, ...29 more nulls] };
 * ```
 */
export interface OrderedIndexLeaf<V extends string> {
  /** How many slots hold a value. */
  readonly count: number;
  /** 32 slots; `null` marks an absent key (JSON keeps `null`, it drops `undefined`). */
  readonly values: readonly (V | null)[];
}

/**
 * An inner level of an {@link OrderedIndex}: 32 child slots, each covering a range of keys.
 *
 * @typeParam V - The type of the stored values (entity ids).
 *
 * @example
 * ```ts
 * const branch: OrderedIndexBranch<string> = { count: 40, children: [leaf0, leaf1, ...30 nulls] };
 * ```
 */
export interface OrderedIndexBranch<V extends string> {
  /** How many keys the whole subtree holds; this is what makes ranks O(log n). */
  readonly count: number;
  /** 32 slots; `null` marks an empty key range. */
  readonly children: readonly (OrderedIndexNode<V> | null)[];
}

/**
 * Any node of an {@link OrderedIndex}.
 *
 * @typeParam V - The type of the stored values (entity ids).
 *
 * @example
 * ```ts
 * const node: OrderedIndexNode<string> = leaf;
 * ```
 */
export type OrderedIndexNode<V extends string> = OrderedIndexBranch<V> | OrderedIndexLeaf<V>;

/**
 * A persistent map from non-negative integer keys to strings, kept in key order with counts so
 * ranks and pages cost O(log n).
 *
 * @remarks
 * `root` is typed `unknown` on purpose: immer's `Draft` type then leaves the index alone, so
 * `d.order = orderedIndexInsert(d.order, seq, id)` type-checks inside a recipe. At run time it
 * is an `OrderedIndexNode` or `null`, and only this module reads it.
 *
 * @typeParam V - The type of the stored values (entity ids).
 *
 * @example
 * ```ts
 * produce(state, (d) => {
 *   d.snapshots.bySeq = orderedIndexInsert(d.snapshots.bySeq, snapshot.seq, snapshot.id);
 * });
 * ```
 */
export interface OrderedIndex<V extends string = string> {
  /** The number of keys. */
  readonly size: number;
  /** The bit offset of the root's level: the root covers keys below `2 ** (shift + 5)`. */
  readonly shift: number;
  /** The top node (an `OrderedIndexNode`), or `null` when the index is empty. */
  readonly root: unknown;
  /** Carries `V` for the type checker only; never present at run time. */
  readonly __valueType?: () => V;
}

/**
 * Reads the top node of an index, whose layout only this module knows.
 *
 * @param index - An index (not a draft).
 * @returns The top node, or `null` when the index is empty.
 *
 * @example
 * ```ts
 * rootOf(emptyOrderedIndex()); //=> null
 * ```
 */
export function rootOf<V extends string>(index: OrderedIndex<V>): OrderedIndexNode<V> | null {
  return index.root as OrderedIndexNode<V> | null;
}

/**
 * One key of an {@link OrderedIndex} with its value.
 *
 * @typeParam V - The type of the stored values (entity ids).
 *
 * @example
 * ```ts
 * orderedIndexAt(orderedIndexInsert(emptyOrderedIndex(), 7, 's-7'), 0); //=> { key: 7, value: 's-7' }
 * ```
 */
export interface OrderedIndexEntry<V extends string = string> {
  /** The integer key (a creation sequence number). */
  readonly key: number;
  /** The value stored under the key. */
  readonly value: V;
}

/**
 * 32 empty slots, the template every new node is spread from.
 *
 * @example
 * ```ts
 * const values: (string | null)[] = [...EMPTY_SLOTS];
 * ```
 */
export const EMPTY_SLOTS: readonly null[] = Object.freeze(new Array<null>(32).fill(null));

/**
 * Returns the 5-bit slot of `key` at the level with bit offset `shift`.
 *
 * @param key - A non-negative safe integer.
 * @param shift - A multiple of 5.
 * @returns A slot number from 0 to 31.
 *
 * @example
 * ```ts
 * slotOf(70, 5); //=> 2
 * ```
 */
export function slotOf(key: number, shift: number): number {
  // `>>>` keeps only 32 bits, so levels reaching past bit 31 use division instead.
  return shift <= 25 ? (key >>> shift) & 31 : Math.floor(key / 2 ** shift) % 32;
}

/**
 * Returns the smallest root level that covers `key`.
 *
 * @param key - A non-negative safe integer.
 * @returns A multiple of 5.
 *
 * @example
 * ```ts
 * shiftFor(31); //=> 0
 * shiftFor(32); //=> 5
 * ```
 */
export function shiftFor(key: number): number {
  let shift = 0;
  while (key >= 2 ** (shift + 5)) shift += 5;
  return shift;
}

/**
 * Makes a frozen branch.
 *
 * @param count - The number of keys below it.
 * @param children - 32 child slots; frozen by this call.
 * @returns The branch.
 *
 * @example
 * ```ts
 * branch(0, new Array(32).fill(null)).count; //=> 0
 * ```
 */
export function branch<V extends string>(
  count: number,
  children: (OrderedIndexNode<V> | null)[],
): OrderedIndexBranch<V> {
  return Object.freeze({ count, children: Object.freeze(children) });
}

/**
 * Makes a frozen leaf.
 *
 * @param count - The number of non-null slots.
 * @param values - 32 value slots; frozen by this call.
 * @returns The leaf.
 *
 * @example
 * ```ts
 * leaf(0, new Array(32).fill(null)).count; //=> 0
 * ```
 */
export function leaf<V extends string>(count: number, values: (V | null)[]): OrderedIndexLeaf<V> {
  return Object.freeze({ count, values: Object.freeze(values) });
}
