import { fnv1a } from './hash-bits.js';

/**
 * One key and its value, stored as a leaf of a {@link HashTable}.
 *
 * @typeParam V - The type of the stored values.
 *
 * @example
 * ```ts
 * [...hashTableEntries(hashTableSet(emptyHashTable<number>(), 'd-1', 40))]; //=> [{ key: 'd-1', value: 40 }]
 * ```
 */
export interface HashTableEntry<V> {
  /** The string key. */
  readonly key: string;
  /** The value stored under the key. */
  readonly value: V;
}

/**
 * Entries whose keys share one full 32-bit hash, sorted by key so the layout depends only on the
 * contents.
 *
 * @typeParam V - The type of the stored values.
 *
 * @example
 * ```ts
 * const bucket: HashTableBucket<number> = { hash: 3779146471, entries: [a, b] };
 * ```
 */
export interface HashTableBucket<V> {
  /** The 32-bit FNV-1a hash every key in the bucket has. */
  readonly hash: number;
  /** Two or more entries, in ascending key order. */
  readonly entries: readonly HashTableEntry<V>[];
}

/**
 * An inner node: a 32-bit bitmap of occupied slots and one child per set bit, in slot order.
 *
 * @typeParam V - The type of the stored values.
 *
 * @example
 * ```ts
 * const branch: HashTableBranch<number> = { bitmap: 0b101, children: [slot0, slot2] };
 * ```
 */
export interface HashTableBranch<V> {
  /** Bit `i` is set when slot `i` (5 bits of the hash) has a child. */
  readonly bitmap: number;
  /** The children of the occupied slots, in ascending slot order. */
  readonly children: readonly HashTableNode<V>[];
}

/**
 * Any node of a {@link HashTable}: a branch, a collision bucket or a single entry.
 *
 * @typeParam V - The type of the stored values.
 *
 * @example
 * ```ts
 * const node: HashTableNode<number> = { key: 'd-1', value: 40 };
 * ```
 */
export type HashTableNode<V> = HashTableBranch<V> | HashTableBucket<V> | HashTableEntry<V>;

/**
 * A persistent string-keyed map made of frozen plain objects (a hash array mapped trie).
 *
 * @remarks
 * `root` is typed `unknown` on purpose: immer's `Draft` type then leaves the table alone, so
 * `d.byId = hashTableSet(d.byId, id, v)` type-checks inside a recipe. At run time it is a
 * `HashTableNode` or `null`, and only this module reads it.
 *
 * @typeParam V - The type of the stored values.
 *
 * @example
 * ```ts
 * produce(state, (d) => {
 *   d.disks.byId = hashTableSet(d.disks.byId, disk.id, disk);
 * });
 * ```
 */
export interface HashTable<V> {
  /** The number of keys in the table. */
  readonly size: number;
  /** The top node (a `HashTableNode`), or `null` when the table is empty. */
  readonly root: unknown;
  /** Carries `V` for the type checker only; never present at run time. */
  readonly __valueType?: () => V;
}

/**
 * Reads the top node of a table, whose layout only this module knows.
 *
 * @param table - A table (not a draft).
 * @returns The top node, or `null` when the table is empty.
 *
 * @example
 * ```ts
 * rootOf(emptyHashTable()); //=> null
 * ```
 */
export function rootOf<V>(table: HashTable<V>): HashTableNode<V> | null {
  return table.root as HashTableNode<V> | null;
}

/**
 * Tells a branch from the other node kinds.
 *
 * @param node - Any table node.
 * @returns `true` when the node is a branch.
 *
 * @example
 * ```ts
 * isBranch({ bitmap: 1, children: [{ key: 'a', value: 1 }] }); //=> true
 * ```
 */
export function isBranch<V>(node: HashTableNode<V>): node is HashTableBranch<V> {
  return 'children' in node;
}

/**
 * Tells a collision bucket from the other node kinds.
 *
 * @param node - Any table node.
 * @returns `true` when the node is a collision bucket.
 *
 * @example
 * ```ts
 * isBucket({ key: 'a', value: 1 }); //=> false
 * ```
 */
export function isBucket<V>(node: HashTableNode<V>): node is HashTableBucket<V> {
  return 'entries' in node;
}

/**
 * Returns the full hash shared by the keys of a leaf or bucket (buckets store it, entries rehash).
 *
 * @param node - An entry or a bucket.
 * @returns The node's 32-bit hash.
 *
 * @example
 * ```ts
 * leafHash({ key: '', value: 1 }); //=> 2166136261
 * ```
 */
export function leafHash<V>(node: HashTableBucket<V> | HashTableEntry<V>): number {
  return 'entries' in node ? node.hash : fnv1a(node.key);
}

/**
 * Builds the smallest subtree holding two leaves with different hashes, starting at `shift`.
 *
 * @param shift - The bit offset of the level the subtree starts at.
 * @param a - The first leaf or bucket.
 * @param hashA - The hash of `a`.
 * @param b - The second leaf or bucket.
 * @param hashB - The hash of `b`, different from `hashA`.
 * @returns A frozen branch that holds both.
 *
 * @example
 * ```ts
 * const x = { key: 'x', value: 1 };
 * const y = { key: 'y', value: 2 };
 * joinLeaves(0, x, fnv1a('x'), y, fnv1a('y')).children.length; //=> 2 (or 1 when the low bits agree)
 * ```
 */
export function joinLeaves<V>(
  shift: number,
  a: HashTableNode<V>,
  hashA: number,
  b: HashTableNode<V>,
  hashB: number,
): HashTableBranch<V> {
  const slotA = (hashA >>> shift) & 31;
  const slotB = (hashB >>> shift) & 31;
  if (slotA === slotB) {
    // Distinct 32-bit hashes differ in some 5-bit group, so this recursion ends by shift 30.
    const child = joinLeaves(shift + 5, a, hashA, b, hashB);
    return Object.freeze({ bitmap: 1 << slotA, children: Object.freeze([child]) });
  }
  const children = slotA < slotB ? [a, b] : [b, a];
  return Object.freeze({ bitmap: (1 << slotA) | (1 << slotB), children: Object.freeze(children) });
}
