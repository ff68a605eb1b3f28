import { invariant } from '../invariant.js';
import { fnv1a, popcount } from './hash-bits.js';
import type {
  HashTableBranch,
  HashTableBucket,
  HashTableEntry,
  HashTableNode,
} from './hash-table-node.js';
import { isBranch, isBucket, joinLeaves } from './hash-table-node.js';

/**
 * Reports back from `setInNode` whether a key was added rather than replaced.
 *
 * @example
 * ```ts
 * const outcome: SetOutcome = { added: false };
 * ```
 */
export interface SetOutcome {
  /** `true` once the write has added a new key. */
  added: boolean;
}

function entry<V>(key: string, value: V): HashTableEntry<V> {
  return Object.freeze({ key, value });
}

function branch<V>(bitmap: number, children: HashTableNode<V>[]): HashTableBranch<V> {
  return Object.freeze({ bitmap, children: Object.freeze(children) });
}

function bucket<V>(hash: number, entries: HashTableEntry<V>[]): HashTableBucket<V> {
  return Object.freeze({ hash, entries: Object.freeze(entries) });
}

/**
 * Writes `key -> value` below `node` by path copying; untouched nodes are shared.
 *
 * @param node - The subtree to write into.
 * @param shift - The bit offset of `node`'s level (0, 5, ... 30).
 * @param hash - `fnv1a(key)`.
 * @param key - The key to write.
 * @param value - The value to store, already frozen.
 * @param outcome - Set to `added: true` when the key was new.
 * @returns The new subtree, or `node` itself when nothing changed.
 *
 * @example
 * ```ts
 * const outcome = { added: false };
 * setInNode({ key: 'a', value: 1 }, 0, fnv1a('b'), 'b', 2, outcome);
 * outcome.added; //=> true
 * ```
 */
export function setInNode<V>(
  node: HashTableNode<V>,
  shift: number,
  hash: number,
  key: string,
  value: V,
  outcome: SetOutcome,
): HashTableNode<V> {
  if (isBranch(node)) {
    const bit = 1 << ((hash >>> shift) & 31);
    const index = popcount(node.bitmap & (bit - 1));
    if ((node.bitmap & bit) === 0) {
      outcome.added = true;
      const grown = [...node.children];
      grown.splice(index, 0, entry(key, value));
      return branch(node.bitmap | bit, grown);
    }
    const child = node.children[index];
    invariant(child, 'hash table bitmap and children disagree');
    const next = setInNode(child, shift + 5, hash, key, value, outcome);
    if (next === child) return node;
    const children = [...node.children];
    children[index] = next;
    return branch(node.bitmap, children);
  }
  if (isBucket(node)) {
    if (node.hash !== hash) {
      outcome.added = true;
      return joinLeaves(shift, node, node.hash, entry(key, value), hash);
    }
    return setInBucket(node, key, value, outcome);
  }
  if (node.key === key) return Object.is(node.value, value) ? node : entry(key, value);
  outcome.added = true;
  const otherHash = fnv1a(node.key);
  const fresh = entry(key, value);
  if (otherHash !== hash) return joinLeaves(shift, node, otherHash, fresh, hash);
  return bucket(hash, node.key < key ? [node, fresh] : [fresh, node]);
}

function setInBucket<V>(
  node: HashTableBucket<V>,
  key: string,
  value: V,
  outcome: SetOutcome,
): HashTableBucket<V> {
  const entries = [...node.entries];
  // Sorted buckets keep the layout a function of the contents, so iteration is deterministic.
  let index = 0;
  while (index < entries.length && (entries[index]?.key ?? key) < key) index++;
  const found = entries[index];
  if (found !== undefined && found.key === key) {
    if (Object.is(found.value, value)) return node;
    entries[index] = entry(key, value);
  } else {
    outcome.added = true;
    entries.splice(index, 0, entry(key, value));
  }
  return bucket(node.hash, entries);
}

/**
 * Removes `key` below `node` by path copying, collapsing branches left with a single leaf so the
 * layout stays a function of the contents.
 *
 * @param node - The subtree to remove from.
 * @param shift - The bit offset of `node`'s level.
 * @param hash - `fnv1a(key)`.
 * @param key - The key to remove.
 * @returns The new subtree, `null` when it became empty, or `node` itself when the key is absent.
 *
 * @example
 * ```ts
 * removeFromNode({ key: 'a', value: 1 }, 0, fnv1a('a'), 'a'); //=> null
 * ```
 */
export function removeFromNode<V>(
  node: HashTableNode<V>,
  shift: number,
  hash: number,
  key: string,
): HashTableNode<V> | null {
  if (isBranch(node)) return removeFromBranch(node, shift, hash, key);
  if (isBucket(node)) {
    if (node.hash !== hash) return node;
    const entries = node.entries.filter((e) => e.key !== key);
    if (entries.length === node.entries.length) return node;
    // A bucket of one is just an entry; it may then collapse further up.
    return entries.length === 1 && entries[0] !== undefined ? entries[0] : bucket(hash, entries);
  }
  return node.key === key ? null : node;
}

function removeFromBranch<V>(
  node: HashTableBranch<V>,
  shift: number,
  hash: number,
  key: string,
): HashTableNode<V> | null {
  const bit = 1 << ((hash >>> shift) & 31);
  if ((node.bitmap & bit) === 0) return node;
  const index = popcount(node.bitmap & (bit - 1));
  const child = node.children[index];
  invariant(child, 'hash table bitmap and children disagree');
  const next = removeFromNode(child, shift + 5, hash, key);
  if (next === child) return node;
  const children = [...node.children];
  if (next === null) children.splice(index, 1);
  else children[index] = next;
  // A branch left with one leaf is replaced by that leaf, so the layout depends only on contents.
  const only = children.length === 1 ? children[0] : undefined;
  if (only !== undefined && !isBranch(only)) return only;
  if (children.length === 0) return null;
  return branch(next === null ? node.bitmap & ~bit : node.bitmap, children);
}
