// A decoded block map's trie, checked node by node (each shared node once, however many maps and
// snapshots share it): 33 slots, children one level down, counts that add up, a size that matches.
// The same walk registers the uniform subtrees (every slot the same child) that a range write made:
// the registry is kept beside the nodes, not saved with them, and without it every walk of a
// restored map would visit each block of a large fill instead of taking the extent in O(1).

import type { BlockMap } from '../blocks/block-map.js';
import {
  BITS,
  COUNT,
  MIXED,
  markUniform,
  type TrieNode,
  uniformValue,
  WIDTH,
} from '../blocks/trie-node.js';
import { require } from './check-shape.js';

/** The deepest root level a block map can have (indices below 2^48, 5 bits per level). */
const MAX_SHIFT = 45;

/** The one value all 32 slots of a full node hold, or `MIXED`. */
function sameEverywhere(node: TrieNode, shift: number): unknown {
  const first = node[0];
  if (first === undefined) return MIXED;
  for (let slot = 1; slot < WIDTH; slot++) if (node[slot] !== first) return MIXED;
  return shift === 0 ? first : uniformValue(first as TrieNode);
}

/**
 * Walks the tries of decoded block maps; each distinct block version is checked once.
 *
 * @internal
 */
export class TrieChecker {
  /** Nodes already checked, with their level and entry count. */
  readonly #seen = new Map<TrieNode, { shift: number; count: number }>();
  readonly #leaves = new Set<unknown>();

  /** Throws a Damage naming `path` unless the map's trie is sound; `leaf` checks new values. */
  check(map: BlockMap<unknown>, path: string, leaf: (value: unknown) => void): void {
    const { root, shift, size } = map.trie();
    require(Number.isSafeInteger(shift) &&
      shift >= 0 &&
      shift <= MAX_SHIFT &&
      shift % BITS === 0, `${path} has a bad root level`);
    const count = root === undefined ? 0 : this.#node(root, shift, path, leaf);
    require(count === size, `${path} holds ${count} blocks but counts ${String(size)}`);
  }

  #node(node: TrieNode, shift: number, path: string, leaf: (value: unknown) => void): number {
    const known = this.#seen.get(node);
    if (known !== undefined) {
      require(known.shift === shift, `${path} shares a node at two levels`);
      return known.count;
    }
    require(Array.isArray(node) && node.length === WIDTH + 1, `${path} has a malformed node`);
    // Marked while its subtree is walked: met again below itself, it is at a second level.
    this.#seen.set(node, { shift: -1, count: 0 });
    let count = 0;
    for (let slot = 0; slot < WIDTH; slot++) {
      const child = node[slot];
      if (child === undefined) continue;
      if (shift > 0) count += this.#node(child as TrieNode, shift - BITS, path, leaf);
      else {
        count++;
        if (!this.#leaves.has(child)) {
          this.#leaves.add(child);
          leaf(child);
        }
      }
    }
    require(node[COUNT] === count, `${path} has a node that miscounts its blocks`);
    this.#seen.set(node, { shift, count });
    const value = sameEverywhere(node, shift);
    if (value !== MIXED && value !== undefined) markUniform(node, value);
    return count;
  }
}
