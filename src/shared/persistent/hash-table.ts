import { storable, undraft } from './draft-safe.js';
import { fnv1a, popcount } from './hash-bits.js';
import type { HashTable, HashTableEntry, HashTableNode } from './hash-table-node.js';
import { isBranch, isBucket, rootOf } from './hash-table-node.js';
import { removeFromNode, setInNode } from './hash-table-write.js';

export type { HashTable, HashTableEntry } from './hash-table-node.js';

// One shared empty table: it holds nothing, so every value type can use it.
const EMPTY: HashTable<never> = Object.freeze({ size: 0, root: null });

/**
 * Returns the empty hash table.
 *
 * @typeParam V - The type of the values the table will hold.
 * @returns A frozen table with no keys.
 *
 * @example
 * ```ts
 * hashTableSize(emptyHashTable<string>()); //=> 0
 * ```
 */
export function emptyHashTable<V>(): HashTable<V> {
  return EMPTY;
}

function findEntry<V>(table: HashTable<V>, key: string): HashTableEntry<V> | undefined {
  let node: HashTableNode<V> | undefined = rootOf(undraft(table)) ?? undefined;
  const hash = fnv1a(key);
  for (let shift = 0; node !== undefined && isBranch(node); shift += 5) {
    const bit = 1 << ((hash >>> shift) & 31);
    node = (node.bitmap & bit) === 0 ? undefined : node.children[popcount(node.bitmap & (bit - 1))];
  }
  if (node === undefined) return undefined;
  if (!isBucket(node)) return node.key === key ? node : undefined;
  return node.hash === hash ? node.entries.find((e) => e.key === key) : undefined;
}

/**
 * Looks up the value stored under a key in O(log32 n).
 *
 * @param table - The table to read.
 * @param key - The key to look up.
 * @returns The stored value, or `undefined` when the key is absent.
 *
 * @example
 * ```ts
 * const t = hashTableSet(emptyHashTable<number>(), 'd-1', 40);
 * hashTableGet(t, 'd-1'); //=> 40
 * hashTableGet(t, 'd-2'); //=> undefined
 * ```
 */
export function hashTableGet<V>(table: HashTable<V>, key: string): V | undefined {
  return findEntry(table, key)?.value;
}

/**
 * Tells whether a key is present in O(log32 n).
 *
 * @param table - The table to read.
 * @param key - The key to look for.
 * @returns `true` when the table holds the key.
 *
 * @example
 * ```ts
 * hashTableHas(hashTableSet(emptyHashTable<number>(), 'd-1', 40), 'd-1'); //=> true
 * ```
 */
export function hashTableHas<V>(table: HashTable<V>, key: string): boolean {
  return findEntry(table, key) !== undefined;
}

/**
 * Returns a table with `key` mapped to `value`, copying only the O(log32 n) nodes on the key's path.
 *
 * @remarks
 * Object values are deep-frozen when stored (immer's auto-freeze never reaches inside our frozen
 * nodes). The table may be read through an immer draft: `d.byId = hashTableSet(d.byId, id, v)`.
 *
 * @param table - The table to start from; it is not changed.
 * @param key - The key to write.
 * @param value - The value to store under the key.
 * @returns A new frozen table, or `table` itself when the key already holds this exact value.
 *
 * @example
 * ```ts
 * const t1 = hashTableSet(emptyHashTable<number>(), 'd-1', 40);
 * const t2 = hashTableSet(t1, 'd-1', 80);
 * hashTableGet(t1, 'd-1'); //=> 40
 * hashTableGet(t2, 'd-1'); //=> 80
 * hashTableSet(t2, 'd-1', 80) === t2; //=> true
 * ```
 */
export function hashTableSet<V>(table: HashTable<V>, key: string, value: V): HashTable<V> {
  const base = undraft(table);
  const stored = storable(value);
  const top = rootOf(base);
  if (top === null) return Object.freeze({ size: 1, root: Object.freeze({ key, value: stored }) });
  const outcome = { added: false };
  const root = setInNode(top, 0, fnv1a(key), key, stored, outcome);
  if (root === top) return base;
  return Object.freeze({ size: outcome.added ? base.size + 1 : base.size, root });
}

/**
 * Returns a table without `key`, copying only the nodes on the key's path.
 *
 * @param table - The table to start from; it is not changed.
 * @param key - The key to remove.
 * @returns A new frozen table, or `table` itself when the key is absent.
 *
 * @example
 * ```ts
 * const t = hashTableSet(emptyHashTable<number>(), 'd-1', 40);
 * hashTableHas(hashTableRemove(t, 'd-1'), 'd-1'); //=> false
 * hashTableRemove(t, 'd-9') === t; //=> true
 * ```
 */
export function hashTableRemove<V>(table: HashTable<V>, key: string): HashTable<V> {
  const base = undraft(table);
  const top = rootOf(base);
  if (top === null) return base;
  const root = removeFromNode(top, 0, fnv1a(key), key);
  if (root === top) return base;
  return root === null ? EMPTY : Object.freeze({ size: base.size - 1, root });
}

/**
 * Returns the number of keys in O(1).
 *
 * @param table - The table to measure.
 * @returns The number of keys.
 *
 * @example
 * ```ts
 * hashTableSize(hashTableSet(emptyHashTable<number>(), 'd-1', 40)); //=> 1
 * ```
 */
export function hashTableSize<V>(table: HashTable<V>): number {
  return table.size;
}

function* walk<V>(root: HashTableNode<V> | null): Generator<HashTableEntry<V>, void, undefined> {
  const stack: HashTableNode<V>[] = root === null ? [] : [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isBranch(node)) {
      // Push in reverse so children come out in slot order.
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child !== undefined) stack.push(child);
      }
    } else if (isBucket(node)) {
      yield* node.entries;
    } else {
      yield node;
    }
  }
}

/**
 * Iterates over every entry in hash order, which depends only on the table's contents.
 *
 * @param table - The table to read; later versions do not affect the iteration.
 * @returns A generator of frozen `{ key, value }` entries.
 *
 * @example
 * ```ts
 * const t = hashTableSet(emptyHashTable<number>(), 'd-1', 40);
 * [...hashTableEntries(t)]; //=> [{ key: 'd-1', value: 40 }]
 * ```
 */
export function hashTableEntries<V>(
  table: HashTable<V>,
): Generator<HashTableEntry<V>, void, undefined> {
  // Unwrap now, not on the first `next()`: the draft may be revoked by then.
  return walk(rootOf(undraft(table)));
}

/**
 * Iterates over every value, in the same order as {@link hashTableEntries}.
 *
 * @param table - The table to read.
 * @returns A generator of the stored values.
 *
 * @example
 * ```ts
 * [...hashTableValues(hashTableSet(emptyHashTable<number>(), 'd-1', 40))]; //=> [40]
 * ```
 */
export function hashTableValues<V>(table: HashTable<V>): Generator<V, void, undefined> {
  return valuesOf(walk(rootOf(undraft(table))));
}

function* valuesOf<V>(entries: Iterable<HashTableEntry<V>>): Generator<V, void, undefined> {
  for (const entry of entries) yield entry.value;
}
